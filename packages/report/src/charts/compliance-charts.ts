/**
 * @module charts/compliance-charts
 * Compliance charts: how many obligations start applying on each date (stacked by law), and a bias
 * audit's impact ratios per group against the four-fifths line.
 */
import { type AttributeAudit, type ComplianceAnalysis, type Language, translate } from '@avp/core'
import type { ChartBlock } from '../document.ts'
import { formatNumber } from '../format.ts'
import { renderEchartsSvg } from './echarts-svg.ts'

/** Obligations of every product by the date they apply, one stacked bar per law. */
export function obligationTimelineChart(compliance: ComplianceAnalysis, language: Language): ChartBlock {
  const obligations = compliance.products.flatMap((product) => product.obligations)
  const dates = [...new Set(obligations.map((obligation) => obligation.appliesFrom))].sort()
  const instruments = [...new Set(obligations.map((obligation) => obligation.instrument))]
  const name = (instrument: (typeof instruments)[number]) =>
    translate(language, `compliance.instruments.${instrument}`)
  const count = (date: string, instrument: string) =>
    obligations.filter((o) => o.appliesFrom === date && o.instrument === instrument).length
  const svg = renderEchartsSvg(
    {
      legend: { top: 0, data: instruments.map(name) },
      grid: { left: 48, right: 16, top: 56, bottom: 40 },
      xAxis: { type: 'category', data: dates },
      yAxis: { type: 'value', minInterval: 1 },
      series: instruments.map((instrument) => ({
        type: 'bar',
        stack: 'obligations',
        name: name(instrument),
        data: dates.map((date) => count(date, instrument)),
      })),
    },
    720,
    300,
  )
  return {
    kind: 'chart',
    title: translate(language, 'compliance.timelineChart'),
    svg,
    table: {
      kind: 'table',
      header: [translate(language, 'compliance.instrument'), ...dates],
      rows: instruments.map((instrument) => [
        name(instrument),
        ...dates.map((date) => String(count(date, instrument))),
      ]),
      numericColumns: dates.map((_, index) => index + 1),
    },
  }
}

/** Impact ratios of one attribute's groups (bars) with the four-fifths guideline as a line. */
export function impactRatioChart(audit: AttributeAudit, language: Language): ChartBlock {
  const groups = audit.groups
  const svg = renderEchartsSvg(
    {
      grid: { left: 56, right: 16, top: 24, bottom: 72 },
      xAxis: { type: 'category', data: groups.map((group) => group.group), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        {
          type: 'bar',
          data: groups.map((group) => ({
            value: group.impactRatio,
            itemStyle: { color: group.belowFourFifths === true ? '#b8474f' : '#2f6fb3' },
          })),
        },
        { type: 'line', showSymbol: false, data: groups.map(() => 0.8), lineStyle: { type: 'dashed' } },
      ],
    },
    720,
    300,
  )
  const ratio = (value: number | null) =>
    value === null ? translate(language, 'compliance.undefined') : formatNumber(value, language, 3)
  return {
    kind: 'chart',
    title: translate(language, 'compliance.impactChart', { attribute: audit.attribute }),
    svg,
    table: {
      kind: 'table',
      header: [translate(language, 'compliance.group'), translate(language, 'compliance.impactRatio')],
      rows: groups.map((group) => [group.group, ratio(group.impactRatio)]),
      numericColumns: [1],
    },
  }
}
