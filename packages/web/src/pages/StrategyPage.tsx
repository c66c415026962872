/**
 * @module pages/StrategyPage
 * Strategy: the market funnel (TAM → SAM → SOM), the competitor radar on the five dimensions, the
 * readiness scorecard, the seven-step plan with its completeness check and the OKRs with their grades. Factor and dimension names come from the core
 * catalogue, the same words the CLI and the report use.
 */
import { type Analysis, dimensions, translate } from '@avp/core'
import { useMemo } from 'react'
import { useUi } from '../app/context.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatMoney, formatNumber } from '../format/format.ts'
import { StrategicPlanSection } from './StrategicPlanSection.tsx'

export default function StrategyPage({ analysis }: { analysis: Analysis }) {
  const { t, language, money } = useUi()
  const strategy = (analysis as Partial<Analysis>).strategy
  const funnelOption = useMemo(() => {
    if (!strategy) return null
    const { tamUsd, samUsd, somUsd } = strategy.market
    const steps: Array<readonly [string, number | null]> = [
      ['TAM', tamUsd],
      ['SAM', samUsd],
      ['SOM', somUsd],
    ]
    const present = steps.filter((step): step is readonly [string, number] => step[1] !== null)
    if (present.length === 0) return null
    return {
      tooltip: {},
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          label: { formatter: '{b}' },
          data: present.map(([name, usd], index) => ({
            name: `${name} ${formatMoney(language, usd, money)}`,
            value: present.length - index,
          })),
        },
      ],
    }
  }, [strategy, language, money])
  const radarOption = useMemo(() => {
    if (!strategy) return null
    return {
      legend: { bottom: 0 },
      tooltip: {},
      radar: {
        indicator: dimensions.map((dimension) => ({
          name: translate(language, `strategy.dimensions.${dimension}`),
          max: 5,
        })),
      },
      series: [
        {
          type: 'radar',
          data: strategy.competition.rows.map((row) => ({
            name: row.name,
            value: dimensions.map((dimension) => row.scores[dimension]),
          })),
        },
      ],
    }
  }, [strategy, language])
  if (!strategy) return <p>{t('strategy.notPresent')}</p>
  const { readiness } = strategy
  return (
    <>
      <h1>{t('nav.strategy')}</h1>
      <div className="two-columns">
        {funnelOption ? (
          <section aria-labelledby="market-heading">
            <h2 id="market-heading">{t('strategy.market')}</h2>
            <EChart option={funnelOption} label={t('strategy.market')} height={260} />
          </section>
        ) : null}
        {radarOption ? (
          <section aria-labelledby="competitors-heading">
            <h2 id="competitors-heading">{t('strategy.competitors')}</h2>
            <EChart option={radarOption} label={t('strategy.competitors')} height={300} />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">{t('strategy.readiness')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('strategy.factor')}</th>
                <th scope="col">{t('strategy.score')}</th>
              </tr>
            </thead>
            <tbody>
              {readiness.factors.map((factor) => (
                <tr key={factor.factor}>
                  <th scope="row">{translate(language, `strategy.factors.${factor.factor}`)}</th>
                  <td className="number">
                    {factor.score === null
                      ? t('common.none')
                      : `${formatNumber(language, factor.score, 1)} / 5`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <StrategicPlanSection strategy={strategy} />
    </>
  )
}
