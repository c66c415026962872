/**
 * @module seed-demo
 * The demo venture shipped in `examples/`, seeded into an empty store so a fresh start shows it.
 */
import { readFile } from 'node:fs/promises'
import { type Store, seedDemo } from '@avp/store'
import { parse } from 'yaml'

/** The example file, found from `src/` (tests, dev) and from `dist/` (built) alike. */
export const demoPlanUrl = new URL('../../../examples/llm-api-cn-eu.yaml', import.meta.url)

/**
 * Seeds the demo when the store is empty; returns whether it did.
 * @example
 * await seedDemoVenture(store, new Date()) //=> true on a fresh store, false afterwards
 */
export async function seedDemoVenture(
  store: Store,
  now: Date,
  planFile: string | URL = demoPlanUrl,
): Promise<boolean> {
  const data = parse(await readFile(planFile, 'utf8')) as { company?: { name?: string } }
  return seedDemo(
    store.db,
    { actor: { id: null, email: 'demo@avp.local' }, at: now.toISOString() },
    { workspaceName: 'Demo', ventureName: data.company?.name ?? 'Demo venture', data },
  )
}
