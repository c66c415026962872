/**
 * @module middleware/csrf
 * CSRF defence on every state-changing request (POST, PUT, PATCH, DELETE), two layers:
 * 1. Origin check: a request whose `Origin` names another host is refused, whoever sends it. This also
 *    covers sign-in and sign-up, which have no session yet (login CSRF).
 * 2. Synchronizer token: a request that carries a session cookie must send the session's CSRF token in
 *    `X-CSRF-Token`. The token lives in the database row of the session (returned by sign-in and by
 *    `GET /api/v1/auth/session`), so a forged cross-site form, which cannot read it, is refused.
 * The session cookie is also `SameSite=Lax`, which stops cross-site POSTs carrying it in modern browsers.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
export const csrfHeader = 'X-CSRF-Token'

/** @example app.use('*', csrf()) // after session() */
export function csrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next()
    const origin = c.req.header('Origin')
    if (origin !== undefined && origin !== 'null') {
      const host = c.req.header('Host') ?? new URL(c.req.url).host
      let originHost: string | undefined
      try {
        originHost = new URL(origin).host
      } catch {
        originHost = undefined
      }
      if (originHost !== host)
        throw new HttpError(403, 'csrf_origin', `cross-site request from ${origin} refused`)
    } else if (origin === 'null') {
      throw new HttpError(403, 'csrf_origin', 'cross-site request from an opaque origin refused')
    }
    const auth = c.get('auth')
    if (auth !== null && c.req.header(csrfHeader) !== auth.csrfToken) {
      throw new HttpError(403, 'csrf_token', `missing or wrong ${csrfHeader} header`)
    }
    return next()
  }
}
