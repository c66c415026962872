/**
 * @module sections/finance-section
 * The report's finance section: cash, burn, runway (with and without the planned rounds), default alive and
 * unit economics; the cash curve and revenue by business model; the cap table after the planned rounds.
 */
import { type Analysis, type Language, type MessageKey, translate } from '@avp/core'
import { cashChart, revenueByModelChart } from '../charts/finance-charts.ts'
import type { Block } from '../document.ts'
import { formatMoney, formatNumber } from '../format.ts'

type Params = Parameters<typeof translate>[2]

/** The finance blocks of the report. */
export function financeSection(analysis: Analysis, language: Language): Block[] {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  const f = analysis.finance
  const money = (usd: number | null) => (usd === null ? '—' : formatMoney(usd, analysis.company, language))
  const pct = (value: number | null) => (value === null ? '—' : `${formatNumber(value, language, 1)} %`)
  const runway = (months: number | null, month: string | null) =>
    months === null
      ? t('finance.text.notWithinHorizon', { months: analysis.months.length })
      : t('finance.text.runwayValue', { months: formatNumber(months, language, 1), month: month ?? '' })
  const alive =
    f.breakevenMonths === null
      ? t('finance.text.aliveNever')
      : t(f.defaultAlive === true ? 'finance.text.aliveYes' : 'finance.text.aliveNeedsMore', {
          months: formatNumber(f.breakevenMonths, language, 1),
          capital: money(f.capitalNeededUsd),
        })
  const u = f.unitEconomics
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t('finance.report.section') },
    { kind: 'paragraph', text: t('finance.text.baseCase') },
    {
      kind: 'figures',
      items: [
        { label: t('finance.text.cash'), value: money(f.cashUsd) },
        { label: t('finance.text.monthlyBurn'), value: money(f.monthlyBurnUsd) },
        { label: t('finance.text.runway'), value: runway(f.runwayMonths, f.runsOutInMonth) },
        {
          label: t('finance.text.runwayWithoutRounds'),
          value: runway(f.runwayWithoutRoundsMonths, f.runsOutWithoutRoundsInMonth),
        },
        { label: t('finance.text.defaultAlive'), value: alive },
        { label: t('finance.text.grossMargin'), value: pct(f.grossMarginPct) },
        {
          label: t('finance.text.burnMultiple'),
          value: `${f.burnMultiple === null ? '—' : formatNumber(f.burnMultiple, language, 2)} (${t(`finance.bands.${f.burnMultipleBand}`)})`,
        },
      ],
    },
    cashChart(analysis, language),
    revenueByModelChart(analysis, language),
    { kind: 'heading', level: 3, text: t('finance.text.unitEconomics', { month: u.month }) },
    {
      kind: 'table',
      header: [
        t('finance.text.arr'),
        t('finance.text.arpa'),
        t('finance.text.ltv'),
        t('finance.text.cac'),
        t('finance.text.payback'),
        t('finance.text.nrr'),
        t('finance.text.ruleOf40'),
      ],
      rows: [
        [
          money(u.arrUsd),
          money(u.arpaMonthlyUsd),
          money(u.ltvUsd),
          money(u.cacUsd),
          u.paybackMonths === null ? '—' : formatNumber(u.paybackMonths, language, 1),
          pct(u.netRevenueRetentionPct),
          pct(u.ruleOf40Pct),
        ],
      ],
      numericColumns: [0, 1, 2, 3, 4, 5, 6],
    },
    { kind: 'paragraph', text: `${t('finance.text.ruleOf40')}: ${t('finance.text.ruleOf40Definition')}` },
  ]
  if (f.capTable !== null) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('finance.report.capTable') },
      {
        kind: 'table',
        header: [t('finance.text.holder'), t('finance.text.shares'), t('finance.text.ownership')],
        rows: f.capTable.holders.map((holder) => [
          holder.holder,
          formatNumber(holder.shares, language, 0),
          `${formatNumber(holder.ownershipPct, language, 2)} %`,
        ]),
        numericColumns: [1, 2],
      },
    )
    if (f.capTable.rounds.length > 0)
      blocks.push({
        kind: 'list',
        items: f.capTable.rounds.map(
          (round) => `${round.name}: ${t('finance.text.pricePerShare')} $${round.pricePerShareUsd}`,
        ),
      })
  }
  if (f.notes.length > 0)
    blocks.push({
      kind: 'list',
      items: f.notes.map((note) =>
        translate(language, `finance.notes.${note.code}` as MessageKey, note.params),
      ),
    })
  return blocks
}
