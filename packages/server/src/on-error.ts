/**
 * @module on-error
 * The one place errors become responses: `{error:{code,message,issues?}}` with the right status, the
 * message in the request's language where the catalogue has it, and never a stack trace.
 */
import { hasMessage, type Issue, type Language, type MessageKey, translate, UserError } from '@avp/core'
import { ConflictError, NotFoundError, StaleVersionError } from '@avp/store'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './env.ts'
import { HttpError } from './http-error.ts'

/** The error body every failing route returns. */
export interface ErrorBody {
  readonly error: {
    readonly code: string
    readonly message: string
    readonly issues?: readonly Issue[]
    readonly [extra: string]: unknown
  }
}

function message(language: Language, code: string, fallback: string): string {
  const key = `server.errors.${code}`
  return hasMessage(key) ? translate(language, key as MessageKey) : fallback
}

function classify(error: unknown): {
  status: ContentfulStatusCode
  code: string
  message: string
  issues?: readonly Issue[]
  extra?: Readonly<Record<string, unknown>>
  headers?: Readonly<Record<string, string>>
} {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
      extra: error.extra,
      headers: error.headers,
    }
  }
  if (error instanceof StaleVersionError) return { status: 409, code: error.code, message: error.message }
  if (error instanceof ConflictError) return { status: 409, code: error.code, message: error.message }
  if (error instanceof NotFoundError) return { status: 404, code: error.code, message: error.message }
  if (error instanceof UserError)
    return { status: 400, code: error.code, message: error.message, issues: error.issues }
  if (error instanceof HTTPException) {
    // Hono's own: malformed JSON (400), and anything a built-in middleware throws.
    const code =
      error.status === 400 ? 'malformed_body' : error.status === 413 ? 'body_too_large' : 'http_error'
    return { status: error.status as ContentfulStatusCode, code, message: error.message }
  }
  return { status: 500, code: 'internal', message: 'internal error; the server log has the details' }
}

/**
 * The app's `onError`: logs server faults, answers every error in the same shape.
 * @example
 * app.onError(errorHandler)
 */
export function errorHandler(error: Error, c: Context<AppEnv>): Response {
  const { status, code, message: fallback, issues, extra, headers } = classify(error)
  const language = c.get('language') ?? 'en'
  if (status >= 500) c.get('deps')?.logger.error({ err: error, path: c.req.path }, 'request failed')
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value)
  const body: ErrorBody = {
    error: { ...extra, code, message: message(language, code, fallback), ...(issues ? { issues } : {}) },
  }
  return c.json(body, status)
}

/** The answer for a path no route has. */
export function notFoundHandler(c: Context<AppEnv>): Response {
  return errorHandler(new HttpError(404, 'route_not_found', `no route for ${c.req.method} ${c.req.path}`), c)
}
