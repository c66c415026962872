/**
 * @module middleware/language
 * The request's language: `?lang=` first, then `Accept-Language`; English otherwise.
 */
import { normalizeLanguage } from '@avp/core'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

/** @example app.use('*', language()) */
export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('language', normalizeLanguage(c.req.query('lang') ?? c.req.header('Accept-Language')))
    await next()
  }
}
