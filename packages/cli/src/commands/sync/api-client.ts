/**
 * @module commands/sync/api-client
 * A small client of the server's JSON API for `avp push` and `avp pull`: signs in with the account in
 * AVP_EMAIL / AVP_PASSWORD (never a command-line argument, which `ps` would show), keeps the session
 * cookie and sends the CSRF token on writes.
 */

/** A failed API call: the HTTP status and the server's error body. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly body: Record<string, unknown>

  constructor(status: number, code: string, message: string, body: Record<string, unknown>) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.body = body
  }
}

export interface ApiSession {
  readonly call: <T>(
    method: string,
    path: string,
    options?: { body?: unknown; ifMatch?: number },
  ) => Promise<T>
}

async function parse(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text()
  if (text === '') return {}
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return { error: { code: 'not_json', message: text.slice(0, 200) } }
  }
}

function failure(response: Response, body: Record<string, unknown>): ApiError {
  const error = (body.error ?? {}) as { code?: string; message?: string }
  return new ApiError(
    response.status,
    error.code ?? `http_${response.status}`,
    error.message ?? response.statusText,
    body,
  )
}

/** Signs in to `serverUrl` and returns a session that makes authenticated calls under `/api/v1`. */
export async function signIn(serverUrl: string, email: string, password: string): Promise<ApiSession> {
  const base = `${serverUrl.replace(/\/+$/, '')}/api/v1`
  const response = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(serverUrl).origin },
    body: JSON.stringify({ email, password }),
  })
  const body = await parse(response)
  if (!response.ok) throw failure(response, body)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const csrfToken = String(body.csrfToken ?? '')
  return {
    async call<T>(
      method: string,
      path: string,
      options: { body?: unknown; ifMatch?: number } = {},
    ): Promise<T> {
      const headers: Record<string, string> = {
        cookie,
        origin: new URL(serverUrl).origin,
        'x-csrf-token': csrfToken,
      }
      if (options.body !== undefined) headers['content-type'] = 'application/json'
      if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`
      const reply = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      })
      const data = await parse(reply)
      if (!reply.ok) throw failure(reply, data)
      return data as T
    },
  }
}
