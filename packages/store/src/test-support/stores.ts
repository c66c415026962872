/**
 * @module test-support/stores
 * Stores for tests: SQLite always, PostgreSQL when `DATABASE_URL` is set. In CI (`CI=true`) a missing
 * `DATABASE_URL` is an error, so the PostgreSQL half of the suite can never be skipped silently.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { parse } from 'yaml'
import type { ChangeContext } from '../context.ts'
import { type Dialect, openStore, type Store } from '../open-store.ts'

/** The dialects this run must test. */
export function testDialects(env: Readonly<Record<string, string | undefined>> = process.env): Dialect[] {
  if (env.DATABASE_URL) return ['sqlite', 'postgres']
  if (env.CI === 'true') {
    throw new Error('CI=true but DATABASE_URL is not set: the PostgreSQL tests must run in CI (see .ci/run)')
  }
  return ['sqlite']
}

export interface TestStore {
  readonly store: Store
  /** The PostgreSQL schema holding this store's tables (to open a second instance on the same data). */
  readonly pgSchema?: string
  /** Opens another store on the same data (PostgreSQL only; SQLite in-memory stores are private). */
  readonly openAnother: () => Promise<Store>
  readonly dispose: () => Promise<void>
}

/**
 * A fresh, migrated, empty store: an in-memory SQLite database, or a new schema in the PostgreSQL
 * database of `DATABASE_URL` (dropped by `dispose`).
 */
export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = await openStore({ sqliteFile: ':memory:' })
    return {
      store,
      openAnother: () => Promise.reject(new Error('in-memory SQLite cannot be shared')),
      dispose: () => store.close(),
    }
  }
  const databaseUrl = process.env.DATABASE_URL!
  const pgSchema = `t_${randomBytes(6).toString('hex')}`
  const store = await openStore({ databaseUrl, pgSchema, poolSize: 4 })
  const others: Store[] = []
  return {
    store,
    pgSchema,
    openAnother: async () => {
      const other = await openStore({ databaseUrl, pgSchema, poolSize: 4 })
      others.push(other)
      return other
    },
    dispose: async () => {
      await Promise.all([store, ...others].map((each) => each.close()))
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await client.query(`drop schema ${pgSchema} cascade`)
      await client.end()
    },
  }
}

/** The demo venture's plan as plain data (as a client would send it). */
export function examplePlan(name = 'llm-api-cn-eu'): Record<string, unknown> {
  return parse(readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >
}

/** A change made by `email` at a fixed time. */
export function changeBy(
  email: string,
  id: string | null = null,
  at = '2026-11-28T12:00:00.000Z',
): ChangeContext {
  return { actor: { id, email }, at }
}
