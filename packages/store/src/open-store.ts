/**
 * @module open-store
 * Opens the database (SQLite file or PostgreSQL pool), applies pending migrations and returns one
 * Kysely instance over it: the rest of the store never asks which dialect it runs on.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import {
  CamelCasePlugin,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase as SqliteDialectDatabase,
  sql,
} from 'kysely'
import pg from 'pg'
import type { Database, Db } from './database.ts'
import { migrations } from './migrations/index.ts'

export type Dialect = 'sqlite' | 'postgres'

export interface OpenStoreOptions {
  /** A `postgres://` URL; when absent the store is the SQLite file `<dataDir>/avp.sqlite`. */
  readonly databaseUrl?: string | undefined
  readonly dataDir?: string
  /** Or an explicit SQLite file (`:memory:` for a throwaway store). */
  readonly sqliteFile?: string
  /** PostgreSQL only: the schema to use (created when missing); tests give each run its own. */
  readonly pgSchema?: string
  readonly poolSize?: number
}

export interface Store {
  readonly db: Db
  readonly dialect: Dialect
  /** Where the data is, for the startup log line (never includes a password). */
  readonly location: string
  /** Waits for running queries, then closes the file or the pool. */
  readonly close: () => Promise<void>
}

const migrationTable = 'avp_migration'

/**
 * Kysely prepares every query afresh; better-sqlite3 statements are reusable, and the server runs the
 * same few dozen queries all day, so keep them (preparing was a tenth of a read's CPU time).
 */
function withStatementCache(database: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>()
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = statements.get(text)
      if (statement === undefined) {
        statement = database.prepare(text)
        if (statements.size >= 1000) statements.clear()
        statements.set(text, statement)
      }
      return statement
    },
  }
}

function openSqlite(file: string): { db: Db; location: string } {
  const database = new SqliteDatabase(file)
  // WAL: readers never wait for the writer, and a crash mid-transaction leaves the last commit intact.
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new CamelCasePlugin()],
  })
  return { db, location: file }
}

function openPostgres(
  url: string,
  schema: string | undefined,
  poolSize: number,
): { db: Db; location: string } {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  })
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  })
  const parsed = new URL(url)
  return { db, location: `postgres://${parsed.host}${parsed.pathname}${schema ? ` (schema ${schema})` : ''}` }
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableName: migrationTable,
    migrationLockTableName: `${migrationTable}_lock`,
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error })
  }
}

/**
 * Opens the store and brings its schema up to date. The SQLite file and its folder are created on first
 * start.
 * @example
 * const store = await openStore({ sqliteFile: ':memory:' })
 * store.dialect //=> 'sqlite'
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  let opened: { db: Db; location: string }
  let dialect: Dialect
  if (options.databaseUrl !== undefined) {
    dialect = 'postgres'
    if (options.pgSchema !== undefined) {
      if (!/^[a-z_][a-z0-9_]*$/.test(options.pgSchema)) throw new Error(`bad schema name ${options.pgSchema}`)
      const client = new pg.Client({ connectionString: options.databaseUrl })
      await client.connect()
      await client.query(`create schema if not exists ${options.pgSchema}`)
      await client.end()
    }
    opened = openPostgres(options.databaseUrl, options.pgSchema, options.poolSize ?? 10)
  } else {
    dialect = 'sqlite'
    let file = options.sqliteFile
    if (file === undefined) {
      const dataDir = options.dataDir ?? 'data'
      mkdirSync(dataDir, { recursive: true })
      file = join(dataDir, 'avp.sqlite')
    }
    opened = openSqlite(file)
  }
  await migrateToLatest(opened.db)
  return { db: opened.db, dialect, location: opened.location, close: () => opened.db.destroy() }
}

/** Runs SQLite's integrity check (`ok` when sound); on PostgreSQL there is no equivalent and it returns `ok`. */
export async function checkIntegrity(store: Store): Promise<string> {
  if (store.dialect !== 'sqlite') return 'ok'
  const result = await sql<{ integrityCheck: string }>`pragma integrity_check`.execute(store.db)
  return result.rows.map((row) => Object.values(row)[0]).join('; ')
}
