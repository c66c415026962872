/**
 * @module strategy/strategic-plan
 * The seven steps of the seed's strategic planning (question 13), each with the founder's conclusions,
 * the analysis figures that support it, and a completeness check; and SWOT with entries the scorecard
 * suggests. A step is complete when it holds at least one conclusion and the figures it rests on
 * exist (market research needs a market size, goal setting needs an objective with a key result).
 */
import { strategySteps } from '../plan/strategy.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import type { MarketSizing } from './market-sizing.ts'
import type { Readiness, ReadinessFactor } from './readiness.ts'

export type StrategyStep = (typeof strategySteps)[number]

export interface StepStatus {
  readonly step: StrategyStep
  readonly conclusions: readonly string[]
  /** Figure paths in the analysis that support the step. */
  readonly figures: readonly string[]
  readonly complete: boolean
  /** What is missing: `conclusions`, `figures`, or both. */
  readonly missing: ReadonlyArray<'conclusions' | 'figures'>
}

export interface StrategicPlanStatus {
  readonly steps: readonly StepStatus[]
  readonly completeCount: number
  /** Complete steps / 7. */
  readonly completenessRatio: number
  readonly swot: {
    readonly strengths: readonly string[]
    readonly weaknesses: readonly string[]
    readonly opportunities: readonly string[]
    readonly threats: readonly string[]
    /** Readiness factors at or above target: candidate strengths. */
    readonly suggestedStrengths: readonly ReadinessFactor[]
    /** Readiness factors scoring 2 or less: candidate weaknesses. */
    readonly suggestedWeaknesses: readonly ReadinessFactor[]
  }
}

/** Which figures each step rests on, and whether they exist for this plan. */
function supportingFigures(
  step: StrategyStep,
  plan: VenturePlan,
  sizing: MarketSizing,
): { figures: string[]; available: boolean } {
  switch (step) {
    case 'marketResearch':
      return {
        figures: ['strategy.market.somUsd', 'strategy.market.samUsd'],
        available: sizing.somUsd !== null,
      }
    case 'technologyAssessment':
      return {
        figures: ['compute.totals.trainingCostUsd', 'strategy.competition.rows[0].scores.technology'],
        available: plan.models.length > 0,
      }
    case 'teamBuilding':
      return {
        figures: ['team.headcount', 'strategy.team.coverageRatio'],
        available: plan.team.roles.length > 0,
      }
    case 'businessModelDesign':
      return { figures: ['strategy.readiness.factors[4].score'], available: plan.products.length > 0 }
    case 'resourceAllocation':
      return { figures: ['funding.cashUsd', 'team.monthlyCostUsd', 'costs.monthlyOtherUsd'], available: true }
    case 'riskAnalysis':
      return { figures: ['indicators'], available: plan.risks.register.length > 0 }
    case 'goalSetting':
      return {
        figures: ['strategy.objectives'],
        available: plan.strategy.objectives.some((objective) => objective.keyResults.length > 0),
      }
  }
}

/**
 * The status of the seven steps and SWOT.
 * @example
 * strategicPlanStatus(plan, sizing, readiness).completenessRatio //=> 1 for a plan with every step written
 */
export function strategicPlanStatus(
  plan: VenturePlan,
  sizing: MarketSizing,
  readiness: Readiness,
): StrategicPlanStatus {
  const steps = strategySteps.map((step): StepStatus => {
    const conclusions = plan.strategy.steps[step]
    const { figures, available } = supportingFigures(step, plan, sizing)
    const missing: Array<'conclusions' | 'figures'> = []
    if (conclusions.length === 0) missing.push('conclusions')
    if (!available) missing.push('figures')
    return { step, conclusions, figures, complete: missing.length === 0, missing }
  })
  const completeCount = steps.filter((step) => step.complete).length
  const { swot } = plan.strategy
  return {
    steps,
    completeCount,
    completenessRatio: completeCount / steps.length,
    swot: {
      ...swot,
      suggestedStrengths: readiness.factors
        .filter((factor) => factor.score !== null && factor.score >= readiness.target)
        .map((factor) => factor.factor),
      suggestedWeaknesses: readiness.factors
        .filter((factor) => factor.score !== null && factor.score <= 2)
        .map((factor) => factor.factor),
    },
  }
}
