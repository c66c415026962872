/**
 * @module routes/workspaces
 * Workspaces, their members and their audit log.
 */

import {
  countOwners,
  createWorkspace,
  findUserByEmail,
  listAudit,
  listMembers,
  listWorkspacesOf,
  removeMember,
  roleOf,
  setMember,
} from '@avp/store'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { requireAuth, requireRole } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import {
  auditEntrySchema,
  errors,
  idParam,
  json,
  memberInputSchema,
  memberRoleSchema,
  memberSchema,
  workspaceInputSchema,
  workspaceParams,
  workspaceSchema,
} from '../schemas.ts'

const tags = ['workspaces']
const memberParams = workspaceParams.extend({ userId: idParam })

const list = createRoute({
  method: 'get',
  path: '/workspaces',
  tags,
  summary: 'The workspaces you belong to',
  responses: { 200: json(z.object({ workspaces: z.array(workspaceSchema) }), 'Workspaces'), ...errors(401) },
})
const create = createRoute({
  method: 'post',
  path: '/workspaces',
  tags,
  summary: 'Create a workspace (you become its owner)',
  request: { body: { ...json(workspaceInputSchema, 'The workspace'), required: true } },
  responses: { 201: json(workspaceSchema, 'Created'), ...errors(400, 401, 403) },
})
const get = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}',
  tags,
  summary: 'One workspace',
  request: { params: workspaceParams },
  responses: { 200: json(workspaceSchema, 'The workspace'), ...errors(401, 404) },
})
const members = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/members',
  tags,
  summary: 'Members and their roles',
  request: { params: workspaceParams },
  responses: { 200: json(z.object({ members: z.array(memberSchema) }), 'Members'), ...errors(401, 404) },
})
const addMember = createRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/members',
  tags,
  summary: 'Add a member by email, or change their role (owner)',
  request: {
    params: workspaceParams,
    body: { ...json(memberInputSchema, 'Who and which role'), required: true },
  },
  responses: { 200: json(memberSchema, 'The member'), ...errors(400, 401, 403, 404, 409) },
})
const changeMember = createRoute({
  method: 'patch',
  path: '/workspaces/{workspaceId}/members/{userId}',
  tags,
  summary: "Change a member's role (owner)",
  request: { params: memberParams, body: { ...json(memberRoleSchema, 'The new role'), required: true } },
  responses: { 200: json(memberSchema, 'The member'), ...errors(400, 401, 403, 404, 409) },
})
const deleteMember = createRoute({
  method: 'delete',
  path: '/workspaces/{workspaceId}/members/{userId}',
  tags,
  summary: 'Remove a member (owner)',
  request: { params: memberParams },
  responses: { 204: { description: 'Removed' }, ...errors(401, 403, 404, 409) },
})
const audit = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/audit',
  tags,
  summary: 'Who changed what, newest first',
  request: { params: workspaceParams },
  responses: {
    200: json(z.object({ entries: z.array(auditEntrySchema) }), 'Audit log'),
    ...errors(401, 404),
  },
})

export function registerWorkspaceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const auth = requireAuth(c)
    return c.json({ workspaces: await listWorkspacesOf(c.get('deps').store.db, auth.user.id) }, 200)
  })

  app.openapi(create, async (c) => {
    const auth = requireAuth(c)
    const deps = c.get('deps')
    const workspace = await createWorkspace(
      deps.store.db,
      { actor: auth.user, at: deps.now().toISOString() },
      { name: c.req.valid('json').name },
    )
    return c.json({ ...workspace, role: 'owner' as const }, 201)
  })

  app.openapi(get, async (c) => {
    const { workspace, role } = await requireRole(c, c.req.valid('param').workspaceId, 'viewer')
    return c.json({ ...workspace, role }, 200)
  })

  app.openapi(members, async (c) => {
    const { workspace } = await requireRole(c, c.req.valid('param').workspaceId, 'viewer')
    return c.json({ members: await listMembers(c.get('deps').store.db, workspace.id) }, 200)
  })

  app.openapi(addMember, async (c) => {
    const { workspace, auth } = await requireRole(c, c.req.valid('param').workspaceId, 'owner')
    const body = c.req.valid('json')
    const deps = c.get('deps')
    const user = await findUserByEmail(deps.store.db, body.email)
    if (user === undefined) throw new HttpError(404, 'user_not_found', 'no account with this email')
    await guardLastOwner(c.get('deps').store.db, workspace.id, user.id, body.role)
    await setMember(
      deps.store.db,
      { actor: auth!.user, at: deps.now().toISOString() },
      { workspaceId: workspace.id, userId: user.id, role: body.role },
    )
    return c.json({ userId: user.id, email: user.email, displayName: user.displayName, role: body.role }, 200)
  })

  app.openapi(changeMember, async (c) => {
    const params = c.req.valid('param')
    const { workspace, auth } = await requireRole(c, params.workspaceId, 'owner')
    const { role } = c.req.valid('json')
    const deps = c.get('deps')
    const member = (await listMembers(deps.store.db, workspace.id)).find(
      (each) => each.userId === params.userId,
    )
    if (member === undefined) throw new HttpError(404, 'member_not_found', 'no such member')
    await guardLastOwner(deps.store.db, workspace.id, member.userId, role)
    await setMember(
      deps.store.db,
      { actor: auth!.user, at: deps.now().toISOString() },
      { workspaceId: workspace.id, userId: member.userId, role },
    )
    return c.json({ ...member, role }, 200)
  })

  app.openapi(deleteMember, async (c) => {
    const params = c.req.valid('param')
    const { workspace, auth } = await requireRole(c, params.workspaceId, 'owner')
    const deps = c.get('deps')
    await guardLastOwner(deps.store.db, workspace.id, params.userId, undefined)
    await removeMember(
      deps.store.db,
      { actor: auth!.user, at: deps.now().toISOString() },
      { workspaceId: workspace.id, userId: params.userId },
    )
    return c.body(null, 204)
  })

  app.openapi(audit, async (c) => {
    const { workspace } = await requireRole(c, c.req.valid('param').workspaceId, 'viewer')
    const entries = await listAudit(c.get('deps').store.db, workspace.id)
    return c.json({ entries: entries.map(({ workspaceId: _workspaceId, ...entry }) => entry) }, 200)
  })
}

/** A workspace always keeps one owner: the last one may not be demoted or removed. */
async function guardLastOwner(
  db: Parameters<typeof roleOf>[0],
  workspaceId: string,
  userId: string,
  newRole: string | undefined,
): Promise<void> {
  if (newRole === 'owner' || (await roleOf(db, workspaceId, userId)) !== 'owner') return
  if ((await countOwners(db, workspaceId)) <= 1) {
    throw new HttpError(409, 'last_owner', 'a workspace needs at least one owner')
  }
}
