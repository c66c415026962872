/**
 * @module routes/bias-uploads
 * Tables uploaded for a venture's bias audit (CSV as text inside JSON; the body limit bounds the size).
 */

import { createBiasUpload, findBiasUpload, listBiasUploads } from '@avp/store'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { requireVenture } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import { biasUploadInputSchema, biasUploadSchema, errors, idParam, json, ventureParams } from '../schemas.ts'

const tags = ['bias audit']

const list = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/bias-uploads',
  tags,
  summary: "The venture's bias-audit uploads",
  request: { params: ventureParams },
  responses: { 200: json(z.object({ uploads: z.array(biasUploadSchema) }), 'Uploads'), ...errors(401, 404) },
})
const create = createRoute({
  method: 'post',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/bias-uploads',
  tags,
  summary: 'Upload a table for the bias audit (editor)',
  request: { params: ventureParams, body: { ...json(biasUploadInputSchema, 'The table'), required: true } },
  responses: { 201: json(biasUploadSchema, 'Stored'), ...errors(400, 401, 403, 404, 413) },
})
const get = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/bias-uploads/{uploadId}',
  tags,
  summary: 'One upload with its content',
  request: { params: ventureParams.extend({ uploadId: idParam }) },
  responses: {
    200: json(biasUploadSchema.extend({ content: z.string() }), 'The upload'),
    ...errors(401, 404),
  },
})

export function registerBiasUploadRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    return c.json({ uploads: await listBiasUploads(c.get('deps').store.db, venture.id) }, 200)
  })

  app.openapi(create, async (c) => {
    const params = c.req.valid('param')
    const { workspace, venture, auth } = await requireVenture(
      c,
      params.workspaceId,
      params.ventureId,
      'editor',
    )
    const deps = c.get('deps')
    const body = c.req.valid('json')
    const upload = await createBiasUpload(
      deps.store.db,
      { actor: auth!.user, at: deps.now().toISOString() },
      { workspaceId: workspace.id, ventureId: venture.id, fileName: body.fileName, content: body.content },
    )
    return c.json(upload, 201)
  })

  app.openapi(get, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    const upload = await findBiasUpload(c.get('deps').store.db, venture.id, params.uploadId)
    if (upload === undefined) throw new HttpError(404, 'upload_not_found', 'no such upload')
    return c.json(upload, 200)
  })
}
