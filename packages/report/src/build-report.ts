/**
 * @module build-report
 * Decides what a report says: the venture at a glance, early warnings, indicators, team, products, risks
 * and strategy, each in the reader's language. Engines add their sections here as they arrive.
 */
import {
  type Analysis,
  currentFormatVersion,
  type Language,
  type MessageKey,
  strategySteps,
  teamFunctions,
  translate,
  type VenturePlan,
} from '@avp/core'
import { headcountChart, teamCostChart } from './charts/team-charts.ts'
import type { Block, ReportDocument } from './document.ts'
import { formatDate, formatMoney, formatNumber } from './format.ts'
import { complianceSection } from './sections/compliance-section.ts'
import { computeSection } from './sections/compute-section.ts'
import { financeSection } from './sections/finance-section.ts'
import { riskSectionBlocks } from './sections/risk-section.ts'
import { guideBlocks, strategyBlocks } from './strategy-sections.ts'

type Context = { plan: VenturePlan; analysis: Analysis; language: Language }
type Params = Parameters<typeof translate>[2]
const t = (context: Context, key: MessageKey, params?: Params) => translate(context.language, key, params)
const headers = (context: Context, keys: readonly MessageKey[]) => keys.map((key) => t(context, key))

function summary(context: Context): Block[] {
  const { analysis } = context
  const money = (usd: number) => formatMoney(usd, analysis.company, context.language)
  const next = analysis.funding.nextRound
  return [
    { kind: 'heading', level: 2, text: t(context, 'report.summary') },
    {
      kind: 'figures',
      items: [
        {
          label: t(context, 'report.stage'),
          value: t(context, `report.stages.${context.plan.company.stage}`),
        },
        { label: t(context, 'report.homeMarket'), value: analysis.company.homeMarket },
        { label: t(context, 'report.markets'), value: analysis.company.marketsServed.join(', ') },
        {
          label: t(context, 'report.age'),
          value: t(context, 'report.ageValue', { months: analysis.company.ageMonths }),
        },
        { label: t(context, 'report.headcount'), value: String(analysis.team.headcount) },
        { label: t(context, 'report.teamCost'), value: money(analysis.team.monthlyCostUsd) },
        { label: t(context, 'report.otherCosts'), value: money(analysis.costs.monthlyOtherUsd) },
        { label: t(context, 'report.cash'), value: money(analysis.funding.cashUsd) },
        {
          label: t(context, 'report.nextRound'),
          value:
            next === null
              ? t(context, 'report.none')
              : t(context, 'report.nextRoundValue', {
                  name: next.name,
                  month: next.month,
                  amount: money(next.newMoneyUsd),
                }),
        },
      ],
    },
  ]
}

function warnings(context: Context): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t(context, 'report.warnings') }]
  if (context.analysis.warnings.length === 0)
    return [...blocks, { kind: 'paragraph', text: t(context, 'report.noWarnings') }]
  for (const warning of context.analysis.warnings) {
    const lines: string[] = []
    if (warning.risk !== null) {
      lines.push(
        t(context, 'report.riskLink', {
          title: warning.risk.title,
          from: warning.risk.likelihood,
          to: warning.risk.proposedLikelihood,
        }),
      )
    }
    if (warning.contingencyPlan.length > 0) {
      lines.push(`${t(context, 'report.contingency')}: ${warning.contingencyPlan.join('; ')}`)
    }
    blocks.push({
      kind: 'callout',
      level: warning.level,
      title: t(context, 'report.warningLine', {
        level: t(context, `cli.status.${warning.level}`),
        title: warning.title,
        value: formatNumber(warning.value, context.language),
        direction: t(context, `report.${warning.warnWhen}`),
        threshold: formatNumber(warning.threshold, context.language),
      }),
      lines,
    })
  }
  return blocks
}

function indicators(context: Context): Block[] {
  if (context.analysis.indicators.length === 0) return []
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, context.language))
  return [
    { kind: 'heading', level: 2, text: t(context, 'report.indicators') },
    {
      kind: 'table',
      header: headers(context, [
        'report.indicator',
        'report.value',
        'report.amber',
        'report.red',
        'report.status',
      ]),
      rows: context.analysis.indicators.map((indicator) => [
        indicator.title,
        number(indicator.value),
        number(indicator.amber),
        number(indicator.red),
        t(context, `cli.status.${indicator.status}`),
      ]),
      numericColumns: [1, 2, 3],
    },
  ]
}

function team(context: Context): Block[] {
  const { team: figures } = context.analysis
  const unstaffed = figures.unstaffedFunctions.map((name) => t(context, `report.functions.${name}`))
  return [
    { kind: 'heading', level: 2, text: t(context, 'report.team') },
    {
      kind: 'table',
      header: [t(context, 'report.function'), t(context, 'report.people')],
      rows: teamFunctions.map((name) => [
        t(context, `report.functions.${name}`),
        String(figures.headcountByFunction[name]),
      ]),
      numericColumns: [1],
    },
    ...(unstaffed.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: t(context, 'report.unstaffed', { functions: unstaffed.join(', ') }),
          },
        ]
      : []),
    headcountChart(context.analysis, context.language),
    teamCostChart(context.analysis, context.language),
  ]
}

function products(context: Context): Block[] {
  if (context.analysis.products.length === 0) return []
  return [
    { kind: 'heading', level: 2, text: t(context, 'report.products') },
    {
      kind: 'table',
      header: headers(context, [
        'report.product',
        'report.scenario',
        'report.revenueModel',
        'report.launch',
        'report.markets',
      ]),
      rows: context.analysis.products.map((product) => [
        product.name,
        t(context, `report.scenarios.${product.scenario}`),
        t(context, `report.revenueModels.${product.revenueModel}`),
        product.launchMonth,
        product.markets.join(', '),
      ]),
    },
  ]
}

function risks(context: Context): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t(context, 'report.risks') }]
  if (context.plan.risks.register.length === 0)
    blocks.push({ kind: 'paragraph', text: t(context, 'report.noRisks') })
  return [...blocks, ...riskSectionBlocks(context.plan, context.analysis, context.language)]
}

function strategy(context: Context): Block[] {
  const { steps, swot, objectives } = context.plan.strategy
  const listOrNotYet = (items: readonly string[]): Block =>
    items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: t(context, 'report.notYet') }
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t(context, 'report.strategy') }]
  for (const step of strategySteps) {
    blocks.push(
      { kind: 'heading', level: 3, text: t(context, `report.steps.${step}`) },
      listOrNotYet(steps[step]),
    )
  }
  blocks.push({ kind: 'heading', level: 3, text: t(context, 'report.swot') })
  blocks.push({
    kind: 'table',
    header: headers(context, [
      'report.strengths',
      'report.weaknesses',
      'report.opportunities',
      'report.threats',
    ]),
    rows: [
      [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats].map(
        (items) => items.join('; ') || '—',
      ),
    ],
  })
  if (objectives.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t(context, 'report.objectives') })
    blocks.push({
      kind: 'list',
      items: objectives.map(
        (objective) =>
          `${objective.objective}: ${objective.keyResults.map((result) => result.title).join('; ') || '—'}`,
      ),
    })
  }
  return blocks
}

/** The report of a venture in one language. */
export function buildReport(plan: VenturePlan, analysis: Analysis, language: Language): ReportDocument {
  const context: Context = { plan, analysis, language }
  return {
    language,
    title: t(context, 'report.title', { name: analysis.company.name }),
    blocks: [
      { kind: 'paragraph', text: t(context, 'report.asOf', { date: formatDate(analysis.asOf, language) }) },
      ...summary(context),
      ...warnings(context),
      ...indicators(context),
      ...products(context),
      ...team(context),
      ...computeSection(analysis, language),
      ...financeSection(analysis, language),
      ...complianceSection(analysis.compliance, language),
      ...risks(context),
      ...strategy(context),
      ...strategyBlocks(plan, analysis, language),
      ...guideBlocks(analysis, language),
      { kind: 'paragraph', text: t(context, 'report.generated', { version: currentFormatVersion }) },
    ],
  }
}
