/**
 * @module routes/outputs
 * What a version computes to: the analysis (JSON, cached per version) and the report as Markdown, HTML
 * or PDF (PDF only where Debian's Chromium is installed; otherwise 501 saying how to get it).
 */
import { renderReport } from '@avp/report'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { requireVenture } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import { chromiumAvailable, printPdf } from '../pdf.ts'
import { errors, versionParams } from '../schemas.ts'
import { requireVersion } from './ventures.ts'

const tags = ['outputs']

const analysis = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions/{number}/analysis',
  tags,
  summary: "The version's analysis: every figure the engines compute",
  request: { params: versionParams },
  responses: {
    200: {
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      description: 'Analysis',
    },
    ...errors(400, 401, 404),
  },
})
const report = createRoute({
  method: 'get',
  path: '/workspaces/{workspaceId}/ventures/{ventureId}/versions/{number}/report',
  tags,
  summary: "The version's report (Markdown, HTML or PDF) in English or Chinese",
  request: {
    params: versionParams,
    query: z.object({
      format: z.enum(['markdown', 'html', 'pdf']).default('html'),
      lang: z.string().optional().openapi({ example: 'zh-CN' }),
    }),
  },
  responses: {
    200: {
      content: {
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
      description: 'The report',
    },
    ...errors(400, 401, 404, 501),
  },
})

export function registerOutputRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(analysis, async (c) => {
    const params = c.req.valid('param')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    const cached = await c
      .get('deps')
      .analysisCache.get(
        `${venture.id}#${params.number}`,
        async () => (await requireVersion(c, venture.id, params.number)).plan,
      )
    c.header('Content-Type', 'application/json; charset=UTF-8')
    c.header('Vary', 'Accept-Encoding')
    // A revalidation of an unchanged analysis costs no body at all.
    c.header('ETag', cached.etag)
    if (c.req.header('If-None-Match') === cached.etag) return c.body(null, 304) as never
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip')
      return c.body(cached.gzip as Uint8Array<ArrayBuffer>, 200) as never
    }
    return c.body(cached.json, 200) as never
  })

  app.openapi(report, async (c) => {
    const params = c.req.valid('param')
    const { format } = c.req.valid('query')
    const { venture } = await requireVenture(c, params.workspaceId, params.ventureId, 'viewer')
    const found = await requireVersion(c, venture.id, params.number)
    const deps = c.get('deps')
    const analysisJson = await deps.analysisCache.json(
      `${venture.id}#${params.number}`,
      async () => found.plan,
    )
    const language = c.get('language')
    const rendered = (kind: 'html' | 'markdown') =>
      renderReport(found.plan, JSON.parse(analysisJson), { format: kind, language })
    if (format === 'markdown') {
      c.header('Content-Type', 'text/markdown; charset=UTF-8')
      return c.body(rendered('markdown'), 200) as never
    }
    if (format === 'html') {
      c.header('Content-Type', 'text/html; charset=UTF-8')
      return c.body(rendered('html'), 200) as never
    }
    if (!chromiumAvailable(deps.config.chromiumPath)) {
      throw new HttpError(
        501,
        'pdf_unavailable',
        `PDF reports need Chromium at ${deps.config.chromiumPath} (Debian: apt-get install --no-install-recommends chromium fonts-noto-cjk); Markdown and HTML work without it`,
      )
    }
    const pdf = await printPdf(deps.config.chromiumPath, rendered('html'))
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', `inline; filename="report-v${params.number}.pdf"`)
    return c.body(new Uint8Array(pdf), 200) as never
  })
}
