/**
 * @module test-support/bench-against
 * A benchmark beside the figure another tool achieved on the same task: `benchAgainst` registers the vitest
 * bench and records the other tool's figure (with its source, machine and date) where `npm run bench`
 * (scripts/run-bench.mjs) finds it, to print our median, min and max beside it and the ratio.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bench } from 'vitest'

/** What the other tool did on the same task, as measured and published. */
export interface OtherToolFigure {
  /** The tool and mode, e.g. `pandas 2.2 (read_csv + groupby)`. */
  readonly tool: string
  /** Its time for the same task in milliseconds (whole process or in-process, as `task` says). */
  readonly milliseconds: number
  /** Where the figure comes from: who measured it, how, on what machine. */
  readonly source: string
  /** When it was measured (`YYYY-MM-DD`). */
  readonly measuredOn: string
}

const folder = join(process.cwd(), '.test-results', 'bench-comparisons')

/** Registers `fn` as a vitest bench named `name` and records the other tool's figure for the report. */
export function benchAgainst(
  name: string,
  other: OtherToolFigure,
  fn: () => void | Promise<void>,
  options?: Parameters<typeof bench>[2],
): void {
  mkdirSync(folder, { recursive: true })
  const file = `${name.replace(/[^\w-]+/g, '_').slice(0, 120)}.json`
  writeFileSync(join(folder, file), `${JSON.stringify({ name, ...other }, null, 2)}\n`)
  bench(name, fn, options)
}
