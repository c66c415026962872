/**
 * @module charts/risk-charts
 * The loss-exceedance curve of the whole register: the probability that a year's loss exceeds each
 * amount, before controls, after controls, and after controls and insurance. A log-scaled loss axis,
 * because yearly losses span orders of magnitude and the tail is what a board asks about.
 */
import {
  type Analysis,
  type ExceedancePoint,
  type Language,
  quantifiedRegisterFromPlan,
  type RegisterSimulation,
  simulateRegister,
  translate,
  type VenturePlan,
} from '@avp/core'
import type { ChartBlock } from '../document.ts'
import { formatMoney, formatNumber } from '../format.ts'
import { renderEchartsSvg } from './echarts-svg.ts'

/** Small enough to keep a report quick, large enough for a smooth curve down to about 1-in-1,000 years. */
export const reportSimulationYears = 20_000
/** Fixed so the same plan always gives the same report. */
export const reportSimulationSeed = 1

/**
 * The report's simulation of the plan's quantified risks, or null when none is quantified.
 * @example
 * reportSimulation(planWithoutQuantifiedRisks) //=> null
 */
export function reportSimulation(plan: VenturePlan): RegisterSimulation | null {
  const risks = quantifiedRegisterFromPlan(plan.risks.register)
  if (risks.length === 0) return null
  return simulateRegister(risks, {
    seed: reportSimulationSeed,
    years: reportSimulationYears,
    path: ['risks', 'register'],
  })
}

/** The points a log axis can draw: losses above zero. */
function drawable(points: readonly ExceedancePoint[]): Array<[number, number]> {
  return points.filter((point) => point.lossUsd > 0).map((point) => [point.lossUsd, point.probability])
}

/**
 * The register's loss-exceedance chart, with the same curve as a table of a few thresholds.
 * @example
 * lossExceedanceChart(reportSimulation(plan)!, analysis, 'en').kind //=> 'chart'
 */
export function lossExceedanceChart(
  simulation: RegisterSimulation,
  analysis: Pick<Analysis, 'company'>,
  language: Language,
): ChartBlock {
  const { total } = simulation
  const rate = analysis.company.usdExchangeRate
  const views = [
    { name: translate(language, 'risk.report.inherentSeries'), summary: total.inherent },
    { name: translate(language, 'risk.report.residualSeries'), summary: total.residual },
    { name: translate(language, 'risk.report.retainedSeries'), summary: total.retained },
  ]
  const svg = renderEchartsSvg({
    legend: { top: 0, data: views.map((view) => view.name) },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    xAxis: {
      type: 'log',
      name: translate(language, 'risk.report.lossAxis'),
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: translate(language, 'risk.report.probabilityAxis'),
    },
    series: views.map((view) => ({
      type: 'line',
      name: view.name,
      showSymbol: false,
      data: drawable(view.summary.exceedance).map(([lossUsd, probability]) => [lossUsd * rate, probability]),
    })),
  })
  const points = total.retained.exceedance.filter(
    (_, index, all) => index % 4 === 0 || index === all.length - 1,
  )
  return {
    kind: 'chart',
    title: translate(language, 'risk.report.lossExceedance', {
      years: formatNumber(simulation.years, language),
      seed: simulation.seed,
    }),
    svg,
    table: {
      kind: 'table',
      header: [translate(language, 'risk.report.lossAxis'), views[2]!.name],
      rows: points.map((point) => [
        formatMoney(point.lossUsd, analysis.company, language),
        formatNumber(point.probability, language, 4),
      ]),
      numericColumns: [0, 1],
    },
  }
}
