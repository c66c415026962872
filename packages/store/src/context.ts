/**
 * @module context
 * Who makes a change and when. The time comes from the caller (the server's clock) as an ISO-8601 UTC
 * string, so the store never reads the clock and both dialects store identical text.
 */
import { randomUUID } from 'node:crypto'

export interface Actor {
  readonly id: string | null
  readonly email: string
}

export interface ChangeContext {
  readonly actor: Actor
  /** ISO-8601 UTC, e.g. `2026-11-28T23:30:00.000Z`. */
  readonly at: string
}

/** A new random id (UUID v4): ids leak no count and need no sequence shared between instances. */
export function newId(): string {
  return randomUUID()
}
