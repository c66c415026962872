/**
 * @module versions
 * Plan versions. Every save is a new row; a save names the version it was based on and is refused when
 * another save got there first, so no update is ever lost silently.
 */
import { type PlanNotice, UnexpectedError, type VenturePlan, validatePlan } from '@avp/core'
import { recordAudit } from './audit.ts'
import { type ChangeContext, newId } from './context.ts'
import type { Db, PlanVersionTable } from './database.ts'
import { NotFoundError, StaleVersionError } from './errors.ts'
import { checkPlan, formatVersionOf } from './plan-check.ts'

/** A version without its plan (for lists). */
export interface VersionSummary {
  readonly number: number
  readonly authorEmail: string
  readonly message: string
  readonly basedOn: number | null
  readonly createdAt: string
  readonly formatVersion: number
}

/** A version with its plan: `data` as saved, `plan` validated and upgraded to the current format. */
export interface PlanVersion extends VersionSummary {
  readonly data: unknown
  readonly plan: VenturePlan
  readonly notices: readonly PlanNotice[]
}

const summaryColumns = ['number', 'authorEmail', 'message', 'basedOn', 'createdAt', 'formatVersion'] as const

function withPlan(row: PlanVersionTable): PlanVersion {
  const data: unknown = JSON.parse(row.planJson)
  // validatePlan runs migratePlan first, so an old version reads in today's format.
  const result = validatePlan(data)
  if (!result.ok) {
    throw new UnexpectedError('stored_plan_invalid', `stored version ${row.number} no longer validates`)
  }
  return {
    number: row.number,
    authorEmail: row.authorEmail,
    message: row.message,
    basedOn: row.basedOn,
    createdAt: row.createdAt,
    formatVersion: row.formatVersion,
    data,
    plan: result.plan,
    notices: result.notices,
  }
}

export async function listVersions(db: Db, ventureId: string): Promise<VersionSummary[]> {
  return db
    .selectFrom('planVersions')
    .select([...summaryColumns])
    .where('ventureId', '=', ventureId)
    .orderBy('number', 'desc')
    .execute()
}

/** One version with its plan, or undefined. */
export async function findVersion(
  db: Db,
  ventureId: string,
  number: number,
): Promise<PlanVersion | undefined> {
  const row = await db
    .selectFrom('planVersions')
    .selectAll()
    .where('ventureId', '=', ventureId)
    .where('number', '=', number)
    .executeTakeFirst()
  return row === undefined ? undefined : withPlan(row)
}

/** A version with its plan as saved, not validated (cheap: for showing, diffing and 409 answers). */
export interface StoredVersion extends VersionSummary {
  readonly data: unknown
}

/** One version with the plan data as saved (no validation), or undefined. */
export async function findStoredVersion(
  db: Db,
  ventureId: string,
  number: number,
): Promise<StoredVersion | undefined> {
  const row = await db
    .selectFrom('planVersions')
    .select([...summaryColumns, 'planJson'])
    .where('ventureId', '=', ventureId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (row === undefined) return undefined
  const { planJson, ...summary } = row
  return { ...summary, data: JSON.parse(planJson) as unknown }
}

/** Inserts version `number` of a venture (inside the caller's transaction). */
export async function insertVersion(
  db: Db,
  context: ChangeContext,
  row: { ventureId: string; number: number; data: unknown; message: string; basedOn: number | null },
): Promise<void> {
  await db
    .insertInto('planVersions')
    .values({
      id: newId(),
      ventureId: row.ventureId,
      number: row.number,
      planJson: JSON.stringify(row.data),
      formatVersion: formatVersionOf(row.data),
      authorId: context.actor.id,
      authorEmail: context.actor.email,
      message: row.message,
      basedOn: row.basedOn,
      createdAt: context.at,
    })
    .execute()
}

/**
 * Saves a new version based on `basedOn`. Throws `UserError` (invalid plan, nothing written),
 * `StaleVersionError` (another save came first) or `NotFoundError`.
 * @example
 * (await saveVersion(db, context, { workspaceId, ventureId, basedOn: 1, data, message: 'raise' })).number //=> 2
 */
export async function saveVersion(
  db: Db,
  context: ChangeContext,
  input: { workspaceId: string; ventureId: string; basedOn: number; data: unknown; message: string },
): Promise<VersionSummary> {
  // A save already known to be stale is refused before the costly check (the transaction below is
  // still what decides: the head may move between this read and the write).
  const head = await db
    .selectFrom('ventures')
    .select('headVersion')
    .where('id', '=', input.ventureId)
    .where('workspaceId', '=', input.workspaceId)
    .executeTakeFirst()
  if (head !== undefined && head.headVersion !== input.basedOn) {
    throw new StaleVersionError(input.basedOn, head.headVersion)
  }
  checkPlan(input.data)
  const number = input.basedOn + 1
  await db.transaction().execute(async (trx) => {
    // The compare-and-set on the head: on PostgreSQL a concurrent saver waits on the row lock and then
    // sees the new head (0 rows updated); on SQLite writers are serialized by the database lock.
    const updated = await trx
      .updateTable('ventures')
      .set({ headVersion: number })
      .where('id', '=', input.ventureId)
      .where('workspaceId', '=', input.workspaceId)
      .where('headVersion', '=', input.basedOn)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) {
      const venture = await trx
        .selectFrom('ventures')
        .select('headVersion')
        .where('id', '=', input.ventureId)
        .where('workspaceId', '=', input.workspaceId)
        .executeTakeFirst()
      if (venture === undefined) throw new NotFoundError('venture_not_found', 'no such venture')
      throw new StaleVersionError(input.basedOn, venture.headVersion)
    }
    await insertVersion(trx, context, { ...input, number, basedOn: input.basedOn })
    await recordAudit(trx, context, {
      workspaceId: input.workspaceId,
      action: 'version.save',
      target: input.ventureId,
      detail: { number, basedOn: input.basedOn, message: input.message },
    })
  })
  return {
    number,
    authorEmail: context.actor.email,
    message: input.message,
    basedOn: input.basedOn,
    createdAt: context.at,
    formatVersion: formatVersionOf(input.data),
  }
}
