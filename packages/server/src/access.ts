/**
 * @module access
 * Authorization, asked by every route: who is signed in, and what role they hold in the workspace the
 * path names. A non-member is told the workspace does not exist (404), so ids cannot be probed.
 */
import { findAccess, type Role, roles, type Venture, type Workspace } from '@avp/store'
import type { Context } from 'hono'
import type { AppEnv, Auth } from './env.ts'
import { HttpError } from './http-error.ts'

/** The signed-in user, or 401. */
export function requireAuth(c: Context<AppEnv>): Auth {
  const auth = c.get('auth')
  if (auth === null) throw new HttpError(401, 'unauthenticated', 'sign in first')
  return auth
}

async function check(
  c: Context<AppEnv>,
  workspaceId: string,
  minimum: Role,
  ventureId?: string,
): Promise<{ workspace: Workspace; role: Role; auth: Auth | null; venture: Venture | undefined }> {
  const auth = c.get('auth')
  const access = await findAccess(c.get('deps').store.db, {
    workspaceId,
    userId: auth?.user.id,
    ventureId,
  })
  // Anyone may read a public workspace (as a viewer); writing always needs a membership.
  const role: Role | undefined = access?.memberRole ?? (access?.workspace.isPublic ? 'viewer' : undefined)
  if (access === undefined || role === undefined) {
    if (auth === null) throw new HttpError(401, 'unauthenticated', 'sign in first')
    throw new HttpError(404, 'workspace_not_found', 'no such workspace')
  }
  if (roles.indexOf(role) < roles.indexOf(minimum)) {
    if (auth === null) throw new HttpError(401, 'unauthenticated', 'sign in first')
    throw new HttpError(403, 'forbidden', `this needs the ${minimum} role; you are ${role}`)
  }
  const venture = access.venture === undefined ? undefined : { ...access.venture, workspaceId }
  return { workspace: access.workspace, role, auth, venture }
}

/**
 * The workspace, when the caller holds at least `minimum` in it.
 * @example
 * const { workspace } = await requireRole(c, workspaceId, 'editor')
 */
export async function requireRole(
  c: Context<AppEnv>,
  workspaceId: string,
  minimum: Role,
): Promise<{ workspace: Workspace; role: Role; auth: Auth | null }> {
  const { workspace, role, auth } = await check(c, workspaceId, minimum)
  return { workspace, role, auth }
}

/** A venture of a workspace the caller may act on with `minimum` (one query for all of it). */
export async function requireVenture(
  c: Context<AppEnv>,
  workspaceId: string,
  ventureId: string,
  minimum: Role,
): Promise<{ workspace: Workspace; venture: Venture; auth: Auth | null }> {
  const { workspace, auth, venture } = await check(c, workspaceId, minimum, ventureId)
  if (venture === undefined) throw new HttpError(404, 'venture_not_found', 'no such venture')
  return { workspace, venture, auth }
}
