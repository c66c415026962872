/**
 * Fault test: the built server, in a child process, is killed with SIGKILL in the middle of a stream of
 * saves. On restart every acknowledged save is there and SQLite's integrity check passes.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkIntegrity, listVersions, openStore } from '@avp/store'
import { examplePlan } from '@avp/store/test-support'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, TestClient } from './test-support/test-app.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    env: { PATH: process.env.PATH, AVP_PORT: String(port), AVP_DATA_DIR: dataDir, AVP_LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 300; attempt++) {
    if (
      await fetch(`${url}/api/v1/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { child, url }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error('the server did not start')
}

describe('SIGKILL during a stream of saves', () => {
  beforeAll(() => {
    // The child runs the built server; bring the build up to date (incremental, fast when current).
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/server'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    expect(build.status, build.stdout + build.stderr).toBe(0)
  }, 120_000)

  it('restarts with every acknowledged save present and the database passing its integrity check', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'avp-crash-'))
    const first = await startChild(dataDir)
    const client = await new TestClient(first.url, 'ada@example.com').signUp()
    const workspace = await body(await client.request('POST', '/api/v1/workspaces', { json: { name: 'W' } }))
    const venture = await body(
      await client.request('POST', `/api/v1/workspaces/${workspace.id}/ventures`, {
        json: { name: 'Qiming', plan: examplePlan() },
      }),
    )
    const ventureUrl = `/api/v1/workspaces/${workspace.id}/ventures/${venture.id}`
    // Listen for the exit before killing: the child may be gone before the in-flight save settles.
    const exited = new Promise((resolve) => first.child.once('exit', resolve))
    const acknowledged: number[] = [1]
    let inFlight: Promise<unknown> | undefined
    for (let index = 0; index < 40; index++) {
      const basedOn = acknowledged.at(-1)!
      const save = client.request('POST', `${ventureUrl}/versions`, {
        json: { plan: { ...examplePlan(), asOf: '2026-11-28' }, message: `save ${index}` },
        headers: { 'If-Match': `"${basedOn}"` },
      })
      if (index === 6) {
        // Kill while this save is on its way: it may or may not commit, but it was never acknowledged.
        inFlight = save.catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, 15))
        first.child.kill('SIGKILL')
        break
      }
      const response = await save
      expect(response.status).toBe(201)
      acknowledged.push((await body(response)).number)
    }
    await inFlight
    await exited

    const store = await openStore({ dataDir })
    expect(await checkIntegrity(store)).toBe('ok')
    const numbers = (await listVersions(store.db, venture.id)).map((version) => version.number)
    expect(numbers).toEqual(expect.arrayContaining(acknowledged))
    await store.close()

    const second = await startChild(dataDir)
    try {
      const signedIn = new TestClient(second.url, 'ada@example.com')
      expect((await signedIn.signIn()).status).toBe(200)
      const versions = await body(await signedIn.request('GET', `${ventureUrl}/versions`))
      const served = versions.versions.map((version: { number: number }) => version.number)
      expect(served).toEqual(expect.arrayContaining(acknowledged))
    } finally {
      second.child.kill('SIGTERM')
    }
  }, 120_000)
})
