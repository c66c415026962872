/**
 * @module workspaces
 * Workspaces and who may do what in them. A public workspace (the seeded demo) can be read by anyone.
 */
import { recordAudit } from './audit.ts'
import { runCompiled } from './compiled-query.ts'
import { type ChangeContext, newId } from './context.ts'
import type { Db, Role } from './database.ts'
import { NotFoundError } from './errors.ts'

export interface Workspace {
  readonly id: string
  readonly name: string
  readonly isPublic: boolean
  readonly createdAt: string
}

/** A workspace with the caller's role in it. */
export interface WorkspaceWithRole extends Workspace {
  readonly role: Role
}

function toWorkspace(row: { id: string; name: string; isPublic: number; createdAt: string }): Workspace {
  return { id: row.id, name: row.name, isPublic: row.isPublic === 1, createdAt: row.createdAt }
}

/**
 * Creates a workspace whose owner is the acting user (when there is one), in one transaction.
 * @example
 * (await createWorkspace(db, context, { name: 'Acme' })).name //=> 'Acme'
 */
export async function createWorkspace(
  db: Db,
  context: ChangeContext,
  input: { name: string; isPublic?: boolean },
): Promise<Workspace> {
  const workspace = { id: newId(), name: input.name, isPublic: input.isPublic ? 1 : 0, createdAt: context.at }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('workspaces').values(workspace).execute()
    if (context.actor.id !== null) {
      await trx
        .insertInto('memberships')
        .values({ workspaceId: workspace.id, userId: context.actor.id, role: 'owner', createdAt: context.at })
        .execute()
    }
    await recordAudit(trx, context, {
      workspaceId: workspace.id,
      action: 'workspace.create',
      target: workspace.id,
      detail: { name: input.name },
    })
  })
  return toWorkspace(workspace)
}

export async function findWorkspace(db: Db, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toWorkspace(row)
}

/** The workspaces a user belongs to, with their role, by name. */
export async function listWorkspacesOf(db: Db, userId: string): Promise<WorkspaceWithRole[]> {
  const rows = await db
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspaceId', 'workspaces.id')
    .select([
      'workspaces.id',
      'workspaces.name',
      'workspaces.isPublic',
      'workspaces.createdAt',
      'memberships.role',
    ])
    .where('memberships.userId', '=', userId)
    .orderBy('workspaces.name')
    .orderBy('workspaces.id')
    .execute()
  return rows.map((row) => ({ ...toWorkspace(row), role: row.role }))
}

/** Every public workspace (for the start page). */
export async function listPublicWorkspaces(db: Db): Promise<Workspace[]> {
  const rows = await db
    .selectFrom('workspaces')
    .selectAll()
    .where('isPublic', '=', 1)
    .orderBy('name')
    .execute()
  return rows.map(toWorkspace)
}

/** The user's role in the workspace, or undefined for a non-member. */
export async function roleOf(db: Db, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst()
  return row?.role
}

export interface Member {
  readonly userId: string
  readonly email: string
  readonly displayName: string
  readonly role: Role
}

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['memberships.userId', 'users.email', 'users.displayName', 'memberships.role'])
    .where('memberships.workspaceId', '=', workspaceId)
    .orderBy('users.email')
    .execute()
}

/** Adds a member or changes an existing member's role. */
export async function setMember(
  db: Db,
  context: ChangeContext,
  input: { workspaceId: string; userId: string; role: Role },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await roleOf(trx, input.workspaceId, input.userId)
    if (existing === undefined) {
      await trx
        .insertInto('memberships')
        .values({
          workspaceId: input.workspaceId,
          userId: input.userId,
          role: input.role,
          createdAt: context.at,
        })
        .execute()
    } else {
      await trx
        .updateTable('memberships')
        .set({ role: input.role })
        .where('workspaceId', '=', input.workspaceId)
        .where('userId', '=', input.userId)
        .execute()
    }
    await recordAudit(trx, context, {
      workspaceId: input.workspaceId,
      action: existing === undefined ? 'member.add' : 'member.role',
      target: input.userId,
      detail: { role: input.role, ...(existing === undefined ? {} : { previousRole: existing }) },
    })
  })
}

export async function removeMember(
  db: Db,
  context: ChangeContext,
  input: { workspaceId: string; userId: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('memberships')
      .where('workspaceId', '=', input.workspaceId)
      .where('userId', '=', input.userId)
      .executeTakeFirst()
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError('member_not_found', 'no such member')
    await recordAudit(trx, context, {
      workspaceId: input.workspaceId,
      action: 'member.remove',
      target: input.userId,
    })
  })
}

/** How many owners a workspace has (the last one may not leave or be demoted). */
export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** What a caller may do with a workspace (and one of its ventures), found in one query. */
export interface Access {
  readonly workspace: Workspace
  /** The caller's membership role, if any (a public workspace adds read access on top). */
  readonly memberRole: Role | undefined
  /** The venture asked for, when it belongs to the workspace. */
  readonly venture: { id: string; name: string; headVersion: number; createdAt: string } | undefined
}

/**
 * The workspace, the user's role in it and optionally a venture of it, in one round trip: every API
 * request asks this, so it is one query rather than three.
 * @example
 * (await findAccess(db, { workspaceId, userId }))?.memberRole //=> 'owner'
 */
export async function findAccess(
  db: Db,
  query: { workspaceId: string; userId?: string | undefined; ventureId?: string | undefined },
): Promise<Access | undefined> {
  const [row] = await runCompiled(
    db,
    'findAccess',
    (slot) =>
      db
        .selectFrom('workspaces')
        .leftJoin('memberships', (join) =>
          join.onRef('memberships.workspaceId', '=', 'workspaces.id').on('memberships.userId', '=', slot(0)),
        )
        .leftJoin('ventures', (join) =>
          join.onRef('ventures.workspaceId', '=', 'workspaces.id').on('ventures.id', '=', slot(1)),
        )
        .select([
          'workspaces.id',
          'workspaces.name',
          'workspaces.isPublic',
          'workspaces.createdAt',
          'memberships.role',
          'ventures.id as ventureId',
          'ventures.name as ventureName',
          'ventures.headVersion',
          'ventures.createdAt as ventureCreatedAt',
        ])
        .where('workspaces.id', '=', slot(2)),
    [query.userId ?? '', query.ventureId ?? '', query.workspaceId],
  )
  if (row === undefined) return undefined
  return {
    workspace: toWorkspace(row),
    memberRole: row.role ?? undefined,
    venture:
      row.ventureId === null || row.ventureId === undefined
        ? undefined
        : {
            id: row.ventureId,
            name: row.ventureName!,
            headVersion: row.headVersion!,
            createdAt: row.ventureCreatedAt!,
          },
  }
}
