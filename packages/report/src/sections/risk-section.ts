/**
 * @module sections/risk-section
 * The report's risk section: the register scored on the plan's matrix, the inherent and residual heat
 * maps in the engine's bands, overdue reviews, the quantified risks with a small seeded simulation and its
 * loss-exceedance chart, and the catalogue risks the plan's facts point to.
 */
import {
  type Analysis,
  catalogueRisk,
  catalogueText,
  type Language,
  type RegisterRiskFigures,
  translate,
  type VenturePlan,
} from '@avp/core'
import { bandLabel, heatMapSvg } from '../charts/heat-map.ts'
import { lossExceedanceChart, reportSimulation } from '../charts/risk-charts.ts'
import type { Block } from '../document.ts'
import { formatDate, formatMoney, formatNumber } from '../format.ts'

type Key = Parameters<typeof translate>[1]
type Params = Parameters<typeof translate>[2]

function positionText(position: RegisterRiskFigures['inherent'], language: Language): string {
  return `${formatNumber(position.score, language)} (${bandLabel(position.band, language)})`
}

function registerBlocks(analysis: Analysis, language: Language): Block[] {
  const t = (key: Key, params?: Params) => translate(language, key, params)
  const { register, matrix } = analysis.risks
  const placed = (view: 'inherent' | 'residual') =>
    register.map((risk) => ({ id: risk.id, title: risk.title, ...risk[view] }))
  const heatMap = (view: 'inherent' | 'residual'): Block => ({
    kind: 'chart',
    title: t(view === 'inherent' ? 'report.heatMapInherent' : 'report.heatMapResidual'),
    svg: heatMapSvg(matrix, placed(view), language),
    table: {
      kind: 'table',
      header: [t('report.risk'), t('report.likelihood'), t('report.impact')],
      rows: placed(view).map((risk) => [risk.title, String(risk.likelihood), String(risk.impact)]),
      numericColumns: [1, 2],
    },
  })
  return [
    {
      kind: 'table',
      header: [
        t('report.risk'),
        t('report.category'),
        t('report.inherent'),
        t('report.residual'),
        t('report.response'),
        t('report.owner'),
        t('risk.cli.columns.review'),
      ],
      rows: register.map((risk) => [
        risk.title,
        t(`report.riskCategories.${risk.category}`),
        positionText(risk.inherent, language),
        positionText(risk.residual, language),
        t(`report.responses.${risk.response}`),
        risk.owner ?? '—',
        risk.nextReviewOn === null ? '—' : formatDate(risk.nextReviewOn, language),
      ]),
    },
    heatMap('inherent'),
    heatMap('residual'),
  ]
}

function overdueBlocks(analysis: Analysis, language: Language): Block[] {
  const overdue = analysis.risks.overdueReviews
  if (overdue.length === 0) return []
  return [
    { kind: 'heading', level: 3, text: translate(language, 'risk.report.overdue') },
    {
      kind: 'list',
      items: overdue.map((review) =>
        translate(language, 'risk.cli.overdueLine', {
          title: review.title,
          date: formatDate(review.nextReviewOn, language),
          days: review.daysOverdue,
        }),
      ),
    },
  ]
}

function quantifiedBlocks(plan: VenturePlan, analysis: Analysis, language: Language): Block[] {
  const t = (key: Key, params?: Params) => translate(language, key, params)
  const quantified = analysis.risks.register.filter((risk) => risk.quantified !== null)
  if (quantified.length === 0) return []
  const money = (usd: number) => formatMoney(usd, analysis.company, language)
  const simulation = reportSimulation(plan)
  const simulated = new Map(simulation?.risks.map((risk) => [risk.id, risk]) ?? [])
  const totals = analysis.risks.totals
  return [
    { kind: 'heading', level: 3, text: t('risk.report.quantified') },
    {
      kind: 'table',
      header: [
        t('report.risk'),
        t('risk.report.frequency'),
        t('risk.report.meanLoss'),
        t('risk.report.expectedLossInherent'),
        t('risk.report.expectedLossResidual'),
        t('risk.report.simulatedRetained'),
        t('risk.report.p95'),
      ],
      rows: quantified.map((risk) => {
        const q = risk.quantified!
        const run = simulated.get(risk.id)
        return [
          risk.title,
          formatNumber(q.frequencyPerYear, language, 2),
          money(q.meanLossPerEventUsd),
          money(q.inherentExpectedLossUsd),
          money(q.residualExpectedLossUsd),
          run === undefined ? '—' : money(run.retained.meanUsd),
          run === undefined ? '—' : money(run.retained.p95Usd),
        ]
      }),
      numericColumns: [1, 2, 3, 4, 5, 6],
    },
    {
      kind: 'paragraph',
      text: t('risk.cli.expectedLoss', {
        count: totals.quantifiedRisks,
        inherent: money(totals.inherentExpectedLossUsd),
        residual: money(totals.residualExpectedLossUsd),
        controls: money(totals.controlsAnnualCostUsd),
        premiums: money(totals.annualPremiumUsd),
      }),
    },
    ...(simulation === null ? [] : [lossExceedanceChart(simulation, analysis, language)]),
  ]
}

function suggestionBlocks(analysis: Analysis, language: Language): Block[] {
  const open = analysis.risks.suggestions.filter((suggestion) => suggestion.coveredBy === null)
  if (open.length === 0) return []
  const items = open.flatMap((suggestion) => {
    const entry = catalogueRisk(suggestion.catalogueId)
    if (entry === undefined) return []
    const facts = suggestion.facts
      .map(
        (fact) =>
          `${fact.figure} = ${typeof fact.value === 'number' ? formatNumber(fact.value, language, 2) : String(fact.value)}`,
      )
      .join('; ')
    return [
      translate(language, 'risk.report.suggestionLine', {
        title: catalogueText(entry, language).title,
        sources: entry.sources.join('; '),
        facts,
      }),
    ]
  })
  return [
    { kind: 'heading', level: 3, text: translate(language, 'risk.report.suggestions') },
    { kind: 'list', items },
  ]
}

/**
 * The risk section's blocks after its heading (empty register: the caller says so).
 * @example
 * riskSectionBlocks(plan, analyze(plan), 'en').some((block) => block.kind === 'chart') //=> true
 */
export function riskSectionBlocks(plan: VenturePlan, analysis: Analysis, language: Language): Block[] {
  const registerPart = analysis.risks.register.length === 0 ? [] : registerBlocks(analysis, language)
  return [
    ...registerPart,
    ...overdueBlocks(analysis, language),
    ...quantifiedBlocks(plan, analysis, language),
    ...suggestionBlocks(analysis, language),
  ]
}
