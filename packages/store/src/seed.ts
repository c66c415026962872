/**
 * @module seed
 * On an empty store, a public demo workspace with one venture, so a fresh start shows something.
 */
import type { ChangeContext } from './context.ts'
import type { Db } from './database.ts'
import { createVenture } from './ventures.ts'
import { createWorkspace } from './workspaces.ts'

/**
 * Seeds the demo when the store has no workspace yet; returns whether it did. A second start on the same
 * data finds the workspace and leaves everything as it is.
 * @example
 * await seedDemo(db, { actor: { id: null, email: 'system' }, at }, { ventureName: 'Qiming', data }) //=> true
 */
export async function seedDemo(
  db: Db,
  context: ChangeContext,
  demo: { workspaceName?: string; ventureName: string; data: unknown },
): Promise<boolean> {
  const any = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst()
  if (any !== undefined) return false
  const workspace = await createWorkspace(db, context, { name: demo.workspaceName ?? 'Demo', isPublic: true })
  await createVenture(db, context, {
    workspaceId: workspace.id,
    name: demo.ventureName,
    data: demo.data,
    message: 'Demo venture',
  })
  return true
}
