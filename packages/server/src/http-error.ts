/**
 * @module http-error
 * An error that knows its HTTP status. Handlers throw it; the one `onError` turns it into
 * `{error:{code,message,issues?}}`.
 */
import { AvpError, type Issue } from '@avp/core'

export class HttpError extends AvpError {
  readonly kind = 'user' as const
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 428 | 429 | 501
  readonly issues: readonly Issue[]
  /** Extra fields for the error body (e.g. the newest version on a 409). */
  readonly extra: Readonly<Record<string, unknown>>
  readonly headers: Readonly<Record<string, string>>

  /**
   * @example
   * throw new HttpError(404, 'venture_not_found', 'no such venture')
   */
  constructor(
    status: HttpError['status'],
    code: string,
    message: string,
    options: {
      issues?: readonly Issue[]
      extra?: Record<string, unknown>
      headers?: Record<string, string>
    } = {},
  ) {
    super(code, message)
    this.status = status
    this.issues = options.issues ?? []
    this.extra = options.extra ?? {}
    this.headers = options.headers ?? {}
  }
}
