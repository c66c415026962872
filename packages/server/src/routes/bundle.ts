/**
 * @module routes/bundle
 * A whole workspace as one YAML file: export it, import it as a new workspace. Export → import → export
 * gives the same text.
 */

import { exportWorkspace, importWorkspace, workspaceBundleSchema } from '@avp/store'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import { requireAuth, requireRole } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import { errors, json, workspaceParams, workspaceSchema } from '../schemas.ts'
import { toIssues } from '../validation-hook.ts'

const tags = ['workspaces']

const exportRoute = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/export',
  tags,
  summary: 'The workspace as a YAML bundle (every venture, version and upload)',
  request: { params: workspaceParams },
  responses: {
    200: { content: { 'application/yaml': { schema: z.string() } }, description: 'The bundle' },
    ...errors(401, 404),
  },
})
const importRoute = createRoute({
  method: 'post',
  path: '/workspaces/import',
  tags,
  summary: 'Create a workspace from a YAML bundle (you become its owner)',
  request: {
    body: {
      content: { 'application/yaml': { schema: z.string() } },
      required: true,
      description: 'The bundle',
    },
  },
  responses: { 201: json(workspaceSchema, 'Imported'), ...errors(400, 401, 403, 413) },
})

/**
 * The bundle as YAML text, with no line folding so long strings come back byte for byte.
 * @example
 * bundleToYaml(bundle).startsWith('bundleFormat: avp-workspace') //=> true
 */
export function bundleToYaml(bundle: unknown): string {
  return stringify(bundle, { lineWidth: 0, aliasDuplicateObjects: false })
}

export function registerBundleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(exportRoute, async (c) => {
    const { workspace } = await requireRole(c, c.req.valid('param').workspaceId, 'viewer')
    const bundle = await exportWorkspace(c.get('deps').store.db, workspace.id)
    c.header('Content-Type', 'application/yaml; charset=UTF-8')
    c.header('Content-Disposition', 'attachment; filename="workspace.avp.yaml"')
    return c.body(bundleToYaml(bundle), 200) as never
  })

  app.openapi(importRoute, async (c) => {
    const auth = requireAuth(c)
    let data: unknown
    try {
      data = parse(await c.req.text(), { maxAliasCount: 100 })
    } catch (error) {
      throw new HttpError(
        400,
        'malformed_body',
        `the bundle is not YAML: ${(error as Error).message.split('\n')[0]}`,
      )
    }
    const parsed = workspaceBundleSchema.safeParse(data)
    if (!parsed.success) {
      throw new HttpError(400, 'invalid_bundle', 'the bundle does not match its format', {
        issues: toIssues(parsed.error, 'bundle'),
      })
    }
    const deps = c.get('deps')
    const workspace = await importWorkspace(
      deps.store.db,
      { actor: auth.user, at: deps.now().toISOString() },
      parsed.data,
    )
    return c.json(
      { ...workspace, isPublic: false, createdAt: deps.now().toISOString(), role: 'owner' as const },
      201,
    )
  })
}
