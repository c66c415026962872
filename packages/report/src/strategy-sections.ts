/**
 * @module strategy-sections
 * The strategy workspace in a report: market size with its funnel, the competitor matrix and radar,
 * Porter's five forces, the readiness scorecard, plan completeness and OKR grades, the roles the plan
 * needs, sustainability and international expansion; and the guide. `avp strategy` prints the same
 * blocks on their own.
 */
import {
  type Analysis,
  dimensions,
  forces,
  type Language,
  type MessageKey,
  renderGuideTopic,
  translate,
  type VenturePlan,
} from '@avp/core'
import { competitorRadarChart, marketFunnelChart } from './charts/strategy-charts.ts'
import type { Block } from './document.ts'
import { formatMoney, formatNumber } from './format.ts'

interface Context {
  readonly plan: VenturePlan
  readonly analysis: Analysis
  readonly language: Language
}
type Params = Parameters<typeof translate>[2]

const t = (context: Context, key: MessageKey, params?: Params) => translate(context.language, key, params)
const dynamic = (context: Context, key: string, params?: Params) =>
  translate(context.language, key as MessageKey, params)
const number = (context: Context, value: number | null, digits = 1) =>
  value === null ? '—' : formatNumber(value, context.language, digits)
const money = (context: Context, usd: number | null) =>
  usd === null ? '—' : formatMoney(usd, context.analysis.company, context.language)
const listSeparator = (context: Context) => (context.language === 'zh-CN' ? '、' : ', ')

function market(context: Context): Block[] {
  const sizing = context.analysis.strategy.market
  if (sizing.topDown === null && sizing.bottomUp === null) return []
  const methods = [
    ['strategy.report.topDown', sizing.topDown],
    ['strategy.report.bottomUp', sizing.bottomUp],
  ] as const
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.market') },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.method'),
        t(context, 'strategy.report.tam'),
        t(context, 'strategy.report.sam'),
        t(context, 'strategy.report.som'),
      ],
      rows: methods.flatMap(([key, method]) =>
        method === null
          ? []
          : [
              [
                t(context, key),
                money(context, method.tamUsd),
                money(context, method.samUsd),
                money(context, method.somUsd),
              ],
            ],
      ),
      numericColumns: [1, 2, 3],
    },
  ]
  if (sizing.samGapRatio !== null) {
    const params = {
      gap: number(context, 100 * sizing.samGapRatio),
      max: number(context, 100 * sizing.maxMethodGap),
    }
    const text = t(
      context,
      sizing.methodsDisagree ? 'strategy.report.methodsDisagree' : 'strategy.report.methodsAgree',
      params,
    )
    blocks.push(
      sizing.methodsDisagree
        ? { kind: 'callout', level: 'amber', title: text, lines: [] }
        : { kind: 'paragraph', text },
    )
  }
  const funnel = marketFunnelChart(context.analysis, context.language)
  if (funnel !== null) blocks.push(funnel)
  const inputs = [...(sizing.bottomUp?.inputs ?? []), ...(sizing.topDown?.inputs ?? [])]
  blocks.push(
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.sensitivity') },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.method'),
        t(context, 'strategy.report.input'),
        t(context, 'strategy.report.value'),
        t(context, 'strategy.report.source'),
        t(context, 'strategy.report.elasticity'),
        t(context, 'strategy.report.swing'),
      ],
      rows: sizing.sensitivity.map((item) => {
        const input = inputs.find((candidate) => candidate.key === item.key && candidate.name === item.name)
        const isMoney = item.key.endsWith('Usd')
        return [
          t(context, item.method === 'topDown' ? 'strategy.report.topDown' : 'strategy.report.bottomUp'),
          item.name,
          input === undefined ? '—' : isMoney ? money(context, input.value) : number(context, input.value, 3),
          input?.source ?? '—',
          number(context, item.elasticity, 2),
          `±${money(context, item.somSwingUsdPer10Pct)}`,
        ]
      }),
      numericColumns: [2, 4, 5],
    },
  )
  return blocks
}

function competition(context: Context): Block[] {
  const matrix = context.analysis.strategy.competition
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.competition') },
    {
      kind: 'table',
      header: ['', ...dimensions.map((dimension) => t(context, `strategy.dimensions.${dimension}`))],
      rows: [
        [
          t(context, 'strategy.report.weight'),
          ...dimensions.map((dimension) => `${number(context, 100 * matrix.weights[dimension], 0)} %`),
        ],
      ],
      numericColumns: [1, 2, 3, 4, 5],
    },
    competitorRadarChart(context.analysis, context.language),
    {
      kind: 'paragraph',
      text: t(context, 'strategy.report.ownRowSources', {
        sources: dimensions
          .map(
            (dimension) =>
              `${t(context, `strategy.dimensions.${dimension}`)}: ${t(context, `strategy.sources.${matrix.ownSources[dimension]}`)}`,
          )
          .join(listSeparator(context)),
      }),
    },
  ]
  const rated = context.plan.market.fiveForces
  if (rated !== undefined) {
    blocks.push(
      { kind: 'heading', level: 3, text: t(context, 'strategy.report.fiveForces') },
      {
        kind: 'table',
        header: [
          t(context, 'strategy.report.force'),
          t(context, 'strategy.report.level'),
          t(context, 'strategy.report.notes'),
        ],
        rows: forces.map((force) => [
          t(context, `strategy.forces.${force}`),
          String(rated[force].level),
          rated[force].notes ?? '—',
        ]),
        numericColumns: [1],
      },
    )
  }
  return blocks
}

function readiness(context: Context): Block[] {
  const card = context.analysis.strategy.readiness
  return [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.readiness') },
    {
      kind: 'paragraph',
      text: t(context, 'strategy.report.target', {
        target: card.target,
        average: number(context, card.averageScore),
        scored: card.scoredCount,
      }),
    },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.factor'),
        t(context, 'strategy.report.score'),
        t(context, 'strategy.report.source'),
        t(context, 'strategy.report.evidence'),
        t(context, 'strategy.report.gap'),
        t(context, 'strategy.report.nextAction'),
      ],
      rows: card.factors.map((factor) => [
        t(context, `strategy.factors.${factor.factor}`),
        number(context, factor.score),
        t(context, `strategy.sources.${factor.source}`),
        [
          factor.evidence.key === 'manual'
            ? null
            : dynamic(context, `strategy.evidence.${factor.evidence.key}`, factor.evidence.params),
          factor.manualEvidence,
        ]
          .filter((item) => item !== null)
          .join('; ') || '—',
        number(context, factor.gap),
        factor.gap === 0 ? '—' : (factor.nextAction ?? t(context, `strategy.nextActions.${factor.factor}`)),
      ]),
      numericColumns: [1, 4],
    },
  ]
}

function planAndGoals(context: Context): Block[] {
  const { plan, objectives } = context.analysis.strategy
  const yes = '✓'
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.steps') },
    { kind: 'paragraph', text: t(context, 'strategy.report.completeness', { complete: plan.completeCount }) },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.step'),
        t(context, 'strategy.report.complete'),
        t(context, 'strategy.report.missingParts'),
      ],
      rows: plan.steps.map((step) => [
        t(context, `report.steps.${step.step}`),
        step.complete ? yes : '✗',
        step.missing
          .map((part) => (part === 'conclusions' ? t(context, 'report.notYet') : step.figures.join(', ')))
          .join('; ') || '—',
      ]),
    },
  ]
  const named = (items: readonly string[]) =>
    items.map((factor) => dynamic(context, `strategy.factors.${factor}`)).join(listSeparator(context)) || '—'
  blocks.push({
    kind: 'paragraph',
    text: t(context, 'strategy.report.suggestedSwot', {
      strengths: named(plan.swot.suggestedStrengths),
      weaknesses: named(plan.swot.suggestedWeaknesses),
    }),
  })
  if (objectives.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: t(context, 'strategy.report.okrs') },
      {
        kind: 'table',
        header: [
          t(context, 'strategy.report.objective'),
          t(context, 'strategy.report.keyResult'),
          t(context, 'strategy.report.start'),
          t(context, 'strategy.report.current'),
          t(context, 'strategy.report.targetColumn'),
          t(context, 'strategy.report.grade'),
        ],
        rows: objectives.flatMap((objective) =>
          objective.keyResults.map((result, index) => [
            index === 0 ? `${objective.objective} (${number(context, objective.grade, 2)})` : '',
            result.figure === null ? result.title : `${result.title} [${result.figure}]`,
            number(context, result.start),
            number(context, result.current),
            number(context, result.target),
            result.grade === null
              ? t(
                  context,
                  result.ungradedReason === 'figure_undefined'
                    ? 'strategy.report.figureUndefined'
                    : 'strategy.report.noProgress',
                )
              : number(context, result.grade, 2),
          ]),
        ),
        numericColumns: [2, 3, 4, 5],
      },
    )
  }
  return blocks
}

function teamNeeds(context: Context): Block[] {
  const needs = context.analysis.strategy.team
  const functions = needs.singlePointFunctions.map((name) => t(context, `report.functions.${name}`))
  return [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.teamNeeds') },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.role'),
        t(context, 'strategy.report.reason'),
        t(context, 'strategy.report.status'),
        t(context, 'strategy.report.filledBy'),
      ],
      rows: needs.needs.map((need) => [
        t(context, `strategy.needs.${need.id}`),
        t(context, `strategy.needReasons.${need.reason}`, need.params),
        t(context, `strategy.needStatus.${need.status}`),
        need.filledBy === null ? '—' : `${need.filledBy} (${need.fromMonth})`,
      ]),
    },
    {
      kind: 'paragraph',
      text: t(context, 'strategy.report.keyPerson', {
        ratio: number(context, 100 * needs.keyPersonDependencyRatio, 0),
        functions: functions.length === 0 ? '' : ` (${functions.join(listSeparator(context))})`,
      }),
    },
  ]
}

function sustainability(context: Context): Block[] {
  const footprint = context.analysis.strategy.sustainability
  const heading: Block = { kind: 'heading', level: 3, text: t(context, 'strategy.report.sustainability') }
  if (footprint.workloads.length === 0)
    return [heading, { kind: 'paragraph', text: t(context, 'strategy.report.noWorkloads') }]
  const first = footprint.workloads[0]!
  return [
    heading,
    {
      kind: 'paragraph',
      text: t(context, 'strategy.report.sustainabilityTotal', {
        energy: number(context, footprint.totalEnergyMWh),
        co2: number(context, footprint.totalCo2Tonnes),
        region: number(context, footprint.regionSavingTonnes),
        hardware: number(context, footprint.hardwareSavingTonnes),
      }),
    },
    {
      kind: 'table',
      header: [
        t(context, 'strategy.report.workload'),
        t(context, 'strategy.report.region'),
        t(context, 'strategy.report.energy'),
        t(context, 'strategy.report.co2'),
        t(context, 'strategy.report.regionSaving', { region: first.cleanestRegion }),
        t(context, 'strategy.report.hardwareSaving', { gpu: first.efficientGpu }),
      ],
      rows: footprint.workloads.map((item) => [
        item.year === null
          ? `${item.name} (${t(context, 'strategy.report.perYear')})`
          : `${item.name} (${item.year})`,
        `${item.region} · ${item.gpu}`,
        number(context, item.energyMWh),
        number(context, item.co2Tonnes),
        number(context, item.regionSavingTonnes),
        number(context, item.hardwareSavingTonnes),
      ]),
      numericColumns: [2, 3, 4, 5],
    },
  ]
}

function expansion(context: Context): Block[] {
  const { markets, transfers } = context.analysis.strategy.expansion
  const regimeName = (regime: { name: string; nameZh: string }) =>
    context.language === 'zh-CN' ? regime.nameZh : regime.name
  return [
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.expansion') },
    {
      kind: 'table',
      header: [
        t(context, 'report.markets'),
        t(context, 'strategy.report.products'),
        t(context, 'strategy.report.regimes'),
        t(context, 'strategy.report.localisationItems'),
      ],
      rows: markets.map((market) => [
        market.market,
        market.products.join(', ') || '—',
        market.regimes.map(regimeName).join('; ') || '—',
        market.localisation.map((item) => dynamic(context, `strategy.localisation.${item}`)).join('; '),
      ]),
    },
    { kind: 'heading', level: 3, text: t(context, 'strategy.report.transfers') },
    transfers.length === 0
      ? { kind: 'paragraph', text: t(context, 'strategy.report.noTransfers') }
      : {
          kind: 'table',
          header: [
            t(context, 'strategy.report.from'),
            t(context, 'strategy.report.to'),
            t(context, 'strategy.report.products'),
            t(context, 'strategy.report.rule'),
          ],
          rows: transfers.map((transfer) => [
            transfer.from,
            transfer.to,
            transfer.products.join(', '),
            `${t(context, `strategy.transferRules.${transfer.rule}`)} (${transfer.source})`,
          ]),
        },
  ]
}

/**
 * The strategy workspace as report blocks (without the plan's own conclusions, which `build-report`
 * shows under the strategic plan).
 */
export function strategyBlocks(plan: VenturePlan, analysis: Analysis, language: Language): Block[] {
  const context: Context = { plan, analysis, language }
  return [
    ...market(context),
    ...competition(context),
    ...readiness(context),
    ...planAndGoals(context),
    ...teamNeeds(context),
    ...sustainability(context),
    ...expansion(context),
  ]
}

/** The twenty guide topics, each with this venture's figures and the section that acts on it. */
export function guideBlocks(analysis: Analysis, language: Language): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: translate(language, 'strategy.report.guide') }]
  for (const link of analysis.guide.topics) {
    const topic = renderGuideTopic(link.id, language, link, analysis.company)
    blocks.push(
      { kind: 'heading', level: 3, text: `${topic.question}. ${topic.title}` },
      { kind: 'paragraph', text: topic.body },
      {
        kind: 'list',
        items: [
          ...(topic.yourFigures === null ? [] : [topic.yourFigures]),
          `${translate(language, 'strategy.report.section')}: ${topic.section} — ${topic.command}`,
        ],
      },
    )
  }
  return blocks
}
