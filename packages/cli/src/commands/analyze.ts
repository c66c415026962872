/**
 * @module commands/analyze
 * `avp analyze plan.yaml [--json]`: every figure the engines compute, as JSON for scripts or as a
 * readable summary.
 */
import { renderReport } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runAnalyze(
  file: string,
  options: { json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  io.stdout(
    options.json
      ? `${JSON.stringify(analysis, null, 2)}\n`
      : renderReport(plan, analysis, { format: 'markdown', language }),
  )
  return exitCodes.ok
}
