/**
 * @module commands/risks-compare
 * `avp risks compare old.yaml new.yaml`: how the register's scores changed between two versions of a plan
 * (e.g. two commits of a plan kept in git), as text or JSON.
 */
import { basename } from 'node:path'
import { compareRiskRegisters, type RiskScoreChange, translate } from '@avp/core'
import { formatNumber } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan } from '../plan-file.ts'

const changeKey = {
  added: 'risk.cli.compareAdded',
  removed: 'risk.cli.compareRemoved',
  changed: 'risk.cli.compareChanged',
  unchanged: 'risk.cli.compareUnchanged',
} as const

function changeLine(change: RiskScoreChange, context: CommandContext): string {
  const { language } = context
  const score = (before: number | null, after: number | null) => `${before ?? '—'} → ${after ?? '—'}`
  const loss =
    change.residualExpectedLossChangeUsd === null || change.residualExpectedLossChangeUsd === 0
      ? ''
      : `; ${translate(language, 'risk.cli.compareLossChange', {
          change: `${change.residualExpectedLossChangeUsd > 0 ? '+' : ''}$${formatNumber(change.residualExpectedLossChangeUsd, language, 0)}`,
        })}`
  return `  ${translate(language, changeKey[change.change]).padEnd(9)} ${change.title}: ${score(change.inherentBefore, change.inherentAfter)} / ${score(change.residualBefore, change.residualAfter)} (${change.bandBefore ?? '—'} → ${change.bandAfter ?? '—'})${loss}`
}

export async function runRisksCompare(
  beforeFile: string,
  afterFile: string,
  options: { json?: boolean },
  context: CommandContext,
): Promise<number> {
  const before = await loadPlan(beforeFile, context.io, context.language)
  const after = await loadPlan(afterFile, context.io, context.language)
  const changes = compareRiskRegisters(before.analysis.risks, after.analysis.risks)
  if (options.json) {
    context.io.stdout(`${JSON.stringify(changes, null, 2)}\n`)
    return exitCodes.ok
  }
  const heading = translate(context.language, 'risk.cli.compareHeading', {
    before: basename(beforeFile),
    after: basename(afterFile),
  })
  context.io.stdout(`${heading}\n`)
  const moved = changes.filter((change) => change.change !== 'unchanged')
  if (moved.length === 0) context.io.stdout(`  ${translate(context.language, 'risk.cli.compareNone')}\n`)
  for (const change of moved) context.io.stdout(`${changeLine(change, context)}\n`)
  return exitCodes.ok
}
