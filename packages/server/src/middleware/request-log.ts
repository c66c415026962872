/**
 * @module middleware/request-log
 * One structured log line per request (method, path, status, milliseconds); never bodies or cookies.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

/** @example app.use('*', requestLog()) */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const logger = c.get('deps').logger
    if (logger.isLevelEnabled('info')) {
      logger.info(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      )
    }
  }
}
