/**
 * @module routes/ventures
 * Ventures and their plan versions: list, read, save with `If-Match` (a stale save is refused with
 * 409 and the newest version to merge against) and the diff between two versions.
 */
import { migratePlan, type UserError } from '@avp/core'
import {
  createVenture,
  findStoredVersion,
  findVersion,
  listVentures,
  listVersions,
  type PlanVersion,
  StaleVersionError,
  type StoredVersion,
  saveVersion,
} from '@avp/store'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { z } from 'zod'
import { requireRole, requireVenture } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import { diffJson } from '../json-diff.ts'
import {
  diffSchema,
  errors,
  json,
  ventureInputSchema,
  ventureParams,
  ventureSchema,
  versionInputSchema,
  versionParams,
  versionSchema,
  versionSummarySchema,
  workspaceParams,
} from '../schemas.ts'

const tags = ['ventures']

const list = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures',
  tags,
  summary: "The workspace's ventures",
  request: { params: workspaceParams },
  responses: { 200: json(z.object({ ventures: z.array(ventureSchema) }), 'Ventures'), ...errors(401, 404) },
})
const create = createRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/ventures',
  tags,
  summary: 'Create a venture with its first plan version (editor)',
  request: {
    params: workspaceParams,
    body: { ...json(ventureInputSchema, 'Name and plan'), required: true },
  },
  responses: { 201: json(ventureSchema, 'Created'), ...errors(400, 401, 403, 404, 409) },
})
const get = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}',
  tags,
  summary: 'One venture',
  request: { params: ventureParams },
  responses: { 200: json(ventureSchema, 'The venture'), ...errors(401, 404) },
})
const versions = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions',
  tags,
  summary: 'Every version, newest first',
  request: { params: ventureParams },
  responses: {
    200: json(z.object({ versions: z.array(versionSummarySchema) }), 'Versions'),
    ...errors(401, 404),
  },
})
const save = createRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions',
  tags,
  summary: 'Save a new version; If-Match names the version it is based on (editor)',
  request: {
    params: ventureParams,
    headers: z.object({ 'if-match': z.string().optional().openapi({ example: '"3"' }) }),
    body: { ...json(versionInputSchema, 'The plan and a message'), required: true },
  },
  responses: {
    201: json(versionSummarySchema, 'Saved; ETag is the new version'),
    ...errors(400, 401, 403, 404, 409, 428),
  },
})
const version = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions/{number}',
  tags,
  summary: 'One version with its plan (upgraded to the current format)',
  request: { params: versionParams },
  responses: { 200: json(versionSchema, 'The version; ETag is its number'), ...errors(400, 401, 404) },
})
const diff = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions/{number}/diff',
  tags,
  summary: 'What changed from version `against` to this one',
  request: { params: versionParams, query: z.object({ against: z.coerce.number().int().positive() }) },
  responses: { 200: json(diffSchema, 'The changes'), ...errors(400, 401, 404) },
})

/** The version, or 404. */
export async function requireVersion(
  c: Context<AppEnv>,
  ventureId: string,
  number: number,
): Promise<PlanVersion> {
  const found = await findVersion(c.get('deps').store.db, ventureId, number)
  if (found === undefined) throw new HttpError(404, 'version_not_found', `no version ${number}`)
  return found
}

/** The version as saved, or 404. */
async function requireStoredVersion(
  c: Context<AppEnv>,
  ventureId: string,
  number: number,
): Promise<StoredVersion> {
  const found = await findStoredVersion(c.get('deps').store.db, ventureId, number)
  if (found === undefined) throw new HttpError(404, 'version_not_found', `no version ${number}`)
  return found
}

/** The version as the API shows it: the plan upgraded to today's format, as data (no defaults added). */
function present(found: StoredVersion) {
  const migrated = migratePlan(found.data)
  const { data: _data, ...summary } = found
  return {
    ...summary,
    plan: (migrated.ok ? migrated.data : found.data) as Record<string, unknown>,
    notices: migrated.ok ? migrated.notices.map(({ code, from, to }) => ({ code, from, to })) : [],
  }
}

/** A plan's issues are reported inside the request body, under `plan`. */
function underPlan(error: unknown): never {
  const userError = error as UserError
  if (userError?.code === 'invalid_plan' && Array.isArray(userError.issues)) {
    throw new HttpError(400, 'invalid_plan', userError.message, {
      issues: userError.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] })),
    })
  }
  throw error
}

/** `"3"`, `W/"3"` or `3` → 3. */
function parseIfMatch(header: string | undefined): number {
  if (header === undefined) {
    throw new HttpError(428, 'precondition_required', 'send If-Match with the version this save is based on')
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
  if (match === null)
    throw new HttpError(400, 'bad_if_match', 'If-Match must be a version number such as "3"')
  return Number(match[1])
}

export function registerVentureRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const { workspace } = await requireRole(c, c.req.valid('param').workspaceId, 'viewer')
    return c.json({ ventures: await listVentures(c.get('deps').store.db, workspace.id) }, 200)
  })

  app.openapi(create, async (c) => {
    const { workspace, auth } = await requireRole(c, c.req.valid('param').workspaceId, 'editor')
    const body = c.req.valid('json')
    const deps = c.get('deps')
    const venture = await createVenture(
      deps.store.db,
      { actor: auth!.user, at: deps.now().toISOString() },
      { workspaceId: workspace.id, name: body.name, data: body.plan, message: body.message },
    ).catch(underPlan)
    c.header('ETag', `"${venture.headVersion}"`)
    return c.json(venture, 201)
  })

  app.openapi(get, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    return c.json(venture, 200)
  })

  app.openapi(versions, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    return c.json({ versions: await listVersions(c.get('deps').store.db, venture.id) }, 200)
  })

  app.openapi(save, async (c) => {
    const params = c.req.valid('param')
    const { workspace, venture, auth } = await requireVenture(
      c,
      params.workspaceId,
      params.ventureId,
      'editor',
    )
    const basedOn = parseIfMatch(c.req.valid('header')['if-match'])
    const body = c.req.valid('json')
    const deps = c.get('deps')
    try {
      const saved = await saveVersion(
        deps.store.db,
        { actor: auth!.user, at: deps.now().toISOString() },
        { workspaceId: workspace.id, ventureId: venture.id, basedOn, data: body.plan, message: body.message },
      ).catch(underPlan)
      c.header('ETag', `"${saved.number}"`)
      return c.json(saved, 201)
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error
      const latest = await requireStoredVersion(c, venture.id, error.latestNumber)
      throw new HttpError(409, 'stale_version', error.message, {
        extra: { latest: present(latest) },
        headers: { ETag: `"${latest.number}"` },
      })
    }
  })

  app.openapi(version, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    const found = await requireStoredVersion(c, venture.id, params.number)
    c.header('ETag', `"${found.number}"`)
    return c.json(present(found), 200)
  })

  app.openapi(diff, async (c) => {
    const params = c.req.valid('param')
    const { against } = c.req.valid('query')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    const [from, to] = await Promise.all([
      requireStoredVersion(c, venture.id, against),
      requireStoredVersion(c, venture.id, params.number),
    ])
    return c.json(
      { from: against, to: params.number, changes: diffJson(present(from).plan, present(to).plan) },
      200,
    )
  })
}
