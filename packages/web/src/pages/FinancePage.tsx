/**
 * @module pages/FinancePage
 * Finance: cash by month with and without the planned rounds and the Monte Carlo P10–P90 band (run in
 * the engines worker, with progress), revenue by business model, the cap table with ownership by round,
 * and the exit waterfall (payout per holder against exit value).
 */
import { type Analysis, hasMessage, translate, type VenturePlan } from '@avp/core'
import { useMemo } from 'react'
import { financeSimulationRuns, webSimulationSeed } from '../analysis/engine-runs.ts'
import { useUi } from '../app/context.ts'
import { useEngineRun } from '../app/use-engine-run.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatMoney, formatMonth, formatNumber, formatPercent } from '../format/format.ts'
import { holderName } from '../format/holder-name.ts'
import { CapTableCharts } from './CapTableCharts.tsx'

export default function FinancePage({ analysis, plan }: { analysis: Analysis; plan: VenturePlan | null }) {
  const { t, language, money } = useUi()
  const finance = (analysis as Partial<Analysis>).finance
  const rate = money.usdExchangeRate
  const simulation = useEngineRun('finance', plan)
  const capTable = useEngineRun('capTable', plan)
  const band = simulation.result
  const bandOption = useMemo(
    () =>
      band && {
        tooltip: {
          trigger: 'axis',
          // The P90 series is stacked on P10 (the band's height), so the tooltip reads the quantiles
          // themselves rather than the series values.
          formatter: (points: ReadonlyArray<{ dataIndex: number }>) => {
            const index = points[0]?.dataIndex ?? 0
            const line = (name: string, usd: number | undefined) =>
              usd === undefined ? '' : `${name}: ${formatMoney(language, usd, money)}<br/>`
            return `${band.months[index] ?? ''}<br/>${line(t('finance.p90'), band.cashP90Usd[index])}${line(
              t('finance.p50'),
              band.cashP50Usd[index],
            )}${line(t('finance.p10'), band.cashP10Usd[index])}${line(
              t('finance.baseCase'),
              finance?.monthly.cashUsd[index],
            )}`
          },
        },
        legend: { top: 0 },
        grid: { left: 80, right: 16, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: band.months },
        yAxis: { type: 'value', name: money.currency },
        series: [
          {
            type: 'line',
            name: t('finance.p10'),
            stack: 'band',
            stackStrategy: 'all',
            showSymbol: false,
            lineStyle: { opacity: 0 },
            data: band.cashP10Usd.map((usd) => Math.round(usd * rate)),
          },
          {
            // Stacked on P10, so the shaded area runs from P10 up to P90.
            type: 'line',
            name: t('finance.p90'),
            stack: 'band',
            stackStrategy: 'all',
            showSymbol: false,
            lineStyle: { opacity: 0 },
            areaStyle: { opacity: 0.25 },
            data: band.cashP90Usd.map((usd, index) => Math.round((usd - band.cashP10Usd[index]!) * rate)),
          },
          {
            type: 'line',
            name: t('finance.p50'),
            showSymbol: false,
            data: band.cashP50Usd.map((usd) => Math.round(usd * rate)),
          },
          {
            type: 'line',
            name: t('finance.baseCase'),
            showSymbol: false,
            lineStyle: { type: 'dashed' },
            data: finance?.monthly.cashUsd.map((usd) => Math.round(usd * rate)) ?? [],
          },
        ],
      },
    [band, finance, rate, money, language, t],
  )
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
      <section aria-labelledby="band-heading" data-testid="cash-band">
        <h2 id="band-heading">
          {t('finance.band', {
            runs: formatNumber(language, financeSimulationRuns),
            seed: webSimulationSeed,
          })}
        </h2>
        {simulation.error ? (
          <p role="alert">{t('finance.engineFailed', { detail: simulation.error })}</p>
        ) : bandOption && band ? (
          <>
            <EChart option={bandOption} label={t('finance.band', { runs: band.runs, seed: band.seed })} />
            <ul>
              <li>
                {t('finance.runsOut', {
                  pct: formatPercent(language, band.probabilityRunsOutBeforeNextRound),
                })}
              </li>
              {band.probabilityNextRoundCloses === null ? null : (
                <li>
                  {t('finance.roundCloses', {
                    pct: formatPercent(language, band.probabilityNextRoundCloses),
                  })}
                </li>
              )}
            </ul>
          </>
        ) : (
          <p role="status">
            <progress
              max={simulation.progress?.total ?? financeSimulationRuns}
              value={simulation.progress?.done ?? 0}
              aria-label={t('finance.band', { runs: financeSimulationRuns, seed: webSimulationSeed })}
            />{' '}
            {t('finance.simulating', {
              done: formatNumber(language, simulation.progress?.done ?? 0),
              total: formatNumber(language, simulation.progress?.total ?? financeSimulationRuns),
            })}
          </p>
        )}
      </section>
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
                    <th scope="row">{holderName(t, holder.holder)}</th>
                    <td className="number">{formatNumber(language, holder.shares)}</td>
                    <td className="number">{formatPercent(language, holder.ownershipPct / 100)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <CapTableCharts state={capTable} />
    </>
  )
}
