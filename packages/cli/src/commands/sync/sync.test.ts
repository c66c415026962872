import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type RunningServer, startServer } from '@avp/server'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../../test-support.ts'
import { syncStateFile } from './sync-state.ts'

const example = readFileSync(new URL('../../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const account = { email: 'founder@example.com', password: 'correct horse battery', displayName: 'Founder' }

let server: RunningServer
let env: Record<string, string>

beforeAll(async () => {
  // A real server on a loopback port over its own SQLite file; DATABASE_URL is not passed on.
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: temporaryFolder(),
    env: {},
    seed: false,
    webDistDir: null,
    logger: pino({ level: 'silent' }),
  })
  const response = await fetch(`${server.url}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(account),
  })
  expect(response.status).toBe(201)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const workspace = await fetch(`${server.url}/api/v1/workspaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'Qiming' }),
  })
  expect(workspace.status).toBe(201)
  env = { AVP_SERVER: server.url, AVP_EMAIL: account.email, AVP_PASSWORD: account.password }
}, 60_000)

afterAll(async () => {
  await server?.close()
})

function planFile(text = example): string {
  const file = join(temporaryFolder(), 'plan.yaml')
  writeFileSync(file, text)
  return file
}

describe('avp push and avp pull', () => {
  it('creates the venture on the first push, then pulls it back as the same plan', async () => {
    const file = planFile()
    const push = await runAvp(['push', file, '--venture', 'Qiming API'], env)
    expect(push.stderr).toBe('')
    expect(push.exitCode).toBe(0)
    expect(push.stdout).toContain('as version 1')
    expect(JSON.parse(readFileSync(syncStateFile(file), 'utf8'))).toMatchObject({ version: 1 })

    const copy = join(temporaryFolder(), 'copy.yaml')
    expect((await runAvp(['pull', '--venture', 'Qiming API', '--out', copy], env)).exitCode).toBe(0)
    const original = JSON.parse((await runAvp(['analyze', file, '--json'])).stdout)
    const pulled = JSON.parse((await runAvp(['analyze', copy, '--json'])).stdout)
    expect(pulled).toEqual(original)
  })

  it('refuses a push based on an older version (exit 1) and keeps the newer save', async () => {
    const first = planFile()
    await runAvp(['push', first, '--venture', 'Stale test'], env)
    const second = join(temporaryFolder(), 'plan.yaml')
    await runAvp(['pull', '--venture', 'Stale test', '--out', second], env)
    writeFileSync(second, readFileSync(second, 'utf8').replace('cashUsd: 21500000', 'cashUsd: 21000000'))
    expect((await runAvp(['push', second, '--venture', 'Stale test', '-m', 'new cash'], env)).exitCode).toBe(
      0,
    )

    writeFileSync(first, readFileSync(first, 'utf8').replace('cashUsd: 21500000', 'cashUsd: 25000000'))
    const stale = await runAvp(['push', first, '--venture', 'Stale test'], env)
    expect(stale.exitCode).toBe(1)
    expect(stale.stderr).toMatch(/Refused: "Stale test" has version 2 by founder@example.com/)
  })

  it('never overwrites local edits on pull without --force', async () => {
    const file = planFile()
    await runAvp(['push', file, '--venture', 'Local edits'], env)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# my unsaved note\n`)
    const pull = await runAvp(['pull', '--venture', 'Local edits', '--out', file], env)
    expect(pull.exitCode).toBe(2)
    expect(readFileSync(file, 'utf8')).toContain('# my unsaved note')
    expect((await runAvp(['pull', '--venture', 'Local edits', '--out', file, '--force'], env)).exitCode).toBe(
      0,
    )
  })

  describe('edge cases', () => {
    it('checks the plan locally before any network call', async () => {
      const run = await runAvp(
        ['push', planFile(example.replace('gpus: 512', 'gpus: -8')), '--venture', 'x'],
        env,
      )
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('models[0].training.gpus: expected a positive integer, got -8')
    })
    it('asks for the account in the environment, in Chinese too', async () => {
      const run = await runAvp(['push', planFile(), '--venture', 'x', '--lang', 'zh'], {
        AVP_SERVER: server.url,
      })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('AVP_EMAIL')
      expect(run.stderr).toContain('环境变量')
    })
    it('explains a wrong password', async () => {
      const run = await runAvp(['pull', '--venture', 'x'], { ...env, AVP_PASSWORD: 'wrong password!' })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(/cannot sign in to http:\/\/[\w.]+:\d+: wrong email or password/i)
    })
    it('refuses to push over an existing venture the file was not pulled from', async () => {
      await runAvp(['push', planFile(), '--venture', 'Taken'], env)
      const run = await runAvp(['push', planFile(), '--venture', 'Taken'], env)
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('run avp pull first')
    })
  })
})
