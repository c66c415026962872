import { testDialects } from '@avp/store/test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, openTestApp, type TestApp, TestClient } from '../test-support/test-app.ts'
import { loginLimits } from './auth.ts'

describe.each(testDialects())('auth routes on %s', (dialect) => {
  let t: TestApp
  beforeEach(async () => {
    t = await openTestApp(dialect)
  })
  afterEach(async () => {
    await t.dispose()
  })

  describe('POST /api/v1/auth/sign-up', () => {
    it('returns the user and a CSRF token, and sets an HttpOnly SameSite=Lax session cookie', async () => {
      const response = await new TestClient(t.app).request('POST', '/api/v1/auth/sign-up', {
        json: { email: 'Ada@Example.com', password: 'correct horse battery', displayName: 'Ada' },
      })
      expect(response.status).toBe(201)
      const cookie = response.headers.get('Set-Cookie') ?? ''
      expect(cookie).toMatch(/avp_session=[\w-]{40,}/)
      expect(cookie).toContain('HttpOnly')
      expect(cookie).toContain('SameSite=Lax')
      const payload = await body(response)
      expect(payload.user.email).toBe('ada@example.com')
      expect(payload.csrfToken).toMatch(/^[\w-]{32}$/)
      expect(JSON.stringify(payload)).not.toContain('scrypt')
    })

    it('returns 409 for an email already registered', async () => {
      const client = await new TestClient(t.app, 'ada@example.com').signUp()
      const again = await new TestClient(t.app).request('POST', '/api/v1/auth/sign-up', {
        json: { email: 'ADA@example.com', password: 'another long one', displayName: 'Ada 2' },
      })
      expect(again.status).toBe(409)
      expect(client.userId).toBeTypeOf('string')
    })

    it('stores a scrypt hash, never the password', async () => {
      await new TestClient(t.app, 'ada@example.com').signUp()
      const row = await t.test.store.db.selectFrom('users').select('passwordHash').executeTakeFirstOrThrow()
      expect(row.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/)
      expect(row.passwordHash).not.toContain('correct horse')
    })
  })

  describe('POST /api/v1/auth/sign-in', () => {
    it('returns 200 for the right password and 401 for a wrong one', async () => {
      const client = await new TestClient(t.app, 'ada@example.com').signUp()
      expect((await client.signIn('wrong password!')).status).toBe(401)
      expect((await client.signIn()).status).toBe(200)
    })

    it(`returns 429 after ${loginLimits.perEmail} failures, counted in the database (a second app on the same store agrees)`, async () => {
      const client = await new TestClient(t.app, 'ada@example.com').signUp()
      for (let attempt = 0; attempt < loginLimits.perEmail; attempt++) {
        expect((await client.signIn('wrong password!')).status).toBe(401)
      }
      const limited = await client.signIn()
      expect(limited.status).toBe(429)
      expect(limited.headers.get('Retry-After')).toBe('900')
      const { createApp } = await import('../app.ts')
      const { testConfig } = await import('../test-support/test-app.ts')
      const pino = (await import('pino')).default
      const second = createApp({ store: t.test.store, logger: pino({ level: 'silent' }), config: testConfig })
      expect((await new TestClient(second, 'ada@example.com').signIn()).status).toBe(429)
    })
  })

  describe('CSRF defence', () => {
    it('returns 403 for a write with the session cookie but without the X-CSRF-Token header', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', {
        json: { name: 'W' },
        headers: { 'X-CSRF-Token': 'forged' },
      })
      expect(response.status).toBe(403)
      expect((await body(response)).error.code).toBe('csrf_token')
    })

    it('returns 403 for a write from another origin, even with the token', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', {
        json: { name: 'W' },
        headers: { Origin: 'https://evil.example' },
      })
      expect(response.status).toBe(403)
      expect((await body(response)).error.code).toBe('csrf_origin')
    })

    it('accepts a same-origin write with the token', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', {
        json: { name: 'W' },
        headers: { Origin: 'http://localhost' },
      })
      expect(response.status).toBe(201)
    })
  })

  describe('POST /api/v1/auth/sign-out', () => {
    it('returns 204 and the session no longer works', async () => {
      const client = await new TestClient(t.app).signUp()
      const cookie = client.cookie
      expect((await client.request('POST', '/api/v1/auth/sign-out')).status).toBe(204)
      const stale = await t.app.request('/api/v1/auth/session', { headers: { Cookie: cookie! } })
      expect(stale.status).toBe(401)
    })
  })
})
