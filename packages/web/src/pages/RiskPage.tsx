/**
 * @module pages/RiskPage
 * Risk: the key risk indicators with their thresholds, the warnings with their contingency plans, and —
 * when the risk engine's section exists — the register on the likelihood × impact grid, inherent against
 * residual — and the loss-exceedance curve of the quantified risks (the report's seeded 20,000-year
 * simulation, run in the engines worker).
 */
import type { Analysis, VenturePlan } from '@avp/core'
import { useMemo } from 'react'
import { riskSimulationYears, webSimulationSeed } from '../analysis/engine-runs.ts'
import { riskOf } from '../analysis/sections.ts'
import { useUi } from '../app/context.ts'
import { useEngineRun } from '../app/use-engine-run.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatMoney, formatNumber } from '../format/format.ts'

const levels = ['1', '2', '3', '4', '5']

export default function RiskPage({ analysis, plan }: { analysis: Analysis; plan: VenturePlan | null }) {
  const { t, language, money } = useUi()
  const risk = riskOf(analysis)
  const exceedance = useEngineRun('risk', plan)
  const simulation = exceedance.result
  const rate = money.usdExchangeRate
  const exceedanceOption = useMemo(
    () =>
      simulation && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 64, right: 24, top: 40, bottom: 48 },
        xAxis: {
          type: 'log',
          name: `${t('risk.lossAxis')} (${money.currency})`,
          nameLocation: 'middle',
          nameGap: 28,
        },
        yAxis: { type: 'value', min: 0, max: 1, name: t('risk.probabilityAxis') },
        series: (['inherent', 'residual', 'retained'] as const).map((view) => ({
          type: 'line',
          name: t(`risk.exceedanceSeries.${view}`),
          showSymbol: false,
          // A log axis draws only losses above zero.
          data: simulation.total[view].exceedance
            .filter((point) => point.lossUsd > 0)
            .map((point) => [point.lossUsd * rate, point.probability]),
        })),
      },
    [simulation, t, rate, money.currency],
  )
  const heatOption = useMemo(
    () =>
      risk && {
        tooltip: {},
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: levels, name: t('risk.impact') },
        yAxis: { type: 'category', data: levels, name: t('risk.likelihood') },
        series: (['inherent', 'residual'] as const).map((kind) => ({
          type: 'scatter',
          name: t(`risk.${kind}`),
          symbolSize: 14,
          data: risk.register.map((entry) => ({
            name: entry.title,
            value: [entry[kind].impact, entry[kind].likelihood],
          })),
        })),
      },
    [risk, t],
  )
  const value = (number: number | null) =>
    number === null ? t('common.none') : formatNumber(language, number, 2)
  return (
    <>
      <h1>{t('nav.risk')}</h1>
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('risk.indicators')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('risk.indicator')}</th>
                <th scope="col">{t('risk.value')}</th>
                <th scope="col">{t('risk.thresholds')}</th>
                <th scope="col">{t('risk.status')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.indicators.map((indicator) => (
                <tr key={indicator.id} className={`status-${indicator.status}`}>
                  <th scope="row">
                    {indicator.title}
                    <br />
                    <code className="muted">{indicator.expression}</code>
                  </th>
                  <td className="number">{value(indicator.value)}</td>
                  <td className="number">
                    {value(indicator.amber)} / {value(indicator.red)}
                  </td>
                  <td>
                    <span className="badge">{t(`risk.statuses.${indicator.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {analysis.warnings.length > 0 ? (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t('dashboard.warnings')}</h2>
          {analysis.warnings.map((warning) => (
            <article key={warning.indicator} className={`warning ${warning.level}`}>
              <h3>
                <span className="badge">{t(`dashboard.${warning.level}`)}</span> {warning.title}
              </h3>
              {warning.contingencyPlan.length > 0 ? (
                <>
                  <p>{t('risk.contingency')}</p>
                  <ol>
                    {warning.contingencyPlan.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                </>
              ) : null}
            </article>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="exceedance-heading" data-testid="loss-exceedance">
        <h2 id="exceedance-heading">
          {t('risk.exceedance', {
            years: formatNumber(language, riskSimulationYears),
            seed: webSimulationSeed,
          })}
        </h2>
        {exceedance.error ? (
          <p role="alert">{t('finance.engineFailed', { detail: exceedance.error })}</p>
        ) : simulation === undefined ? (
          <p role="status">{t('risk.simulating')}</p>
        ) : simulation === null || !exceedanceOption ? (
          <p>{t('risk.noQuantified')}</p>
        ) : (
          <>
            <EChart
              option={exceedanceOption}
              label={t('risk.exceedance', { years: simulation.years, seed: simulation.seed })}
            />
            <p>
              {t('risk.annualLoss', {
                amount: formatMoney(language, simulation.total.retained.meanUsd, money),
                p99: formatMoney(language, simulation.total.retained.p99Usd, money),
              })}
            </p>
          </>
        )}
      </section>
      {heatOption ? (
        <section aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">{t('risk.matrix')}</h2>
          <EChart option={heatOption} label={t('risk.matrix')} />
        </section>
      ) : null}
    </>
  )
}
