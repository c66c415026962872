/**
 * @module pages/CapTableCharts
 * The finance page's cap-table charts: ownership per holder today and after each planned round (stacked
 * to 100 %), and the exit waterfall, payout per holder against exit value, where liquidation preferences
 * and conversions show as kinks.
 */
import { useCallback, useMemo } from 'react'
import { useUi } from '../app/context.ts'
import type { EngineRunState } from '../app/use-engine-run.ts'
import { EChart, palette } from '../charts/EChart.tsx'
import { holderName } from '../format/holder-name.ts'

/** The chart palette and three more, since a cap table after a few rounds has more holders than six. */
const holderColours = [...palette, '#c9a227', '#4fa3c7', '#a0522d']

export function CapTableCharts({ state }: { state: EngineRunState<'capTable'> }) {
  const { t, money } = useUi()
  const story = state.result
  const rate = money.usdExchangeRate
  // One colour per holder in both charts, in the order holders first appear.
  const holders = useMemo(
    () =>
      story
        ? [
            ...new Set([
              ...story.stages.flatMap((stage) => stage.holders.map((line) => line.holder)),
              ...(story.payout?.series.map((line) => line.holder) ?? []),
            ]),
          ]
        : [],
    [story],
  )
  const colourOf = useCallback(
    (holder: string) => holderColours[Math.max(0, holders.indexOf(holder)) % holderColours.length]!,
    [holders],
  )
  const dilutionOption = useMemo(() => {
    if (!story) return null
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value.toFixed(1)} %` },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 56, right: 16, top: 48, bottom: 40 },
      xAxis: {
        type: 'category',
        data: story.stages.map((stage) => (stage.round === '' ? t('finance.today') : stage.round)),
      },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: holders.map((holder) => ({
        type: 'bar',
        stack: 'ownership',
        name: holderName(t, holder),
        itemStyle: { color: colourOf(holder) },
        data: story.stages.map(
          (stage) =>
            Math.round(100 * (stage.holders.find((line) => line.holder === holder)?.ownershipPct ?? 0)) / 100,
        ),
      })),
    }
  }, [story, holders, colourOf, t])
  const waterfallOption = useMemo(() => {
    const payout = story?.payout
    if (!payout) return null
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 80, right: 24, top: 48, bottom: 48 },
      xAxis: {
        type: 'value',
        name: `${t('finance.exitValue')} (${money.currency})`,
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'value', name: `${t('finance.payout')} (${money.currency})` },
      series: payout.series.map((line) => ({
        type: 'line',
        name: holderName(t, line.holder),
        showSymbol: false,
        itemStyle: { color: colourOf(line.holder) },
        lineStyle: { color: colourOf(line.holder) },
        data: line.payoutsUsd.map((usd, index) => [
          Math.round(payout.exitValuesUsd[index]! * rate),
          Math.round(usd * rate),
        ]),
      })),
    }
  }, [story, colourOf, t, rate, money.currency])
  if (state.error) return <p role="alert">{t('finance.engineFailed', { detail: state.error })}</p>
  return (
    <>
      {dilutionOption ? (
        <section aria-labelledby="dilution-heading" data-testid="dilution">
          <h2 id="dilution-heading">{t('finance.dilution')}</h2>
          <EChart option={dilutionOption} label={t('finance.dilution')} />
        </section>
      ) : null}
      {waterfallOption ? (
        <section aria-labelledby="waterfall-heading" data-testid="waterfall">
          <h2 id="waterfall-heading">{t('finance.waterfall')}</h2>
          <EChart option={waterfallOption} label={t('finance.waterfall')} />
        </section>
      ) : null}
    </>
  )
}
