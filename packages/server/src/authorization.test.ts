/**
 * The authorization walk: every route the app has, called as an anonymous visitor, as a signed-in
 * outsider and as a viewer of a private workspace. A route added without an entry in `routeTable`
 * fails the first test, so no route escapes the walk.
 */
import { examplePlan, testDialects } from '@avp/store/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { body, openTestApp, type TestApp, TestClient } from './test-support/test-app.ts'

type Access = 'public' | 'authenticated' | 'viewer' | 'editor' | 'owner'

interface RouteCase {
  readonly access: Access
  readonly query?: string
  readonly json?: () => unknown
  readonly body?: () => string
  readonly headers?: Record<string, string>
}

const base = '/api/v1/workspaces/:workspaceId'
const venture = `${base}/ventures/:ventureId`
const uniqueEmail = () => `new-${Math.random().toString(36).slice(2)}@example.com`

/** Every route with the least access it needs and a valid request for it. */
const routeTable: Record<string, RouteCase> = {
  'GET /': { access: 'public' },
  'GET /favicon.svg': { access: 'public' },
  'GET /favicon.ico': { access: 'public' },
  'GET /api/v1/health': { access: 'public' },
  'GET /api/v1/openapi.json': { access: 'public' },
  'POST /api/v1/auth/sign-up': {
    access: 'public',
    json: () => ({ email: uniqueEmail(), password: 'correct horse battery', displayName: 'New' }),
  },
  'POST /api/v1/auth/sign-in': {
    access: 'public',
    json: () => ({ email: 'nobody@example.com', password: 'x' }),
  },
  'POST /api/v1/auth/sign-out': { access: 'authenticated' },
  'GET /api/v1/auth/session': { access: 'authenticated' },
  'GET /api/v1/workspaces': { access: 'authenticated' },
  'POST /api/v1/workspaces': { access: 'authenticated', json: () => ({ name: 'Another' }) },
  'POST /api/v1/workspaces/import': { access: 'authenticated', body: () => bundleText },
  [`GET ${base}`]: { access: 'viewer' },
  [`GET ${base}/members`]: { access: 'viewer' },
  [`POST ${base}/members`]: {
    access: 'owner',
    json: () => ({ email: 'viewer@example.com', role: 'editor' }),
  },
  [`PATCH ${base}/members/:userId`]: { access: 'owner', json: () => ({ role: 'editor' }) },
  [`DELETE ${base}/members/:userId`]: { access: 'owner' },
  [`GET ${base}/audit`]: { access: 'viewer' },
  [`GET ${base}/export`]: { access: 'viewer' },
  [`GET ${base}/ventures`]: { access: 'viewer' },
  [`POST ${base}/ventures`]: { access: 'editor', json: () => ({ name: 'Second', plan: examplePlan() }) },
  [`GET ${venture}`]: { access: 'viewer' },
  [`GET ${venture}/versions`]: { access: 'viewer' },
  [`POST ${venture}/versions`]: {
    access: 'editor',
    json: () => ({ plan: examplePlan(), message: 'x' }),
    headers: { 'If-Match': '"1"' },
  },
  [`GET ${venture}/versions/:number`]: { access: 'viewer' },
  [`GET ${venture}/versions/:number/diff`]: { access: 'viewer', query: '?against=1' },
  [`GET ${venture}/versions/:number/analysis`]: { access: 'viewer' },
  [`GET ${venture}/versions/:number/report`]: { access: 'viewer', query: '?format=markdown' },
  [`GET ${venture}/bias-uploads`]: { access: 'viewer' },
  [`POST ${venture}/bias-uploads`]: {
    access: 'editor',
    json: () => ({ fileName: 'a.csv', content: 'group,y\na,1\n' }),
  },
  [`GET ${venture}/bias-uploads/:uploadId`]: { access: 'viewer' },
}

let bundleText = ''

describe.each(testDialects())('authorization walk on %s', (dialect) => {
  let t: TestApp
  let owner: TestClient
  let viewer: TestClient
  let outsider: TestClient
  const ids: Record<string, string> = { number: '1' }

  beforeAll(async () => {
    t = await openTestApp(dialect)
    owner = await new TestClient(t.app, 'owner@example.com').signUp('Owner')
    viewer = await new TestClient(t.app, 'viewer@example.com').signUp('Viewer')
    outsider = await new TestClient(t.app, 'outsider@example.com').signUp('Outsider')
    const workspace = await body(
      await owner.request('POST', '/api/v1/workspaces', { json: { name: 'Private' } }),
    )
    ids.workspaceId = workspace.id
    await owner.request('POST', `/api/v1/workspaces/${workspace.id}/members`, {
      json: { email: 'viewer@example.com', role: 'viewer' },
    })
    ids.userId = viewer.userId!
    const created = await owner.request('POST', `/api/v1/workspaces/${workspace.id}/ventures`, {
      json: { name: 'Qiming', plan: examplePlan() },
    })
    ids.ventureId = (await body(created)).id
    const upload = await owner.request(
      'POST',
      `/api/v1/workspaces/${ids.workspaceId}/ventures/${ids.ventureId}/bias-uploads`,
      {
        json: { fileName: 'b.csv', content: 'group,y\nb,0\n' },
      },
    )
    ids.uploadId = (await body(upload)).id
    bundleText = await (await owner.request('GET', `/api/v1/workspaces/${ids.workspaceId}/export`)).text()
    expect(bundleText).toContain('bundleFormat: avp-workspace')
  })
  afterAll(async () => {
    await t.dispose()
  })

  function appRoutes(): string[] {
    const seen = t.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`)
    return [...new Set(seen)].sort()
  }

  async function call(client: TestClient, route: string): Promise<Response> {
    const [method, pattern] = route.split(' ') as [string, string]
    const spec = routeTable[route]!
    const path =
      pattern.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? `missing-${name}`) + (spec.query ?? '')
    const response = await client.request(method, path, {
      ...(spec.json ? { json: spec.json() } : {}),
      ...(spec.body
        ? { body: spec.body(), headers: { 'Content-Type': 'application/yaml', ...spec.headers } }
        : {}),
      ...(spec.headers && !spec.body ? { headers: spec.headers } : {}),
    })
    // Signing out ends the session; sign back in so the walk goes on as the same person.
    if (
      route === 'POST /api/v1/auth/sign-out' &&
      client.cookie === undefined &&
      client.userId !== undefined
    ) {
      await client.signIn()
    }
    return response
  }

  it('has an entry for every route of the app, and no entry for a route that is gone', () => {
    expect(appRoutes()).toEqual(Object.keys(routeTable).sort())
  })

  it('answers 401 to an anonymous visitor on every route that is not public', async () => {
    for (const route of appRoutes()) {
      // A fresh visitor each time: signing up or in would give a reused one a session.
      const response = await call(new TestClient(t.app), route)
      const code =
        response.status === 401 ? ((await response.json()) as { error: { code: string } }).error.code : ''
      const refused = response.status === 401 && code === 'unauthenticated'
      expect({ route, refused }).toEqual({ route, refused: routeTable[route]!.access !== 'public' })
    }
  })

  it('answers 404 to a signed-in outsider on every route of another workspace, revealing nothing', async () => {
    for (const route of appRoutes()) {
      const access = routeTable[route]!.access
      if (access === 'public' || access === 'authenticated') continue
      const response = await call(outsider, route)
      const text = await response.text()
      expect({ route, status: response.status }).toEqual({ route, status: 404 })
      expect(text).not.toContain('Qiming')
    }
  })

  it('lets a viewer read and answers 403 to every write', async () => {
    for (const route of appRoutes()) {
      const access = routeTable[route]!.access
      if (access === 'public' || access === 'authenticated') continue
      const response = await call(viewer, route)
      const expected = access === 'viewer' ? 200 : 403
      expect({ route, status: response.status }).toEqual({ route, status: expected })
    }
  })

  it('lets an anonymous visitor read a public workspace but not write to it', async () => {
    const store = t.test.store
    const anonymous = new TestClient(t.app)
    await store.db.updateTable('workspaces').set({ isPublic: 1 }).where('id', '=', ids.workspaceId!).execute()
    const read = await anonymous.request(
      'GET',
      `/api/v1/workspaces/${ids.workspaceId}/ventures/${ids.ventureId}`,
    )
    expect(read.status).toBe(200)
    const write = await anonymous.request('POST', `/api/v1/workspaces/${ids.workspaceId}/ventures`, {
      json: { name: 'Nope', plan: examplePlan() },
    })
    expect(write.status).toBe(401)
    const asOutsider = await outsider.request('POST', `/api/v1/workspaces/${ids.workspaceId}/ventures`, {
      json: { name: 'Nope', plan: examplePlan() },
    })
    expect(asOutsider.status).toBe(403)
    await store.db.updateTable('workspaces').set({ isPublic: 0 }).where('id', '=', ids.workspaceId!).execute()
  })
})
