/**
 * @module test-support/test-app
 * An app over a fresh test store (SQLite, or PostgreSQL when `DATABASE_URL` is set), and a small client
 * that keeps a session cookie and its CSRF token like a browser would.
 */
import type { Dialect } from '@avp/store'
import { openTestStore, type TestStore } from '@avp/store/test-support'
import type { Hono } from 'hono'
import pino from 'pino'
import { createApp } from '../app.ts'
import { serverConfigSchema } from '../config.ts'
import type { AppDeps, AppEnv } from '../env.ts'

export const testConfig = serverConfigSchema.parse({
  logLevel: 'silent',
  chromiumPath: '/nonexistent/chromium',
})

export interface TestApp {
  readonly app: Hono<AppEnv>
  readonly test: TestStore
  readonly dispose: () => Promise<void>
}

/** A silent app with cheap password hashing (2^10) over an empty store. */
export async function openTestApp(dialect: Dialect, overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const test = await openTestStore(dialect)
  const app = createApp({
    store: test.store,
    logger: pino({ level: 'silent' }),
    config: testConfig,
    scryptCost: 2 ** 10,
    ...overrides,
  })
  return { app, test, dispose: () => test.dispose() }
}

export interface RequestOptions {
  readonly json?: unknown
  readonly body?: string
  readonly headers?: Record<string, string>
}

/** Requests through `app.request()` (or `fetch` against a base URL) with the session of one person. */
export class TestClient {
  cookie: string | undefined
  csrfToken: string | undefined
  userId: string | undefined

  constructor(
    private readonly target: Hono<AppEnv> | string,
    readonly email = `user-${Math.random().toString(36).slice(2)}@example.com`,
  ) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers }
    if (this.cookie) headers.Cookie = this.cookie
    if (this.csrfToken && method !== 'GET') headers['X-CSRF-Token'] ??= this.csrfToken
    let body = options.body
    if (options.json !== undefined) {
      body = JSON.stringify(options.json)
      headers['Content-Type'] ??= 'application/json'
    }
    const init: RequestInit = { method, headers, ...(body === undefined ? {} : { body }) }
    const response =
      typeof this.target === 'string'
        ? await fetch(`${this.target}${path}`, init)
        : await this.target.request(`http://localhost${path}`, init)
    const setCookie = response.headers.get('Set-Cookie')
    const session = setCookie ? /avp_session=([^;]*)/.exec(setCookie) : null
    if (session) this.cookie = session[1] ? `avp_session=${session[1]}` : undefined
    return response
  }

  /** Signs up with a fixed test password and keeps the session. */
  async signUp(displayName = 'Test User'): Promise<this> {
    const response = await this.request('POST', '/api/v1/auth/sign-up', {
      json: { email: this.email, password: 'correct horse battery', displayName },
    })
    if (response.status !== 201)
      throw new Error(`sign-up failed: ${response.status} ${await response.text()}`)
    const body = (await response.json()) as { user: { id: string }; csrfToken: string }
    this.csrfToken = body.csrfToken
    this.userId = body.user.id
    return this
  }

  async signIn(password = 'correct horse battery'): Promise<Response> {
    const response = await this.request('POST', '/api/v1/auth/sign-in', {
      json: { email: this.email, password },
    })
    if (response.status === 200) {
      const body = (await response.clone().json()) as { csrfToken: string }
      this.csrfToken = body.csrfToken
    }
    return response
  }
}

/** Reads a JSON body as a loose object for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: assertions walk response bodies freely
export async function body(response: Response): Promise<any> {
  return response.json()
}
