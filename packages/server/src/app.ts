/**
 * @module app
 * `createApp(deps)`: the whole HTTP interface as a Hono app, with no socket. Tests call `app.request()`;
 * `start-server.ts` is the only place that binds a port.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { createAnalysisCache } from './analysis-cache.ts'
import type { AppDeps, AppEnv } from './env.ts'
import { HttpError } from './http-error.ts'
import { csrf } from './middleware/csrf.ts'
import { language } from './middleware/language.ts'
import { requestLog } from './middleware/request-log.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { session } from './middleware/session.ts'
import { errorHandler, notFoundHandler } from './on-error.ts'
import { registerAuthRoutes } from './routes/auth.ts'
import { registerBiasUploadRoutes } from './routes/bias-uploads.ts'
import { registerBundleRoutes } from './routes/bundle.ts'
import { registerHomeRoutes } from './routes/home.ts'
import { registerOutputRoutes } from './routes/outputs.ts'
import { registerVentureRoutes } from './routes/ventures.ts'
import { webApp } from './routes/web-app.ts'
import { registerWorkspaceRoutes } from './routes/workspaces.ts'
import { json } from './schemas.ts'
import { validationHook } from './validation-hook.ts'

export const apiBase = '/api/v1'

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Liveness and the database dialect',
  responses: {
    200: json(z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }), 'Healthy'),
  },
})

function buildApi(): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  api.openapi(health, (c) => c.json({ status: 'ok' as const, database: c.get('deps').store.dialect }, 200))
  registerAuthRoutes(api)
  registerWorkspaceRoutes(api)
  registerBundleRoutes(api)
  registerVentureRoutes(api)
  registerOutputRoutes(api)
  registerBiasUploadRoutes(api)
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'avp_session',
    description: 'Set by sign-up and sign-in; writes also need the X-CSRF-Token header',
  })
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    // Paths in the document are relative to the API's base.
    servers: [{ url: apiBase }],
    info: {
      title: 'AI Venture Planner API',
      version: '1',
      description:
        'Session cookie auth. State-changing requests must send X-CSRF-Token (from sign-in or GET /auth/session) and, from a browser, a same-origin Origin.',
    },
  })
  return api
}

/**
 * The app over the given store and logger.
 * @example
 * const app = createApp({ store, logger: pino({ level: 'silent' }), config: serverConfigSchema.parse({}) })
 * (await app.request('/api/v1/health')).status //=> 200
 */
export function createApp(deps: AppDeps, options: { readonly webDistDir?: string } = {}): Hono<AppEnv> {
  const full = {
    now: () => new Date(),
    scryptCost: 2 ** 15,
    ...deps,
    analysisCache: createAnalysisCache(),
  }
  const app = new Hono<AppEnv>()
  app.use('*', async (c, next) => {
    c.set('deps', full)
    c.set('language', 'en')
    await next()
  })
  app.use('*', requestLog())
  // The web app's files, when built, with their own content policy (so ahead of the API's headers).
  if (options.webDistDir !== undefined) app.use('*', webApp(options.webDistDir))
  app.use('*', securityHeaders())
  app.use('*', language())
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: () => {
        throw new HttpError(
          413,
          'body_too_large',
          `request bodies are limited to ${deps.config.bodyLimitBytes} bytes`,
        )
      },
    }),
  )
  app.use('*', session())
  app.use('*', csrf())
  app.onError(errorHandler)
  app.notFound(notFoundHandler)
  registerHomeRoutes(app)
  app.route(apiBase, buildApi())
  return app
}
