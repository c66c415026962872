// `npm run bench:cli`: how fast the `avp` command answers, measured the way hyperfine does it — one warm-up
// run, then 10 timed runs of the whole process, reporting the median with min and max — and its peak
// memory (median of 3 runs, from getrusage). Targets from issues 12 and 19: `avp check` on an example and
// `avp compute train` answer in at most 0.2 s wall and 60 MiB. A bare `node -e 0` is measured beside them
// as the floor. Results also go to .test-results/cli-bench.json. Builds the bundle first when missing.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const avp = join(root, 'packages/cli/bin/avp.js')
const runs = Number(process.env.AVP_BENCH_RUNS ?? 10)
const targetMs = 200
const targetMiB = 60

const cases = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], floor: true },
  { name: 'avp --version', args: [avp, '--version'] },
  { name: 'avp check examples/llm-api-cn-eu.yaml', args: [avp, 'check', 'examples/llm-api-cn-eu.yaml'] },
  {
    name: 'avp compute train --preset llama3-70b --tokens 2e12 --gpu h100-sxm --gpus 1024',
    args: [
      avp,
      'compute',
      'train',
      '--preset',
      'llama3-70b',
      '--tokens',
      '2e12',
      '--gpu',
      'h100-sxm',
      '--gpus',
      '1024',
    ],
  },
]

if (!existsSync(join(root, 'packages/cli/bundle/main.js'))) {
  spawnSync(process.execPath, [join(root, 'scripts/bundle-cli.mjs')], { stdio: 'inherit' })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function once(args, env = {}) {
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return ms
}

const scratch = mkdtempSync(join(tmpdir(), 'avp-bench-'))
const rssFile = join(scratch, 'rss')
const preload = join(root, 'scripts/bench/max-rss.mjs')
const results = []
for (const entry of cases) {
  once(entry.args) // warm-up: the file system cache, as hyperfine's --warmup 1
  const times = Array.from({ length: runs }, () => once(entry.args))
  const memory = Array.from({ length: 3 }, () => {
    once(['--import', preload, ...entry.args], { AVP_BENCH_RSS_FILE: rssFile })
    return Number(readFileSync(rssFile, 'utf8')) / 1024
  })
  results.push({
    command: entry.name,
    runs,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    peakMiB: median(memory),
    floor: entry.floor === true,
  })
}
rmSync(scratch, { recursive: true, force: true })

const pad = (text, width) => String(text).padStart(width)
process.stdout.write(
  `avp start-up, ${runs} runs each after one warm-up (targets: ≤ ${targetMs} ms median, ≤ ${targetMiB} MiB)\n`,
)
process.stdout.write(
  `${'median ms'.padStart(10)}${'min'.padStart(8)}${'max'.padStart(8)}${'MiB'.padStart(7)}  command\n`,
)
for (const result of results) {
  const verdict = result.floor
    ? ''
    : result.medianMs <= targetMs && result.peakMiB <= targetMiB
      ? '  ✓'
      : '  over target'
  process.stdout.write(
    `${pad(result.medianMs.toFixed(0), 10)}${pad(result.minMs.toFixed(0), 8)}${pad(result.maxMs.toFixed(0), 8)}${pad(result.peakMiB.toFixed(1), 7)}  ${result.command}${verdict}\n`,
  )
}
mkdirSync(join(root, '.test-results'), { recursive: true })
writeFileSync(
  join(root, '.test-results/cli-bench.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, targetMs, targetMiB, results }, null, 2)}\n`,
)
