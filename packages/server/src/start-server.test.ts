import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePlan, openTestStore, testDialects } from '@avp/store/test-support'
import { serve } from '@hono/node-server'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { startServer } from './start-server.ts'
import { body, TestClient, testConfig } from './test-support/test-app.ts'

const silent = pino({ level: 'silent' })

describe('startServer (over a real socket, SQLite)', () => {
  it('creates the database on first start, seeds the demo venture, and keeps everything on a second start', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'avp-serve-')), 'data')
    const first = await startServer({ port: 0, dataDir, env: {}, logger: silent, webDistDir: null })
    expect(first.url).toMatch(/^http:\/\/localhost:\d+$/)
    const home = await fetch(`${first.url}/`)
    const page = await home.text()
    expect(page).toContain('Qiming Intelligence')
    expect(page).toContain('报告（中文）')
    const reportLink = /href="([^"]+lang=en)"/.exec(page)![1]!.replaceAll('&amp;', '&')
    const report = await fetch(`${first.url}${reportLink}`)
    expect(report.status).toBe(200)
    expect(await report.text()).toContain('Qiming Intelligence')
    await new TestClient(first.url, 'ada@example.com').signUp()
    // Shut down while a slow request (a report) is in flight: it still completes.
    const inFlight = fetch(`${first.url}${reportLink}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await first.close()
    expect((await inFlight).status).toBe(200)

    const second = await startServer({ port: 0, dataDir, env: {}, logger: silent, webDistDir: null })
    const ventures = (await second.store.db.selectFrom('ventures').selectAll().execute()).map(
      (each) => each.name,
    )
    expect(ventures).toEqual(['Qiming Intelligence'])
    expect((await new TestClient(second.url, 'ada@example.com').signIn()).status).toBe(200)
    await second.close()
  })
})

describe.runIf(testDialects().includes('postgres'))('two server instances on one PostgreSQL database', () => {
  it('serves through one instance a save made through the other', async () => {
    const test = await openTestStore('postgres')
    const otherStore = await test.openAnother()
    const servers = [test.store, otherStore].map((store) =>
      serve({
        fetch: createApp({ store, logger: silent, config: testConfig, scryptCost: 1024 }).fetch,
        port: 0,
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [urlA, urlB] = servers.map(
      (server) => `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    )
    try {
      const viaA = await new TestClient(urlA!, 'ada@example.com').signUp()
      const workspace = await body(
        await viaA.request('POST', '/api/v1/workspaces', { json: { name: 'Shared' } }),
      )
      const venture = await body(
        await viaA.request('POST', `/api/v1/workspaces/${workspace.id}/ventures`, {
          json: { name: 'Qiming', plan: examplePlan() },
        }),
      )
      const ventureUrl = `/api/v1/workspaces/${workspace.id}/ventures/${venture.id}`
      const saved = await viaA.request('POST', `${ventureUrl}/versions`, {
        json: { plan: { ...examplePlan(), asOf: '2026-12-24' }, message: 'via A' },
        headers: { 'If-Match': '"1"' },
      })
      expect(saved.status).toBe(201)
      // The session made on A works on B: sessions live in the database, not in a server's memory.
      const viaB = new TestClient(urlB!, 'ada@example.com')
      viaB.cookie = viaA.cookie
      viaB.csrfToken = viaA.csrfToken
      const read = await body(await viaB.request('GET', `${ventureUrl}/versions/2`))
      expect(read).toMatchObject({ number: 2, message: 'via A', plan: { asOf: '2026-12-24' } })
      const stale = await viaB.request('POST', `${ventureUrl}/versions`, {
        json: { plan: examplePlan(), message: 'via B, stale' },
        headers: { 'If-Match': '"1"' },
      })
      expect(stale.status).toBe(409)
    } finally {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
      await test.dispose()
    }
  })
})
