/**
 * @module charts/strategy-charts
 * The strategy charts: the market funnel (TAM → SAM → SOM) and the competitor radar on the five
 * dimensions, each with the same data as a table for Markdown and screen readers.
 */
import { type Analysis, dimensions, type Language, translate } from '@avp/core'
import type { ChartBlock } from '../document.ts'
import { formatMoney, formatNumber } from '../format.ts'
import { renderEchartsSvg } from './echarts-svg.ts'

/**
 * TAM, SAM and SOM of the leading sizing method as a funnel; null when the market is not sized.
 * Widths follow a log scale, since SOM is often a thousandth of TAM and would vanish on a linear one.
 */
export function marketFunnelChart(analysis: Analysis, language: Language): ChartBlock | null {
  const { market } = analysis.strategy
  if (market.tamUsd === null || market.samUsd === null) return null
  const stages = [
    { key: 'strategy.report.tam' as const, value: market.tamUsd },
    { key: 'strategy.report.sam' as const, value: market.samUsd },
    ...(market.somUsd === null ? [] : [{ key: 'strategy.report.som' as const, value: market.somUsd }]),
  ]
  const money = (usd: number) => formatMoney(usd, analysis.company, language)
  const top = Math.log10(Math.max(10, stages[0]!.value))
  const svg = renderEchartsSvg(
    {
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '8%',
          max: 100,
          min: 0,
          gap: 4,
          label: { show: true, position: 'inside', color: '#fff' },
          data: stages.map((stage) => ({
            name: `${translate(language, stage.key)}: ${money(stage.value)}`,
            value: Math.max(0, (100 * Math.log10(Math.max(1, stage.value))) / top),
          })),
        },
      ],
    },
    720,
    280,
  )
  return {
    kind: 'chart',
    title: translate(language, 'strategy.report.funnel'),
    svg,
    table: {
      kind: 'table',
      header: stages.map((stage) => translate(language, stage.key)),
      rows: [stages.map((stage) => money(stage.value))],
      numericColumns: stages.map((_, index) => index),
    },
  }
}

/** Every row of the competitor matrix on a radar of the five dimensions (0–5). */
export function competitorRadarChart(analysis: Analysis, language: Language): ChartBlock {
  const { competition } = analysis.strategy
  const names = dimensions.map((dimension) => translate(language, `strategy.dimensions.${dimension}`))
  const svg = renderEchartsSvg(
    {
      // Competitor names are long: a vertical legend on the left keeps them whole.
      legend: { orient: 'vertical', left: 8, top: 8, data: competition.rows.map((row) => row.name) },
      radar: {
        center: ['62%', '52%'],
        radius: '66%',
        indicator: names.map((name) => ({ name, max: 5, min: 0 })),
      },
      series: [
        {
          type: 'radar',
          data: competition.rows.map((row) => ({
            name: row.name,
            value: dimensions.map((dimension) => row.scores[dimension]),
            ...(row.own ? { areaStyle: { opacity: 0.25 } } : {}),
          })),
        },
      ],
    },
    720,
    400,
  )
  return {
    kind: 'chart',
    title: translate(language, 'strategy.report.radar'),
    svg,
    table: {
      kind: 'table',
      header: [
        translate(language, 'strategy.report.company'),
        ...names,
        translate(language, 'strategy.report.weightedScore'),
      ],
      rows: competition.rows.map((row) => [
        row.name,
        ...dimensions.map((dimension) => formatNumber(row.scores[dimension], language)),
        formatNumber(row.weightedScore, language, 2),
      ]),
      numericColumns: [1, 2, 3, 4, 5, 6],
    },
  }
}
