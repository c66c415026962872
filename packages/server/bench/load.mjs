// Load bench for the server, against loopback only and bounded in time (about 30 s in all):
//   1. reading a venture's analysis with autocannon (target: >= 1,000 req/s, p99 < 50 ms on SQLite);
//   2. 50 clients saving the same venture at once, each retrying on 409 with the newer version:
//      no update may be lost (every accepted save is a version; every refused one got 409).
// Runs the built server (`npm run bench:server` builds first) in a child process on a fresh SQLite
// folder, or on PostgreSQL when DATABASE_URL is set.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { parse } from 'yaml'

const readSeconds = Number(process.env.BENCH_READ_SECONDS ?? 10)
const saveSeconds = Number(process.env.BENCH_SAVE_SECONDS ?? 10)
const savers = 50
// BENCH_GZIP=0 reads the analysis uncompressed (about 40 kB a response instead of about 6 kB).
const gzip = process.env.BENCH_GZIP !== '0'

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

const dataDir = mkdtempSync(join(tmpdir(), 'avp-bench-'))
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, [new URL('../dist/main.js', import.meta.url).pathname], {
  env: {
    ...process.env,
    AVP_PORT: String(port),
    AVP_HOST: '127.0.0.1',
    AVP_DATA_DIR: dataDir,
    AVP_LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
})
// CPU seconds the server process has used (Linux /proc), so the figures can be read on a busy machine:
// requests per CPU-second is what the server would sustain on one core of its own.
const serverCpuSeconds = () => {
  const file = `/proc/${server.pid}/stat`
  if (!existsSync(file)) return Number.NaN
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const stop = () => {
  server.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}

try {
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    if (attempt > 100) throw new Error('the server did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const health = await (await fetch(`${base}/api/v1/health`)).json()

  // A user with a workspace and the demo venture.
  const signUp = await fetch(`${base}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@example.com',
      password: 'correct horse battery',
      displayName: 'Bench',
    }),
  })
  const cookie = /avp_session=[^;]+/.exec(signUp.headers.get('set-cookie'))[0]
  const { csrfToken } = await signUp.json()
  const headers = { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' }
  const post = (path, body, extra = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) })
  const plan = parse(readFileSync(new URL('../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8'))
  const workspace = await (await post('/api/v1/workspaces', { name: 'Bench' })).json()
  const venture = await (
    await post(`/api/v1/workspaces/${workspace.id}/ventures`, { name: 'Qiming', plan, message: 'v1' })
  ).json()
  const ventureUrl = `/api/v1/workspaces/${workspace.id}/ventures/${venture.id}`

  // 1. Reads of the analysis.
  const cpuBefore = serverCpuSeconds()
  const read = await autocannon({
    url: `${base}${ventureUrl}/versions/1/analysis`,
    connections: 16,
    duration: readSeconds,
    // As a browser sends it: the server keeps each version's analysis gzipped once.
    headers: { Cookie: cookie, ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}) },
  })
  const cpuUsed = serverCpuSeconds() - cpuBefore
  const readOk = read.non2xx === 0 && read.errors === 0
  process.stdout.write(
    `machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end of the read phase\n`,
  )
  process.stdout.write(
    `analysis reads (${health.database}): ${Math.round(read.requests.average)} req/s average, ` +
      `p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms, ${read.requests.total} requests, ` +
      `${read.non2xx} non-2xx, ${read.errors} errors over ${readSeconds} s with 16 connections (${gzip ? 'gzip' : 'identity'})\n` +
      `  server CPU: ${cpuUsed.toFixed(2)} s for ${read.requests.total} requests = ` +
      `${((cpuUsed * 1000) / read.requests.total).toFixed(2)} ms per request, ` +
      `${Math.round(read.requests.total / cpuUsed)} requests per CPU-second\n`,
  )

  // 2. Concurrent savers on one venture.
  const deadline = Date.now() + saveSeconds * 1000
  const accepted = []
  let refused = 0
  let unexpected = 0
  const saver = async (index) => {
    let basedOn = 1
    while (Date.now() < deadline) {
      const response = await post(
        `${ventureUrl}/versions`,
        { plan: { ...plan, asOf: '2026-11-28' }, message: `saver ${index} on ${basedOn}` },
        { 'If-Match': `"${basedOn}"` },
      )
      const body = await response.json()
      if (response.status === 201) {
        accepted.push({ number: body.number, message: `saver ${index} on ${basedOn}` })
        basedOn = body.number
      } else if (response.status === 409) {
        refused++
        basedOn = body.error.latest.number // merge against the newer version, then try again
      } else {
        unexpected++
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: savers }, (_, index) => saver(index)))
  const seconds = (performance.now() - started) / 1000
  const versions = (await (await fetch(`${base}${ventureUrl}/versions`, { headers })).json()).versions
  const byNumber = new Map(versions.map((version) => [version.number, version.message]))
  const lost = accepted.filter((save) => byNumber.get(save.number) !== save.message)
  const contiguous = versions.every((version, index) => version.number === versions.length - index)
  const savesOk =
    lost.length === 0 && unexpected === 0 && versions.length === accepted.length + 1 && contiguous
  process.stdout.write(
    `concurrent saves: ${savers} clients for ${seconds.toFixed(1)} s: ${accepted.length} accepted, ${refused} refused with 409, ` +
      `${unexpected} other; ${versions.length} versions stored (1 + accepted: ${versions.length === accepted.length + 1}), ` +
      `${lost.length} lost updates, numbers contiguous: ${contiguous}\n`,
  )
  const targetsMet = read.requests.average >= 1000 && read.latency.p99 < 50
  process.stdout.write(
    `targets: reads >= 1000 req/s and p99 < 50 ms: ${targetsMet ? 'met' : 'NOT met'}; no lost update: ${savesOk ? 'yes' : 'NO'}\n`,
  )
  process.exitCode = readOk && savesOk ? 0 : 1
} finally {
  stop()
}
