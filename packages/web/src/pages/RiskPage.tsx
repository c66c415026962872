/**
 * @module pages/RiskPage
 * Risk: the key risk indicators with their thresholds, the warnings with their contingency plans, and —
 * when the risk engine's section exists — the register on the likelihood × impact grid, inherent against
 * residual.
 */
import type { Analysis } from '@avp/core'
import { useMemo } from 'react'
import { riskOf } from '../analysis/sections.ts'
import { useUi } from '../app/context.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatNumber } from '../format/format.ts'

const levels = ['1', '2', '3', '4', '5']

export default function RiskPage({ analysis }: { analysis: Analysis }) {
  const { t, language } = useUi()
  const risk = riskOf(analysis)
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
      {heatOption ? (
        <section aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">{t('risk.matrix')}</h2>
          <EChart option={heatOption} label={t('risk.matrix')} />
        </section>
      ) : null}
    </>
  )
}
