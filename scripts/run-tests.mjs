// Runs the whole test suite (every package) and ends with the line CI reads: `N passed, N failed`.
// Extra arguments go to vitest (e.g. `npm test -- packages/core`). Exits non-zero on any failure and
// when no test ran at all.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const resultsFile = '.test-results/vitest.json'
mkdirSync('.test-results', { recursive: true })
rmSync(resultsFile, { force: true })
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
)
let results
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'))
} catch {
  process.stdout.write('0 passed, 0 failed\n')
  process.stderr.write('vitest wrote no results: it did not run\n')
  process.exit(run.status || 1)
}
const {
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: todo,
} = results
const skippedText = skipped + todo > 0 ? `, ${skipped + todo} skipped` : ''
process.stdout.write(`\n${passed} passed, ${failed} failed${skippedText}\n`)
if (passed + failed === 0) {
  process.stderr.write('no test ran\n')
  process.exit(1)
}
process.exit(failed > 0 || run.status !== 0 ? 1 : 0)
