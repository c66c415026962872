/**
 * @module audit
 * The audit log: who changed what, written in the same transaction as the change itself.
 */

import { type ChangeContext, newId } from './context.ts'
import type { Db } from './database.ts'

export interface AuditEntry {
  readonly id: string
  readonly workspaceId: string | null
  readonly actorEmail: string
  readonly action: string
  readonly target: string
  readonly detail: Readonly<Record<string, unknown>>
  readonly at: string
}

/**
 * Appends one entry.
 * @example
 * await recordAudit(db, context, { workspaceId, action: 'venture.create', target: ventureId })
 */
export async function recordAudit(
  db: Db,
  context: ChangeContext,
  entry: {
    workspaceId: string | null
    action: string
    target: string
    detail?: Readonly<Record<string, unknown>>
  },
): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      id: newId(),
      workspaceId: entry.workspaceId,
      actorId: context.actor.id,
      actorEmail: context.actor.email,
      action: entry.action,
      target: entry.target,
      detailJson: JSON.stringify(entry.detail ?? {}),
      at: context.at,
    })
    .execute()
}

/** A workspace's entries, newest first. */
export async function listAudit(db: Db, workspaceId: string, limit = 200): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('auditLog')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspaceId,
    actorEmail: row.actorEmail,
    action: row.action,
    target: row.target,
    detail: JSON.parse(row.detailJson) as Record<string, unknown>,
    at: row.at,
  }))
}
