/**
 * @module guide/link-figures
 * Links each guide topic to this venture's own figures: "your training runs cost $2.1M, 38 % of cash".
 * The result is language-neutral (numbers and identifiers); `render-guide.ts` words it. A figure that
 * does not exist for this plan is `null`, and the topic then says what to add to the plan instead.
 */
import type { VenturePlan } from '../plan/venture-plan.ts'
import { cashMonths, type StrategyAnalysis } from '../strategy/index.ts'
import { type GuideSection, type GuideTopicId, guideSections, guideTopicIds } from './topics.ts'

export type GuideFigureValue = number | string | null

export interface GuideTopicLink {
  readonly id: GuideTopicId
  readonly question: number
  readonly section: GuideSection
  /** Named figures the sentence uses; names end in their unit (`Usd`, `Pct`, `Tonnes`, `Months`). */
  readonly figures: Readonly<Record<string, GuideFigureValue>>
  /** Whether the plan has what the topic's sentence needs. */
  readonly linked: boolean
}

export interface GuideAnalysis {
  readonly topics: readonly GuideTopicLink[]
}

/** The figures of the analysis the guide reads (structural, so it can run before `Analysis` is built). */
export interface GuideInputFigures {
  readonly team: {
    readonly headcount: number
    readonly headcountByFunction: Readonly<Record<string, number>>
    readonly monthlyCostUsd: number
  }
  readonly costs: { readonly monthlyOtherUsd: number }
  readonly funding: {
    readonly cashUsd: number
    readonly plannedRaiseUsd: number
    readonly nextRound: { readonly name: string; readonly month: string } | null
  }
  readonly finance?: { readonly runwayMonths?: number | null }
  readonly compute?: {
    readonly totals: { readonly trainingCostUsd: number; readonly trainingGpuHours: number }
    readonly training: ReadonlyArray<{ readonly kind: string; readonly costUsd: number | null }>
  }
  readonly indicators: ReadonlyArray<{ readonly status: string }>
  readonly warnings: readonly unknown[]
  readonly strategy: StrategyAnalysis
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

function figuresFor(
  id: GuideTopicId,
  plan: VenturePlan,
  f: GuideInputFigures,
): Record<string, GuideFigureValue> {
  const s = f.strategy
  const own = s.competition.rows[0]!
  switch (id) {
    case 'technical-challenges': {
      const cost = f.compute?.totals.trainingCostUsd ?? null
      return {
        trainingCostUsd: cost === null || cost === 0 ? null : cost,
        shareOfCashPct:
          cost === null || cost === 0 || f.funding.cashUsd === 0
            ? null
            : round((100 * cost) / f.funding.cashUsd),
      }
    }
    case 'efficiency-accuracy': {
      const runs = f.compute?.training ?? []
      const fineTuning = runs.filter((run) => run.kind !== 'pretraining')
      const cost = (items: typeof runs) => items.reduce((sum, run) => sum + (run.costUsd ?? 0), 0)
      return {
        fineTuningRuns: fineTuning.length,
        fineTuningCostUsd: runs.length === 0 ? null : cost(fineTuning),
        pretrainingCostUsd: runs.length === 0 ? null : cost(runs.filter((run) => run.kind === 'pretraining')),
      }
    }
    case 'application-scenarios':
      return {
        products: plan.products.length,
        scenarios:
          plan.products.length === 0
            ? null
            : [...new Set(plan.products.map((product) => product.scenario))].join(', '),
      }
    case 'legal-ethics':
      return {
        regimes: new Set(s.expansion.markets.flatMap((market) => market.regimes.map((regime) => regime.id)))
          .size,
        markets: s.expansion.markets.map((market) => market.market).join(', '),
        specialCategories:
          [
            ...new Set(plan.products.flatMap((product) => product.aiSystem.personalData.specialCategories)),
          ].join(', ') || null,
      }
    case 'commercialisation':
    case 'business-model-innovation':
      return {
        revenueModels:
          plan.products.length === 0
            ? null
            : [...new Set(plan.products.map((product) => product.revenue.model))].join(', '),
        revenueModelCount: new Set(plan.products.map((product) => product.revenue.model)).size,
        businessModelScore:
          s.readiness.factors.find((factor) => factor.factor === 'businessModel')?.score ?? null,
      }
    case 'market-opportunity':
      return {
        somUsd: s.market.somUsd,
        samUsd: s.market.samUsd,
        methodGapPct: s.market.samGapRatio === null ? null : round(100 * s.market.samGapRatio),
        unsourcedInputs: s.market.unsourcedInputs.length,
      }
    case 'competition':
    case 'market-competition':
      return {
        rank: s.competition.rank,
        entrants: s.competition.rows.length,
        rivals: s.competition.rows.length - 1,
        weightedScore: round(own.weightedScore, 2),
        relativeToLeaderPct:
          s.competition.relativeToLeader === null ? null : round(100 * s.competition.relativeToLeader, 0),
        fiveForcesAverage:
          s.competition.fiveForces === null ? null : round(s.competition.fiveForces.averageLevel),
      }
    case 'competitive-advantage':
      return {
        strongest: s.competition.strongestDimension,
        strongestScore: own.scores[s.competition.strongestDimension],
        weakest: s.competition.weakestDimension,
        weakestScore: own.scores[s.competition.weakestDimension],
      }
    case 'risks':
      return {
        risks: plan.risks.register.length === 0 ? null : plan.risks.register.length,
        topScore: Math.max(0, ...plan.risks.register.map((risk) => risk.likelihood * risk.impact)),
      }
    case 'risk-reduction':
      return {
        risks: plan.risks.register.length === 0 ? null : plan.risks.register.length,
        withContingency: plan.risks.register.filter((risk) => risk.contingencyPlan.length > 0).length,
      }
    case 'risk-management':
      return {
        indicators: f.indicators.length === 0 ? null : f.indicators.length,
        warnings: f.warnings.length,
      }
    case 'success-factors':
      return {
        averageScore: s.readiness.averageScore === null ? null : round(s.readiness.averageScore),
        scored: s.readiness.scoredCount,
        weakestFactor: s.readiness.weakestFactor,
      }
    case 'technology-breakthrough':
      return {
        technologyScore:
          s.readiness.factors.find((factor) => factor.factor === 'coreTechnology')?.score ?? null,
        technologyHeadcount: f.team.headcountByFunction.technology ?? 0,
      }
    case 'strategic-planning': {
      const grades = s.objectives.flatMap((objective) => (objective.grade === null ? [] : [objective.grade]))
      return {
        completeSteps: s.plan.completeCount,
        averageGrade:
          grades.length === 0
            ? null
            : round(grades.reduce((sum, grade) => sum + grade, 0) / grades.length, 2),
      }
    }
    case 'financing': {
      const runway = f.finance?.runwayMonths
      const months = runway === undefined ? cashMonths(f) : runway
      return {
        runwayMonths: months === null ? null : round(months),
        plannedRaiseUsd: f.funding.plannedRaiseUsd,
        nextRound:
          f.funding.nextRound === null ? null : `${f.funding.nextRound.name} (${f.funding.nextRound.month})`,
      }
    }
    case 'team-building':
      return {
        headcount: f.team.headcount,
        missingRoles:
          s.team.needs
            .filter((need) => need.status === 'missing')
            .map((need) => need.id)
            .join(', ') || null,
        keyPersonDependencyPct: round(100 * s.team.keyPersonDependencyRatio, 0),
      }
    case 'sustainability':
      return {
        co2Tonnes: s.sustainability.workloads.length === 0 ? null : round(s.sustainability.totalCo2Tonnes),
        regionSavingTonnes: round(s.sustainability.regionSavingTonnes),
        hardwareSavingTonnes: round(s.sustainability.hardwareSavingTonnes),
      }
    case 'international':
      return {
        markets: s.expansion.markets.length,
        transfers:
          s.expansion.transfers.length === 0
            ? null
            : s.expansion.transfers.map((item) => `${item.from}→${item.to}`).join(', '),
      }
  }
}

/** The figure whose absence means the topic cannot speak about this plan yet. */
const keyFigure: Readonly<Record<GuideTopicId, string | null>> = {
  'technical-challenges': 'trainingCostUsd',
  'efficiency-accuracy': 'fineTuningCostUsd',
  'application-scenarios': 'scenarios',
  'legal-ethics': null,
  commercialisation: 'revenueModels',
  'business-model-innovation': 'revenueModels',
  'market-opportunity': 'somUsd',
  competition: 'relativeToLeaderPct',
  'market-competition': 'relativeToLeaderPct',
  'competitive-advantage': null,
  risks: 'risks',
  'risk-reduction': 'risks',
  'risk-management': 'indicators',
  'success-factors': 'averageScore',
  'technology-breakthrough': 'technologyScore',
  'strategic-planning': null,
  financing: 'runwayMonths',
  'team-building': null,
  sustainability: 'co2Tonnes',
  international: null,
}

/**
 * Every topic of the guide with this venture's figures.
 * @example
 * linkGuide(plan, figures).topics[0].figures.trainingCostUsd //=> 2_100_000
 */
export function linkGuide(plan: VenturePlan, figures: GuideInputFigures): GuideAnalysis {
  return {
    topics: guideTopicIds.map((id) => {
      const values = figuresFor(id, plan, figures)
      const key = keyFigure[id]
      return {
        id,
        question: guideSections[id].question,
        section: guideSections[id].section,
        figures: values,
        linked: key === null || (values[key] ?? null) !== null,
      }
    }),
  }
}
