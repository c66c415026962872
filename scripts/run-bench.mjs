// `npm run bench`: runs the vitest benchmarks, then prints each one's median with min and max in
// milliseconds, and for benchmarks registered with `benchAgainst` the other tool's figure, its source and
// the ratio (theirs ÷ ours: ≥ 1 means we are at least as fast). Extra arguments go to vitest.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const results = '.test-results/bench.json'
const comparisons = '.test-results/bench-comparisons'
mkdirSync('.test-results', { recursive: true })
rmSync(results, { force: true })
rmSync(comparisons, { recursive: true, force: true })
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'bench', '--run', `--outputJson=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
if (!existsSync(results)) {
  process.stderr.write('vitest wrote no benchmark results\n')
  process.exit(run.status || 1)
}
const others = new Map()
if (existsSync(comparisons)) {
  for (const file of readdirSync(comparisons)) {
    const figure = JSON.parse(readFileSync(join(comparisons, file), 'utf8'))
    others.set(figure.name, figure)
  }
}
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3))
const rows = []
for (const file of JSON.parse(readFileSync(results, 'utf8')).files) {
  for (const group of file.groups) {
    for (const benchmark of group.benchmarks) {
      const other = others.get(benchmark.name)
      rows.push({
        name: benchmark.name,
        median: ms(benchmark.median),
        range: `${ms(benchmark.min)}–${ms(benchmark.max)}`,
        samples: String(benchmark.sampleCount),
        other: other === undefined ? '' : `${other.tool}: ${ms(other.milliseconds)}`,
        ratio: other === undefined ? '' : `${(other.milliseconds / benchmark.median).toFixed(2)}×`,
        source: other === undefined ? '' : `${other.source} (${other.measuredOn})`,
      })
    }
  }
}
const headers = {
  name: 'benchmark',
  median: 'median ms',
  range: 'min–max ms',
  samples: 'runs',
  other: 'other tool ms',
  ratio: 'ratio',
  source: 'source of the other figure',
}
const columns = Object.keys(headers)
const widths = columns.map((column) =>
  Math.max(headers[column].length, ...rows.map((row) => row[column].length)),
)
const line = (row) =>
  columns
    .map((column, index) => row[column].padEnd(widths[index]))
    .join('  ')
    .trimEnd()
process.stdout.write(`\n${line(headers)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`)
for (const row of rows) process.stdout.write(`${line(row)}\n`)
process.exit(run.status ?? 1)
