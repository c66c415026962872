/**
 * @module risk/types
 * Inputs and outputs of risk quantification. Money is in US dollars per the name's `Usd`; frequencies are
 * events per year; percentages are 0–100.
 */

/** Loss per event: Beta-PERT from three points, or lognormal from a 90 % interval (5th and 95th percentiles). */
export type LossDistribution =
  | {
      readonly kind: 'pert'
      readonly min: number
      readonly mode: number
      readonly max: number
      readonly lambda?: number
    }
  | { readonly kind: 'lognormal'; readonly low: number; readonly high: number }

/** A control: cuts how often the risk fires and/or how much each event costs, for a yearly cost. */
export interface RiskControl {
  readonly id: string
  /** Share of events the control prevents, 0–100. */
  readonly frequencyReductionPct?: number
  /** Share of each remaining event's loss the control removes, 0–100. */
  readonly lossReductionPct?: number
  readonly annualCostUsd: number
}

/** An insurance policy, applied to each event's loss after controls. */
export interface InsurancePolicy {
  /** The insured pays the first part of each loss. */
  readonly deductibleUsd: number
  /** The most the insurer pays for one event. */
  readonly limitPerEventUsd: number
  /** The most the insurer pays in one year, across events (unlimited when absent). */
  readonly annualAggregateLimitUsd?: number
  readonly annualPremiumUsd: number
}

/** The quantified part of one risk in the register. */
export interface QuantifiedRisk {
  readonly id: string
  /** Expected events per year (Poisson mean); above 1 means several a year. */
  readonly frequencyPerYear: number
  readonly lossPerEventUsd: LossDistribution
  readonly controls?: readonly RiskControl[]
  readonly insurance?: InsurancePolicy
}

/** One point of a loss-exceedance curve: the probability that a year's loss is above `lossUsd`. */
export interface ExceedancePoint {
  readonly lossUsd: number
  readonly probability: number
}

/** Annual-loss statistics of one view (inherent, residual or retained) of a risk or the register. */
export interface LossSummary {
  /** Annualised loss expectancy: the mean loss per simulated year. */
  readonly meanUsd: number
  readonly p50Usd: number
  readonly p90Usd: number
  readonly p95Usd: number
  readonly p99Usd: number
  readonly maxUsd: number
  /** Share of years with any loss. */
  readonly probabilityOfLoss: number
  readonly exceedance: readonly ExceedancePoint[]
}

/** The return on one control, valued alone against the inherent risk (before insurance). */
export interface ControlReturn {
  readonly id: string
  readonly annualCostUsd: number
  /** Exact: frequency × mean loss, with and without the control. */
  readonly annualLossReductionUsd: number
  /** (reduction − cost) / cost; `null` for a control that costs nothing. */
  readonly returnOnCost: number | null
}

export interface RiskSimulation {
  readonly id: string
  /** Before controls and insurance. */
  readonly inherent: LossSummary
  /** After controls, before insurance. */
  readonly residual: LossSummary
  /** After controls and insurance recoveries; premiums are not losses and are counted apart. */
  readonly retained: LossSummary
  /** Exact frequency × mean loss per event, for checking the simulation. */
  readonly inherentExpectedLossUsd: number
  readonly residualExpectedLossUsd: number
  readonly controlsAnnualCostUsd: number
  readonly annualPremiumUsd: number
  /** Retained mean + premium + controls: what the risk costs a year on average. */
  readonly totalCostOfRiskUsd: number
  /** All controls together, simulated: (inherent − residual mean − cost) / cost; `null` without cost. */
  readonly returnOnControls: number | null
  readonly controls: readonly ControlReturn[]
}

export interface RegisterSimulation {
  readonly seed: number
  readonly years: number
  readonly risks: readonly RiskSimulation[]
  /** Year-by-year sums over every risk (risks are independent). */
  readonly total: {
    readonly inherent: LossSummary
    readonly residual: LossSummary
    readonly retained: LossSummary
    readonly controlsAnnualCostUsd: number
    readonly annualPremiumUsd: number
    readonly totalCostOfRiskUsd: number
  }
}
