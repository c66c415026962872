/**
 * @module charts/finance-charts
 * The finance charts: cash at each month's end with and without the planned rounds (lines), and revenue by
 * business model (stacked bars). Amounts are shown in the company's display currency.
 */
import { type Analysis, type Language, type MessageKey, revenueModels, translate } from '@avp/core'
import type { ChartBlock } from '../document.ts'
import { formatMoney } from '../format.ts'
import { renderEchartsSvg } from './echarts-svg.ts'

const every = (months: readonly string[], step: number) =>
  months.flatMap((_, index) => (index % step === 0 ? [index] : []))

/** Cash at month end over the horizon, with and without the planned rounds. */
export function cashChart(analysis: Analysis, language: Language): ChartBlock {
  const t = (key: MessageKey) => translate(language, key)
  const { monthly } = analysis.finance
  const rate = analysis.company.usdExchangeRate
  const names = [t('finance.report.withRounds'), t('finance.report.withoutRounds')]
  const series = [monthly.cashUsd, monthly.cashWithoutRoundsUsd]
  const svg = renderEchartsSvg(
    {
      legend: { top: 0, data: names },
      grid: { left: 80, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: analysis.months },
      yAxis: { type: 'value' },
      series: series.map((values, index) => ({
        type: 'line',
        name: names[index],
        showSymbol: false,
        data: values.map((value) => Math.round(value * rate)),
      })),
    },
    720,
    280,
  )
  const sampled = every(analysis.months, 12)
  return {
    kind: 'chart',
    title: t('finance.report.cashChart'),
    svg,
    table: {
      kind: 'table',
      header: ['', ...sampled.map((index) => analysis.months[index]!)],
      rows: series.map((values, row) => [
        names[row]!,
        ...sampled.map((index) => formatMoney(values[index] ?? 0, analysis.company, language)),
      ]),
      numericColumns: sampled.map((_, index) => index + 1),
    },
  }
}

/** Revenue per month by business model, stacked. */
export function revenueByModelChart(analysis: Analysis, language: Language): ChartBlock {
  const models = revenueModels.filter((model) => analysis.finance.revenueByModelUsd[model] !== undefined)
  const names = models.map((model) => translate(language, `report.revenueModels.${model}`))
  const rate = analysis.company.usdExchangeRate
  const svg = renderEchartsSvg(
    {
      legend: { top: 0, data: names },
      grid: { left: 80, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: analysis.months },
      yAxis: { type: 'value' },
      series: models.map((model, index) => ({
        type: 'bar',
        stack: 'revenue',
        name: names[index],
        data: (analysis.finance.revenueByModelUsd[model] ?? []).map((value) => Math.round(value * rate)),
      })),
    },
    720,
    280,
  )
  const sampled = every(analysis.months, 12)
  return {
    kind: 'chart',
    title: translate(language, 'finance.report.revenueChart'),
    svg,
    table: {
      kind: 'table',
      header: [
        translate(language, 'report.revenueModel'),
        ...sampled.map((index) => analysis.months[index]!),
      ],
      rows: models.map((model, row) => [
        names[row]!,
        ...sampled.map((index) =>
          formatMoney(analysis.finance.revenueByModelUsd[model]?.[index] ?? 0, analysis.company, language),
        ),
      ]),
      numericColumns: sampled.map((_, index) => index + 1),
    },
  }
}
