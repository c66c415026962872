/**
 * @module pages/LayoutSearchSection
 * The compute page's layout search per training run: the ranked layouts that fit (step time, MFU, memory
 * per GPU, as a chart and a table) and why the others fail — the nearest misses with how many GiB over
 * the GPU's usable memory each one is. Computed in the engines worker.
 */
import type { VenturePlan } from '@avp/core'
import { useMemo } from 'react'
import type { RunLayoutSearch } from '../analysis/layout-searches.ts'
import { useUi } from '../app/context.ts'
import { useEngineRun } from '../app/use-engine-run.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatNumber, formatPercent } from '../format/format.ts'

export function LayoutSearchSection({ plan }: { plan: VenturePlan | null }) {
  const { t, language } = useUi()
  const state = useEngineRun('layouts', plan, language)
  return (
    <section aria-labelledby="layouts-heading" data-testid="layout-search">
      <h2 id="layouts-heading">{t('compute.search.title')}</h2>
      {state.error ? (
        <p role="alert">{t('finance.engineFailed', { detail: state.error })}</p>
      ) : state.result === undefined ? (
        <p role="status">{t('compute.search.searching')}</p>
      ) : (
        state.result.map((search) => <RunSearch key={search.path} search={search} />)
      )}
    </section>
  )
}

function RunSearch({ search }: { search: RunLayoutSearch }) {
  const { t, language } = useUi()
  const result = search.result
  const option = useMemo(
    () =>
      result && {
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 24, top: 16, bottom: 40 },
        xAxis: { type: 'value', name: t('compute.search.stepTime'), nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'category', inverse: true, data: result.ranked.map((_, index) => `#${index + 1}`) },
        series: [
          {
            type: 'bar',
            name: t('compute.search.stepTime'),
            data: result.ranked.map((candidate) => Number(candidate.stepTimeSeconds.toFixed(3))),
          },
        ],
      },
    [result, t],
  )
  const heading = t('compute.search.run', {
    path: search.path,
    gpus: formatNumber(language, search.gpuCount),
    gpu: search.gpu,
    batch: formatNumber(language, search.globalBatchSequences),
  })
  if (!result || !option)
    return (
      <article>
        <h3>{heading}</h3>
        <p role="alert" className="status-red">
          {t('compute.search.fitsNowhere', { reason: search.failure ?? '' })}
        </p>
      </article>
    )
  return (
    <article aria-label={heading}>
      <h3>{heading}</h3>
      <p>
        {t('compute.search.summary', {
          evaluated: formatNumber(language, result.evaluated),
          fitting: formatNumber(language, result.fitting),
        })}
      </p>
      <EChart option={option} label={heading} height={40 + 36 * result.ranked.length} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('compute.search.layout')}</th>
              <th scope="col">{t('compute.search.stepTime')}</th>
              <th scope="col">{t('compute.mfu')}</th>
              <th scope="col">{t('compute.search.memory')}</th>
            </tr>
          </thead>
          <tbody>
            {result.ranked.map((candidate, index) => (
              <tr key={result.descriptions[index]}>
                <th scope="row">{index + 1}</th>
                <td>{result.descriptions[index]}</td>
                <td className="number">{formatNumber(language, candidate.stepTimeSeconds, 2)}</td>
                <td className="number">{formatPercent(language, candidate.mfu)}</td>
                <td className="number">{formatNumber(language, candidate.memoryPerGpuGiB, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.explanation.length > 0 ? (
        <ul>
          {result.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {result.nearestMisses.length > 0 ? (
        <>
          <h4>{t('compute.search.misses')}</h4>
          <div className="table-wrap">
            <table data-testid="nearest-misses">
              <thead>
                <tr>
                  <th scope="col">{t('compute.search.layout')}</th>
                  <th scope="col">{t('compute.search.memory')}</th>
                  <th scope="col">{t('compute.search.over')}</th>
                </tr>
              </thead>
              <tbody>
                {result.nearestMisses.map((miss, index) => (
                  <tr key={result.missDescriptions[index]} className="status-red">
                    <td>{result.missDescriptions[index]}</td>
                    <td className="number">{formatNumber(language, miss.memoryPerGpuGiB, 1)}</td>
                    <td className="number">+{formatNumber(language, miss.overByGiB, 1)} GiB</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </article>
  )
}
