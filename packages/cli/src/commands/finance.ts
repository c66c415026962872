/**
 * @module commands/finance
 * `avp finance plan.yaml [--json]`: the monthly projection's answers — cash, burn, runway (with and without
 * the planned rounds), default alive and unit economics — as text, or the analysis' `finance` section as JSON.
 */
import { type Analysis, type Language, translate } from '@avp/core'
import { formatNumber } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { moneyText, pctText, twoColumns } from '../finance/cli-finance-support.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

function runwayText(
  months: number | null,
  month: string | null,
  horizon: number,
  language: Language,
): string {
  return months === null
    ? translate(language, 'finance.text.notWithinHorizon', { months: horizon })
    : translate(language, 'finance.text.runwayValue', {
        months: formatNumber(months, language, 1),
        month: month ?? '',
      })
}

/** The finance summary as text lines. */
export function financeText(analysis: Analysis, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const f = analysis.finance
  const money = (usd: number | null) => moneyText(usd, analysis, language)
  const horizon = analysis.months.length
  const alive =
    f.breakevenMonths === null
      ? t('finance.text.aliveNever')
      : t(f.defaultAlive === true ? 'finance.text.aliveYes' : 'finance.text.aliveNeedsMore', {
          months: formatNumber(f.breakevenMonths, language, 1),
          capital: money(f.capitalNeededUsd),
        })
  const u = f.unitEconomics
  const lines = [
    t('finance.text.title', { name: analysis.company.name }),
    t('finance.text.baseCase'),
    '',
    twoColumns([
      [t('finance.text.cash'), money(f.cashUsd)],
      [t('finance.text.grossBurn'), money(f.grossBurnUsd)],
      [t('finance.text.monthlyBurn'), money(f.monthlyBurnUsd)],
      [t('finance.text.runway'), runwayText(f.runwayMonths, f.runsOutInMonth, horizon, language)],
      [
        t('finance.text.runwayWithoutRounds'),
        runwayText(f.runwayWithoutRoundsMonths, f.runsOutWithoutRoundsInMonth, horizon, language),
      ],
      [
        t('finance.text.lowestCash'),
        t('finance.text.lowestCashValue', { amount: money(f.lowestCashUsd), month: f.lowestCashMonth }),
      ],
      [t('finance.text.defaultAlive'), alive],
    ]),
    '',
    t('finance.text.unitEconomics', { month: u.month }),
    twoColumns([
      [t('finance.text.arr'), money(u.arrUsd)],
      [t('finance.text.grossMargin'), pctText(u.grossMarginPct, language)],
      [t('finance.text.arpa'), money(u.arpaMonthlyUsd)],
      [t('finance.text.ltv'), money(u.ltvUsd)],
      [t('finance.text.cac'), money(u.cacUsd)],
      [
        t('finance.text.payback'),
        u.paybackMonths === null
          ? '—'
          : t('finance.text.paybackValue', { months: formatNumber(u.paybackMonths, language, 1) }),
      ],
      [t('finance.text.grr'), pctText(u.grossRevenueRetentionPct, language)],
      [t('finance.text.nrr'), pctText(u.netRevenueRetentionPct, language)],
      [
        t('finance.text.burnMultiple'),
        `${u.burnMultiple === null ? '—' : formatNumber(u.burnMultiple, language, 2)} (${t(`finance.bands.${u.burnMultipleBand}`)})`,
      ],
      [
        t('finance.text.ruleOf40'),
        `${pctText(u.ruleOf40Pct, language)} — ${t('finance.text.ruleOf40Definition')}`,
      ],
    ]),
  ]
  if (f.notes.length > 0) {
    lines.push('', `${t('finance.text.notes')}:`)
    for (const note of f.notes) {
      const key = `finance.notes.${note.code}` as Parameters<typeof translate>[1]
      lines.push(`  - ${translate(language, key, note.params)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

export async function runFinance(
  file: string,
  options: { json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  io.stdout(
    options.json
      ? `${JSON.stringify({ months: analysis.months, ...analysis.finance }, null, 2)}\n`
      : financeText(analysis, language),
  )
  return exitCodes.ok
}
