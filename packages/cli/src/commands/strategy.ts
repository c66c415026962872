/**
 * @module commands/strategy
 * `avp strategy plan.yaml [--json]`: the strategy workspace of a plan — market size, competition,
 * readiness scorecard, plan completeness and OKR grades, team needs, sustainability and expansion — as
 * Markdown, or the analysis' `strategy` section as JSON.
 */
import { translate } from '@avp/core'
import { type Block, renderMarkdown, strategyBlocks } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runStrategy(
  file: string,
  options: { json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  if (options.json) {
    io.stdout(`${JSON.stringify(analysis.strategy, null, 2)}\n`)
    return exitCodes.ok
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: translate(language, 'report.strategy') },
    ...strategyBlocks(plan, analysis, language),
  ]
  io.stdout(renderMarkdown({ language, title: analysis.company.name, blocks }))
  return exitCodes.ok
}
