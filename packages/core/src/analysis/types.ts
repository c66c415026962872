/**
 * @module analysis/types
 * The shape of an analysis: plain JSON, every figure named with its unit. Indicator expressions address
 * these figures by path (`team.monthlyCostUsd`), so renaming one is a breaking change.
 */

import type { ComplianceAnalysis } from '../compliance/index.ts'
import type { ComputeAnalysis } from '../compute/index.ts'
import type { FinanceAnalysis } from '../finance/index.ts'
import type { GuideAnalysis } from '../guide/index.ts'
import type { Company } from '../plan/company.ts'
import type { Product } from '../plan/product.ts'
import type { teamFunctions } from '../plan/team.ts'
import type { RiskAnalysis } from '../risk/index.ts'
import type { StrategyAnalysis } from '../strategy/index.ts'

export type TeamFunctionName = (typeof teamFunctions)[number]

export interface TeamAnalysis {
  readonly headcount: number
  readonly headcountByFunction: Readonly<Record<TeamFunctionName, number>>
  /** Loaded monthly cost of the team in the plan's month. */
  readonly monthlyCostUsd: number
  readonly keyPersonCount: number
  /** Key people as a share of headcount (0–1); 0 for an empty team. */
  readonly keyPersonShare: number
  /** Functions with nobody in them in the plan's month. */
  readonly unstaffedFunctions: readonly TeamFunctionName[]
  readonly timeline: ReadonlyArray<{
    readonly month: string
    readonly headcount: number
    readonly headcountByFunction: Readonly<Record<TeamFunctionName, number>>
    readonly monthlyCostUsd: number
  }>
}

export interface IndicatorResult {
  readonly id: string
  readonly title: string
  readonly risk: string | null
  readonly expression: string
  /** The value, or null when it cannot be computed (then `undefinedReason` says why). */
  readonly value: number | null
  readonly undefinedReason: string | null
  readonly warnWhen: 'below' | 'above'
  readonly amber: number | null
  readonly red: number
  readonly status: 'ok' | 'amber' | 'red' | 'undefined'
}

/** An early warning: a breached indicator, the risk it belongs to and what to do about it. */
export interface EarlyWarning {
  readonly indicator: string
  readonly level: 'amber' | 'red'
  readonly title: string
  readonly value: number
  readonly threshold: number
  readonly warnWhen: 'below' | 'above'
  readonly risk: {
    readonly id: string
    readonly title: string
    readonly likelihood: number
    readonly proposedLikelihood: number
  } | null
  readonly contingencyPlan: readonly string[]
}

export interface Analysis {
  /** Bumped when a figure is renamed or removed. */
  readonly analysisVersion: 1
  readonly asOf: string
  readonly months: readonly string[]
  readonly company: {
    readonly name: string
    readonly stage: Company['stage']
    readonly currency: Company['currency']
    readonly usdExchangeRate: number
    readonly homeMarket: string
    readonly marketsServed: readonly string[]
    readonly ageMonths: number
  }
  readonly products: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly scenario: Product['scenario']
    readonly revenueModel: Product['revenue']['model']
    readonly launchMonth: string
    readonly markets: readonly string[]
  }>
  readonly team: TeamAnalysis
  readonly costs: {
    /** Other operating costs (rent, software, …) in the plan's month. */
    readonly monthlyOtherUsd: number
  }
  readonly funding: {
    readonly cashUsd: number
    readonly plannedRaiseUsd: number
    readonly nextRound: {
      readonly id: string
      readonly name: string
      readonly month: string
      readonly newMoneyUsd: number
    } | null
    readonly monthsToNextRound: number | null
  }
  /** Every model's training runs and serving, planned by the compute planner. */
  readonly compute: ComputeAnalysis
  /** Every product's EU AI Act tiers, obligations, to-dos and timeline as of the plan's date. */
  readonly compliance: ComplianceAnalysis
  /** Monthly projection, runway, default alive, unit economics and the cap table (finance engine). */
  readonly finance: FinanceAnalysis
  /** The register scored on the plan's matrix, exact expected losses, overdue reviews, suggestions. */
  readonly risks: RiskAnalysis
  readonly indicators: readonly IndicatorResult[]
  readonly warnings: readonly EarlyWarning[]
  /** Market sizing, competition, readiness scorecard, OKRs, team needs, sustainability, expansion. */
  readonly strategy: StrategyAnalysis
  /** The twenty guide topics linked to this venture's figures (worded by `renderGuideTopic`). */
  readonly guide: GuideAnalysis
}
