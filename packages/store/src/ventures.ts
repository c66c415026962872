/**
 * @module ventures
 * Ventures of a workspace. Every lookup is scoped by workspace, so an id from another workspace is
 * simply not found.
 */
import { recordAudit } from './audit.ts'
import { type ChangeContext, newId } from './context.ts'
import type { Db } from './database.ts'
import { ConflictError } from './errors.ts'
import { checkPlan } from './plan-check.ts'
import { insertVersion } from './versions.ts'

export interface Venture {
  readonly id: string
  readonly workspaceId: string
  readonly name: string
  readonly headVersion: number
  readonly createdAt: string
}

/**
 * Creates a venture with its first version (validated) in one transaction.
 * @example
 * (await createVenture(db, context, { workspaceId, name: 'Qiming', data, message: 'first' })).headVersion //=> 1
 */
export async function createVenture(
  db: Db,
  context: ChangeContext,
  input: { workspaceId: string; name: string; data: unknown; message: string },
): Promise<Venture> {
  checkPlan(input.data)
  const venture = {
    id: newId(),
    workspaceId: input.workspaceId,
    name: input.name,
    headVersion: 1,
    createdAt: context.at,
  }
  await db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('ventures')
      .select('id')
      .where('workspaceId', '=', input.workspaceId)
      .where('name', '=', input.name)
      .executeTakeFirst()
    if (taken !== undefined) throw new ConflictError('venture_name_taken', 'a venture with this name exists')
    await trx.insertInto('ventures').values(venture).execute()
    await insertVersion(trx, context, {
      ventureId: venture.id,
      number: 1,
      data: input.data,
      message: input.message,
      basedOn: null,
    })
    await recordAudit(trx, context, {
      workspaceId: input.workspaceId,
      action: 'venture.create',
      target: venture.id,
      detail: { name: input.name },
    })
  })
  return venture
}

export async function listVentures(db: Db, workspaceId: string): Promise<Venture[]> {
  return db
    .selectFrom('ventures')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute()
}

export async function findVenture(
  db: Db,
  workspaceId: string,
  ventureId: string,
): Promise<Venture | undefined> {
  return db
    .selectFrom('ventures')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', ventureId)
    .executeTakeFirst()
}
