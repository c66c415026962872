/**
 * @module commands/report
 * `avp report plan.yaml --out report.html|report.md`: writes the venture's report.
 */
import { extname } from 'node:path'
import { translate } from '@avp/core'
import { renderReport } from '@avp/report'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'
import { writeOrFail } from '../write-file.ts'

export async function runReport(
  file: string,
  options: { out: string },
  { io, language }: CommandContext,
): Promise<number> {
  const extension = extname(options.out).toLowerCase()
  const format =
    extension === '.html' || extension === '.htm' ? 'html' : extension === '.md' ? 'markdown' : undefined
  if (format === undefined) {
    throw new CliError(
      [translate(language, 'cli.reportBadExtension', { file: options.out })],
      exitCodes.badInput,
    )
  }
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const text = renderReport(plan, analysis, { format, language })
  await writeOrFail(io, options.out, text, language)
  io.stdout(
    `${translate(language, 'cli.reportWritten', { file: options.out, bytes: Buffer.byteLength(text) })}\n`,
  )
  return exitCodes.ok
}
