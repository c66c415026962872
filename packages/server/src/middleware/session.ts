/**
 * @module middleware/session
 * Reads the session cookie and looks the session up in the database (any instance can serve any
 * request); sets `auth` to the user or to null.
 */
import { findSession } from '@avp/store'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env.ts'

export const sessionCookie = 'avp_session'

/** @example app.use('*', session()) */
export function session(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookie)
    const deps = c.get('deps')
    const found = token ? await findSession(deps.store.db, token, deps.now().toISOString()) : undefined
    c.set('auth', found && token ? { user: found.user, token, csrfToken: found.csrfToken } : null)
    await next()
  }
}
