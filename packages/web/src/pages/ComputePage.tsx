/**
 * @module pages/ComputePage
 * Compute: every training run's memory per GPU (by kind, against the GPU's capacity), cost and CO₂, and
 * every model's serving figures, and the ranked layout search with why the other layouts fail.
 */
import type { Analysis, VenturePlan } from '@avp/core'
import { useMemo } from 'react'
import { useUi } from '../app/context.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatMoney, formatNumber, formatPercent } from '../format/format.ts'
import { LayoutSearchSection } from './LayoutSearchSection.tsx'

export default function ComputePage({ analysis, plan }: { analysis: Analysis; plan: VenturePlan | null }) {
  const { t, language, money } = useUi()
  const compute = (analysis as Partial<Analysis>).compute
  const runs = compute?.training ?? []
  const memoryOption = useMemo(() => {
    const parts = ['weights', 'gradients', 'optimizer', 'activations'] as const
    return {
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 40, bottom: 56 },
      xAxis: {
        type: 'category',
        data: runs.map((run) => run.name),
        axisLabel: { interval: 0, width: 140, overflow: 'truncate' },
      },
      yAxis: { type: 'value', name: 'GiB' },
      series: [
        ...parts.map((part) => ({
          type: 'bar',
          stack: 'memory',
          name: t(`compute.${part}`),
          data: runs.map((run) => Number(run.memoryBreakdownGiB[part].toFixed(1))),
        })),
        {
          type: 'scatter',
          name: t('compute.capacity'),
          symbol: 'rect',
          symbolSize: [40, 3],
          data: runs.map((run) => run.gpuMemoryGiB),
        },
      ],
    }
  }, [runs, t])
  const costOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 72, right: 56, top: 40, bottom: 56 },
      xAxis: {
        type: 'category',
        data: runs.map((run) => run.name),
        axisLabel: { interval: 0, width: 140, overflow: 'truncate' },
      },
      yAxis: [
        { type: 'value', name: money.currency },
        { type: 'value', name: 't CO₂' },
      ],
      series: [
        {
          type: 'bar',
          name: t('compute.cost'),
          data: runs.map((run) => Math.round((run.costUsd ?? 0) * money.usdExchangeRate)),
        },
        {
          type: 'bar',
          name: t('compute.co2'),
          yAxisIndex: 1,
          data: runs.map((run) => Number((run.co2Tonnes ?? 0).toFixed(1))),
        },
      ],
    }),
    [runs, t, money],
  )
  if (!compute) return <p>{t('app.noAnalysis')}</p>
  return (
    <>
      <h1>{t('nav.compute')}</h1>
      <section aria-labelledby="training-heading">
        <h2 id="training-heading">{t('compute.training')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('compute.run')}</th>
                <th scope="col">{t('compute.gpus')}</th>
                <th scope="col">{t('compute.layout')}</th>
                <th scope="col">{t('compute.days')}</th>
                <th scope="col">{t('compute.mfu')}</th>
                <th scope="col">{t('compute.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.name}>
                  <th scope="row">{run.name}</th>
                  <td className="number">
                    {run.gpus} × {run.gpu}
                  </td>
                  <td className="number">
                    {run.layout.tensorParallel} × {run.layout.pipelineParallel} × {run.layout.dataParallel}
                  </td>
                  <td className="number" data-testid="run-days">
                    {formatNumber(language, run.days, 1)} ({formatNumber(language, run.daysLow, 0)}–
                    {formatNumber(language, run.daysHigh, 0)})
                  </td>
                  <td className="number">{formatPercent(language, run.mfu)}</td>
                  <td className="number">
                    {run.costUsd === null ? t('common.none') : formatMoney(language, run.costUsd, money)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>{t('compute.memory')}</h3>
        <EChart option={memoryOption} label={t('compute.memory')} />
        <h3>
          {t('compute.cost')} · {t('compute.co2')}
        </h3>
        <EChart option={costOption} label={`${t('compute.cost')} · ${t('compute.co2')}`} />
      </section>
      <section aria-labelledby="serving-heading">
        <h2 id="serving-heading">{t('compute.serving')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('compute.model')}</th>
                <th scope="col">{t('compute.replicas')}</th>
                <th scope="col">{t('compute.ttft')}</th>
                <th scope="col">{t('compute.tpot')}</th>
                <th scope="col">{t('compute.costPerMillion')}</th>
                <th scope="col">{t('compute.meetsTargets')}</th>
              </tr>
            </thead>
            <tbody>
              {compute.models
                .filter((model) => model.serving !== null)
                .map((model) => (
                  <tr key={model.id}>
                    <th scope="row">{model.name}</th>
                    <td className="number">
                      {model.serving!.replicas} × {model.serving!.gpus} {model.serving!.gpu}
                    </td>
                    <td className="number">{formatNumber(language, model.serving!.timeToFirstTokenMs, 0)}</td>
                    <td className="number">
                      {formatNumber(language, model.serving!.timePerOutputTokenMs, 1)}
                    </td>
                    <td className="number">
                      {model.serving!.costPerMillionOutputTokensUsd === null
                        ? t('common.none')
                        : formatMoney(language, model.serving!.costPerMillionOutputTokensUsd, money)}
                    </td>
                    <td>{model.serving!.meetsLatencyTargets ? t('compute.yes') : t('compute.no')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
      <LayoutSearchSection plan={plan} />
    </>
  )
}
