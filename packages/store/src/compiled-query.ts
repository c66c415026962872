/**
 * @module compiled-query
 * Reuse of compiled queries for the two that run on every request (session and access). Building and
 * compiling a Kysely query (with the camel-case plugin) costs about ten times executing it on SQLite, so
 * these are compiled once with placeholder values and rerun with the real ones.
 */
import type { Compilable, CompiledQuery } from 'kysely'
import type { Db } from './database.ts'

const templates = new WeakMap<Db, Map<string, CompiledQuery<unknown>>>()
const slotPattern = /^__avp_slot_(\d+)__$/

/**
 * Runs the query `build` makes, compiled once per database and key. `build` receives `slot(i)`, a
 * placeholder that stands for `values[i]` in every later run; it must not branch on the values.
 * @example
 * await runCompiled(db, 'user-by-id', (slot) => db.selectFrom('users').selectAll().where('id', '=', slot(0)), ['u1'])
 */
export async function runCompiled<Row>(
  db: Db,
  key: string,
  build: (slot: (index: number) => string) => Compilable<Row>,
  values: readonly unknown[],
): Promise<Row[]> {
  let perDatabase = templates.get(db)
  if (perDatabase === undefined) {
    perDatabase = new Map()
    templates.set(db, perDatabase)
  }
  let compiled = perDatabase.get(key) as CompiledQuery<Row> | undefined
  if (compiled === undefined) {
    compiled = build((index) => `__avp_slot_${index}__`).compile()
    perDatabase.set(key, compiled)
  }
  const parameters = compiled.parameters.map((parameter) => {
    const match = typeof parameter === 'string' ? slotPattern.exec(parameter) : null
    return match === null ? parameter : values[Number(match[1])]
  })
  const result = await db.executeQuery<Row>({ ...compiled, parameters })
  return result.rows
}
