import { existsSync } from 'node:fs'
import { examplePlan, testDialects } from '@avp/store/test-support'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { body, openTestApp, type TestApp, TestClient, testConfig } from '../test-support/test-app.ts'

describe.each(testDialects())('venture and version routes on %s', (dialect) => {
  let t: TestApp
  let owner: TestClient
  let ventureUrl: string
  let workspaceId: string
  beforeEach(async () => {
    t = await openTestApp(dialect)
    owner = await new TestClient(t.app, 'owner@example.com').signUp('Owner')
    workspaceId = (await body(await owner.request('POST', '/api/v1/workspaces', { json: { name: 'W' } }))).id
    const created = await owner.request('POST', `/api/v1/workspaces/${workspaceId}/ventures`, {
      json: { name: 'Qiming', plan: examplePlan(), message: 'first' },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('ETag')).toBe('"1"')
    ventureUrl = `/api/v1/workspaces/${workspaceId}/ventures/${(await body(created)).id}`
  })
  afterEach(async () => {
    await t.dispose()
  })

  const save = (plan: unknown, ifMatch?: string) =>
    owner.request('POST', `${ventureUrl}/versions`, {
      json: { plan, message: 'edit' },
      ...(ifMatch === undefined ? {} : { headers: { 'If-Match': ifMatch } }),
    })

  describe('POST …/versions', () => {
    it('returns 201 with version 2 and its ETag when based on the latest', async () => {
      const response = await save({ ...examplePlan(), asOf: '2026-12-01' }, '"1"')
      expect(response.status).toBe(201)
      expect(response.headers.get('ETag')).toBe('"2"')
      expect(await body(response)).toMatchObject({ number: 2, basedOn: 1, authorEmail: 'owner@example.com' })
    })

    it('returns 409 with the newer version for a stale save', async () => {
      await save({ ...examplePlan(), asOf: '2026-12-01' }, '"1"')
      const stale = await save({ ...examplePlan(), asOf: '2026-12-02' }, '"1"')
      expect(stale.status).toBe(409)
      const error = (await body(stale)).error
      expect(error.code).toBe('stale_version')
      expect(error.latest.number).toBe(2)
      expect(error.latest.plan.asOf).toBe('2026-12-01')
      const versions = await body(await owner.request('GET', `${ventureUrl}/versions`))
      expect(versions.versions.map((version: { number: number }) => version.number)).toEqual([2, 1])
    })

    it('returns 428 without If-Match', async () => {
      expect((await save(examplePlan())).status).toBe(428)
    })

    it('returns 400 with the path of every problem for an invalid plan, and saves nothing', async () => {
      const plan = {
        ...examplePlan(),
        asOf: 'yesterday',
        company: { ...(examplePlan().company as object), stag: 'seed' },
      }
      const response = await save(plan, '"1"')
      expect(response.status).toBe(400)
      const error = (await body(response)).error
      expect(error.code).toBe('invalid_plan')
      const paths = error.issues.map((issue: { path: unknown[] }) => issue.path)
      expect(paths).toContainEqual(['plan', 'asOf'])
      expect(paths).toContainEqual(['plan', 'company', 'stag'])
      const versions = await body(await owner.request('GET', `${ventureUrl}/versions`))
      expect(versions.versions).toHaveLength(1)
    })
  })

  describe('GET …/versions/:number/diff', () => {
    it('returns the changed paths between two versions', async () => {
      await save({ ...examplePlan(), asOf: '2026-12-01' }, '"1"')
      const diff = await body(await owner.request('GET', `${ventureUrl}/versions/2/diff?against=1`))
      expect(diff).toEqual({
        from: 1,
        to: 2,
        changes: [{ path: ['asOf'], kind: 'changed', before: '2026-11-28', after: '2026-12-01' }],
      })
    })
  })

  describe('GET …/versions/:number/analysis and …/report', () => {
    it('returns the analysis JSON, the Markdown and HTML reports, and 501 for PDF without Chromium', async () => {
      const analysis = await body(await owner.request('GET', `${ventureUrl}/versions/1/analysis`))
      expect(analysis.company.name).toBe('Qiming Intelligence')
      const gzipped = await owner.request('GET', `${ventureUrl}/versions/1/analysis`, {
        headers: { 'Accept-Encoding': 'gzip' },
      })
      expect(gzipped.headers.get('Content-Encoding')).toBe('gzip')
      const { gunzipSync } = await import('node:zlib')
      const unzipped = JSON.parse(gunzipSync(new Uint8Array(await gzipped.arrayBuffer())).toString('utf8'))
      expect(unzipped).toEqual(analysis)
      const etag = gzipped.headers.get('ETag')!
      const revalidated = await owner.request('GET', `${ventureUrl}/versions/1/analysis`, {
        headers: { 'If-None-Match': etag },
      })
      expect(revalidated.status).toBe(304)
      const markdown = await owner.request(
        'GET',
        `${ventureUrl}/versions/1/report?format=markdown&lang=zh-CN`,
      )
      expect(markdown.headers.get('Content-Type')).toContain('text/markdown')
      expect(await markdown.text()).toContain('Qiming')
      const html = await owner.request('GET', `${ventureUrl}/versions/1/report?format=html`)
      expect((await html.text()).startsWith('<!doctype html>')).toBe(true)
      const pdf = await owner.request('GET', `${ventureUrl}/versions/1/report?format=pdf`)
      expect(pdf.status).toBe(501)
      expect((await body(pdf)).error.code).toBe('pdf_unavailable')
    })

    it.runIf(existsSync('/usr/bin/chromium'))(
      'returns an A4 PDF printed by Chromium when it is installed',
      async () => {
        const withChromium = createApp({
          store: t.test.store,
          logger: pino({ level: 'silent' }),
          config: { ...testConfig, chromiumPath: '/usr/bin/chromium' },
        })
        const pdf = await withChromium.request(`${ventureUrl}/versions/1/report?format=pdf&lang=zh-CN`, {
          headers: { Cookie: owner.cookie! },
        })
        expect(pdf.status).toBe(200)
        expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
        const bytes = Buffer.from(await pdf.arrayBuffer())
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
        // A4 is 595 × 842 points (ISO 216: 210 × 297 mm at 72 points per inch).
        expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/)
      },
      90_000,
    )

    it('returns 404 for a version that does not exist', async () => {
      expect((await owner.request('GET', `${ventureUrl}/versions/9/analysis`)).status).toBe(404)
    })
  })

  describe('GET …/export and POST /workspaces/import', () => {
    it('round-trips a workspace exactly: export, import, export gives the same YAML', async () => {
      await save({ ...examplePlan(), asOf: '2026-12-01' }, '"1"')
      await owner.request('POST', `${ventureUrl}/bias-uploads`, {
        json: { fileName: 'outcomes.csv', content: 'group,predicted,actual\n女,1,1\nmale,0,1\n' },
      })
      const exported = await (await owner.request('GET', `/api/v1/workspaces/${workspaceId}/export`)).text()
      const imported = await owner.request('POST', '/api/v1/workspaces/import', {
        body: exported,
        headers: { 'Content-Type': 'application/yaml' },
      })
      expect(imported.status).toBe(201)
      const copyId = (await body(imported)).id
      const again = await (await owner.request('GET', `/api/v1/workspaces/${copyId}/export`)).text()
      expect(again).toBe(exported)
    })

    it('returns 400 with paths for a bundle that breaks its format', async () => {
      const response = await owner.request('POST', '/api/v1/workspaces/import', {
        body: 'bundleFormat: avp-workspace\nbundleVersion: 1\nworkspace: {}\nventures: []\n',
        headers: { 'Content-Type': 'application/yaml' },
      })
      expect(response.status).toBe(400)
      expect((await body(response)).error.issues[0].path).toEqual(['bundle', 'workspace', 'name'])
    })
  })

  describe('GET /api/v1/workspaces/:id/audit', () => {
    it('returns who changed what, newest first', async () => {
      await save({ ...examplePlan(), asOf: '2026-12-01' }, '"1"')
      const audit = await body(await owner.request('GET', `/api/v1/workspaces/${workspaceId}/audit`))
      const actions = audit.entries.map((entry: { action: string }) => entry.action)
      expect(actions).toEqual(expect.arrayContaining(['workspace.create', 'venture.create', 'version.save']))
      expect(
        audit.entries.every((entry: { actorEmail: string }) => entry.actorEmail === 'owner@example.com'),
      ).toBe(true)
    })
  })
})
