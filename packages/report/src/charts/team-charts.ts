/**
 * @module charts/team-charts
 * The team's headcount by function (stacked bars) and its monthly cost (line) over the plan's months.
 */
import { type Analysis, type Language, teamFunctions, translate } from '@avp/core'
import type { ChartBlock } from '../document.ts'
import { formatMoney } from '../format.ts'
import { renderEchartsSvg } from './echarts-svg.ts'

/** Headcount by function for the first `months` months. */
export function headcountChart(analysis: Analysis, language: Language, months = 24): ChartBlock {
  const timeline = analysis.team.timeline.slice(0, months)
  const names = teamFunctions.map((name) => translate(language, `report.functions.${name}`))
  const svg = renderEchartsSvg({
    legend: { top: 0, data: names },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: timeline.map((month) => month.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: teamFunctions.map((name, index) => ({
      type: 'bar',
      stack: 'headcount',
      name: names[index],
      data: timeline.map((month) => month.headcountByFunction[name]),
    })),
  })
  const sampled = timeline.filter((_, index) => index % 6 === 0)
  return {
    kind: 'chart',
    title: translate(language, 'report.headcountChart'),
    svg,
    table: {
      kind: 'table',
      header: [translate(language, 'report.function'), ...sampled.map((month) => month.month)],
      rows: teamFunctions.map((name, index) => [
        names[index]!,
        ...sampled.map((month) => String(month.headcountByFunction[name])),
      ]),
      numericColumns: sampled.map((_, index) => index + 1),
    },
  }
}

/** Loaded team cost per month over the whole horizon. */
export function teamCostChart(analysis: Analysis, language: Language): ChartBlock {
  const { timeline } = analysis.team
  const rate = analysis.company.usdExchangeRate
  const svg = renderEchartsSvg(
    {
      grid: { left: 72, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: timeline.map((month) => month.month) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'line',
          showSymbol: false,
          data: timeline.map((month) => Math.round(month.monthlyCostUsd * rate)),
        },
      ],
    },
    720,
    260,
  )
  const sampled = timeline.filter((_, index) => index % 12 === 0)
  return {
    kind: 'chart',
    title: translate(language, 'report.teamCostChart'),
    svg,
    table: {
      kind: 'table',
      header: sampled.map((month) => month.month),
      rows: [sampled.map((month) => formatMoney(month.monthlyCostUsd, analysis.company, language))],
      numericColumns: sampled.map((_, index) => index),
    },
  }
}
