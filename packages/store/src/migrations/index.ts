/**
 * @module migrations
 * Every migration in run order. Listed by hand rather than read from the folder so the list works from
 * sources (tests) and from the build alike, and a missing import is a type error.
 */
import type { Migration } from 'kysely'
import * as initial from './0001_initial.ts'

export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
}
