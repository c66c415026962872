/**
 * @module pages/FinancePage
 * Finance: cash by month with and without the planned rounds, revenue by business model, the cap table.
 */
import { type Analysis, hasMessage, translate } from '@avp/core'
import { useMemo } from 'react'
import { useUi } from '../app/context.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatMoney, formatMonth, formatNumber, formatPercent } from '../format/format.ts'

export default function FinancePage({ analysis }: { analysis: Analysis }) {
  const { t, language, money } = useUi()
  const finance = (analysis as Partial<Analysis>).finance
  const rate = money.usdExchangeRate
  const cashOption = useMemo(
    () =>
      finance && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 80, right: 16, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: analysis.months },
        yAxis: { type: 'value', name: money.currency },
        series: [
          {
            type: 'line',
            showSymbol: false,
            name: t('finance.withRounds'),
            data: finance.monthly.cashUsd.map((usd) => Math.round(usd * rate)),
          },
          {
            type: 'line',
            showSymbol: false,
            name: t('finance.withoutRounds'),
            lineStyle: { type: 'dashed' },
            data: finance.monthly.cashWithoutRoundsUsd.map((usd) => Math.round(usd * rate)),
          },
        ],
      },
    [finance, analysis.months, rate, money.currency, t],
  )
  const revenueOption = useMemo(
    () =>
      finance && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 80, right: 16, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: analysis.months },
        yAxis: { type: 'value', name: money.currency },
        series: Object.entries(finance.revenueByModelUsd).map(([model, values]) => ({
          type: 'bar',
          stack: 'revenue',
          name: hasMessage(`report.revenueModels.${model}`)
            ? translate(language, `report.revenueModels.${model}` as never)
            : model,
          data: (values ?? []).map((usd) => Math.round(usd * rate)),
        })),
      },
    [finance, analysis.months, rate, money.currency, language],
  )
  if (!finance || !cashOption || !revenueOption) return <p>{t('finance.notPresent')}</p>
  const facts: Array<[string, string]> = [
    [t('dashboard.cash'), formatMoney(language, finance.cashUsd, money)],
    [t('dashboard.monthlyBurn'), formatMoney(language, finance.monthlyBurnUsd, money)],
    [
      t('dashboard.runway'),
      finance.runwayMonths === null
        ? t('dashboard.noRunOut')
        : t('dashboard.runwayMonths', { months: formatNumber(language, finance.runwayMonths, 1) }),
    ],
    [
      t('finance.lowestCash'),
      `${formatMoney(language, finance.lowestCashUsd, money)} (${formatMonth(language, finance.lowestCashMonth)})`,
    ],
    [
      t('dashboard.grossMargin'),
      finance.grossMarginPct === null
        ? t('common.none')
        : formatPercent(language, finance.grossMarginPct / 100),
    ],
    [
      t('finance.burnMultiple'),
      finance.burnMultiple === null ? t('common.none') : formatNumber(language, finance.burnMultiple, 2),
    ],
    [
      t('finance.breakeven'),
      finance.breakevenMonths === null
        ? t('common.none')
        : t('dashboard.runwayMonths', { months: formatNumber(language, finance.breakevenMonths, 0) }),
    ],
  ]
  return (
    <>
      <h1>{t('nav.finance')}</h1>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('finance.cashCurve')}</h2>
      <EChart option={cashOption} label={t('finance.cashCurve')} />
      <h2>{t('finance.revenueByModel')}</h2>
      <EChart option={revenueOption} label={t('finance.revenueByModel')} />
      {finance.capTable ? (
        <section aria-labelledby="cap-heading">
          <h2 id="cap-heading">{t('finance.capTable')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('finance.holder')}</th>
                  <th scope="col">{t('finance.shares')}</th>
                  <th scope="col">{t('finance.ownership')}</th>
                </tr>
              </thead>
              <tbody>
                {finance.capTable.holders.map((holder) => (
                  <tr key={holder.holder}>
                    <th scope="row">{holder.holder}</th>
                    <td className="number">{formatNumber(language, holder.shares)}</td>
                    <td className="number">{formatPercent(language, holder.ownershipPct / 100)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  )
}
