/**
 * @module commands/check
 * `avp check plan.yaml`: validates a plan and evaluates its key risk indicators. Exit 0 when valid and no
 * indicator is red, 1 when one is red, 2 when the plan is invalid — so a plan kept in git can fail CI.
 */
import { basename } from 'node:path'
import { formatNumber, type IndicatorResult, type Language, translate } from '@avp/core'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

const marks: Record<IndicatorResult['status'], string> = { ok: '✓', amber: '!', red: '✗', undefined: '?' }

function indicatorLine(indicator: IndicatorResult, language: Language): string {
  const value = indicator.value === null ? '—' : formatNumber(indicator.value, language, 1)
  const sign = indicator.warnWhen === 'below' ? '<' : '>'
  const thresholds = [
    indicator.amber === null
      ? undefined
      : `${translate(language, 'cli.status.amber')} ${sign} ${formatNumber(indicator.amber, language, 1)}`,
    `${translate(language, 'cli.status.red')} ${sign} ${formatNumber(indicator.red, language, 1)}`,
  ].filter((text) => text !== undefined)
  const status = translate(language, `cli.status.${indicator.status}`)
  const reason = indicator.undefinedReason === null ? '' : ` — ${indicator.undefinedReason}`
  return `  ${marks[indicator.status]} ${status.padEnd(9)} ${indicator.title}: ${value} (${thresholds.join(', ')})${reason}`
}

export async function runCheck(
  file: string,
  options: { json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const red = analysis.indicators.filter((indicator) => indicator.status === 'red')
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ valid: true, indicators: analysis.indicators, warnings: analysis.warnings }, null, 2)}\n`,
    )
  } else {
    const summary = translate(language, 'cli.checkValid', {
      file: basename(file),
      products: plan.products.length,
      models: plan.models.length,
      people: analysis.team.headcount,
      indicators: analysis.indicators.length,
    })
    io.stdout(`✓ ${summary}\n`)
    for (const indicator of analysis.indicators) io.stdout(`${indicatorLine(indicator, language)}\n`)
    for (const warning of analysis.warnings.filter((entry) => entry.contingencyPlan.length > 0)) {
      io.stdout(
        `    ${translate(language, 'report.contingency')} (${warning.title}): ${warning.contingencyPlan.join('; ')}\n`,
      )
    }
    if (red.length > 0) io.stderr(`${translate(language, 'cli.checkRed', { count: red.length })}\n`)
  }
  return red.length > 0 ? exitCodes.checkFailed : exitCodes.ok
}
