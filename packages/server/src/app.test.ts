import { testDialects } from '@avp/store/test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, openTestApp, type TestApp, TestClient } from './test-support/test-app.ts'

describe.each(testDialects())('createApp on %s', (dialect) => {
  let t: TestApp
  beforeEach(async () => {
    t = await openTestApp(dialect)
  })
  afterEach(async () => {
    await t.dispose()
  })

  describe('GET /api/v1/health', () => {
    it('returns ok and the database dialect, with security headers', async () => {
      const response = await t.app.request('/api/v1/health')
      expect(response.status).toBe(200)
      expect(await body(response)).toEqual({ status: 'ok', database: dialect })
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    })
  })

  describe('GET /api/v1/openapi.json', () => {
    it('returns an OpenAPI 3.1 document listing every API route', async () => {
      const document = await body(await t.app.request('/api/v1/openapi.json'))
      expect(document.openapi).toBe('3.1.0')
      expect(document.servers).toEqual([{ url: '/api/v1' }])
      expect(document.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: 'avp_session' })
      const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) =>
        Object.keys(methods).map(
          (method) => `${method.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      )
      const routed = t.app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
        .map((route) => `${route.method} ${route.path}`)
        .filter((route) => route !== 'GET /api/v1/openapi.json')
      expect(new Set(documented)).toEqual(new Set(routed))
    })
  })

  describe('errors', () => {
    it('returns 404 with the error shape for an unknown route', async () => {
      const response = await t.app.request('/api/v1/nothing')
      expect(response.status).toBe(404)
      expect(await body(response)).toMatchObject({ error: { code: 'route_not_found' } })
    })

    it('returns 400 for malformed JSON, without a stack trace', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', {
        body: '{"name": ',
        headers: { 'Content-Type': 'application/json' },
      })
      expect(response.status).toBe(400)
      const text = await response.text()
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'malformed_body' } })
      expect(text).not.toMatch(/at .*\.ts:\d+/)
    })

    it('returns 400 with the path of each schema violation', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', { json: { name: 7 } })
      expect(response.status).toBe(400)
      const error = (await body(response)).error
      expect(error.code).toBe('invalid_request')
      expect(error.issues.map((issue: { path: unknown }) => issue.path)).toEqual([['json', 'name']])
    })

    it('returns 413 for a body over the limit', async () => {
      const client = await new TestClient(t.app).signUp()
      const response = await client.request('POST', '/api/v1/workspaces', {
        json: { name: 'x'.repeat(3 * 1024 * 1024) },
      })
      expect(response.status).toBe(413)
      expect(await body(response)).toMatchObject({ error: { code: 'body_too_large' } })
    })

    it('returns the message in Chinese when asked', async () => {
      const response = await t.app.request('/api/v1/workspaces', { headers: { 'Accept-Language': 'zh-CN' } })
      expect(response.status).toBe(401)
      expect((await body(response)).error.message).toBe('请先登录。')
    })
  })
})
