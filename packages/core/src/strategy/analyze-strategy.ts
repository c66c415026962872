/**
 * @module strategy/analyze-strategy
 * The strategy section of the analysis: market sizing, competition, readiness scorecard, the seven-step
 * plan with graded OKRs, team needs, sustainability and international expansion. It runs after the other
 * engines because it reads their figures (runway, compute energy, team cost).
 */
import { readinessFactors } from '../plan/strategy.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { analyzeCompetition, type Competition } from './competition.ts'
import { analyzeExpansion, type Expansion } from './expansion.ts'
import { type MarketSizing, sizeMarket } from './market-sizing.ts'
import { gradeObjectives, type ObjectiveGrade } from './okr.ts'
import { type Readiness, scoreReadiness } from './readiness.ts'
import { type StrategicPlanStatus, strategicPlanStatus } from './strategic-plan.ts'
import { analyzeSustainability, type ComputeFigures, type Sustainability } from './sustainability.ts'
import { type TeamNeeds, teamNeeds } from './team-needs.ts'

export interface StrategyAnalysis {
  readonly market: MarketSizing
  readonly competition: Competition
  readonly readiness: Readiness
  readonly plan: StrategicPlanStatus
  readonly objectives: readonly ObjectiveGrade[]
  readonly team: TeamNeeds
  readonly sustainability: Sustainability
  readonly expansion: Expansion
}

/** The figures of the other engines the strategy reads; every one optional so engines can arrive late. */
export interface StrategyInputFigures {
  readonly team: {
    readonly headcountByFunction: Readonly<Record<string, number>>
    readonly monthlyCostUsd: number
  }
  readonly costs: { readonly monthlyOtherUsd: number }
  readonly funding: { readonly cashUsd: number }
  readonly finance?: { readonly runwayMonths?: number | null }
  readonly compute?: ComputeFigures
}

/**
 * Months of cash at today's team and other costs: the fallback funding figure before the finance
 * engine's runway exists. Null when nothing is spent.
 * @example
 * cashMonths({ team: { monthlyCostUsd: 80000, headcountByFunction: {} }, costs: { monthlyOtherUsd: 20000 }, funding: { cashUsd: 1.2e6 } }) //=> 12
 */
export function cashMonths(figures: Pick<StrategyInputFigures, 'team' | 'costs' | 'funding'>): number | null {
  const spend = figures.team.monthlyCostUsd + figures.costs.monthlyOtherUsd
  return spend === 0 ? null : figures.funding.cashUsd / spend
}

/**
 * Analyses the strategy of a validated plan over the other engines' figures. Throws a `UserError` with
 * plan paths for bad sizing inputs, weights summing to 0, or a key result bound to an unknown figure.
 * @example
 * analyzeStrategy(plan, figures, '2026-11').readiness.factors.length //=> 7
 */
export function analyzeStrategy(
  plan: VenturePlan,
  figures: StrategyInputFigures,
  month: string,
): StrategyAnalysis {
  const market = sizeMarket(plan.market)
  const team = teamNeeds(plan, month)
  const competition = analyzeCompetition(
    plan,
    figures.team.headcountByFunction.technology ?? 0,
    team.keyPersonDependencyRatio,
  )
  const runway = figures.finance?.runwayMonths
  const readiness = scoreReadiness(
    plan,
    competition,
    team,
    { runwayMonths: runway === undefined ? undefined : runway, cashMonths: cashMonths(figures) },
    readinessFactors,
  )
  const objectives = gradeObjectives(plan.strategy.objectives, {
    ...figures,
    strategy: { market, competition, readiness, team },
  })
  return {
    market,
    competition,
    readiness,
    plan: strategicPlanStatus(plan, market, readiness),
    objectives,
    team,
    sustainability: analyzeSustainability(plan, figures.compute),
    expansion: analyzeExpansion(plan),
  }
}
