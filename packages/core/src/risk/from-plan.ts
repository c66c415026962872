/**
 * @module risk/from-plan
 * Reads the plan's risk section into the engine's terms: the configured matrix (defaults filled in) and
 * the quantified part of each risk. The plan speaks a person's words (`mostLikely`, `upToUsd`, controls as
 * plain lines); the engine speaks the simulation's (`mode`, `upTo`, controls with ids).
 */
import type { Risk, RiskControlInput, RiskMatrixInput } from '../plan/risk.ts'
import { defaultRiskMatrix, type RiskMatrix } from './matrix.ts'
import type { LossDistribution, QuantifiedRisk, RiskControl } from './types.ts'

/**
 * The plan's matrix with the default's parts where the plan leaves them out; levels are numbered by
 * position (1 = the first listed).
 * @example
 * riskMatrixFromPlan(undefined).bands.map((band) => band.name) //=> ['low', 'medium', 'high', 'critical']
 */
export function riskMatrixFromPlan(config: RiskMatrixInput | undefined): RiskMatrix {
  if (config === undefined) return defaultRiskMatrix
  return {
    likelihood:
      config.likelihood?.map((level, index) => ({
        level: index + 1,
        label: level.label,
        ...(level.upToPerYear !== undefined && { upTo: level.upToPerYear }),
      })) ?? defaultRiskMatrix.likelihood,
    impact:
      config.impact?.map((level, index) => ({
        level: index + 1,
        label: level.label,
        ...(level.upToUsd !== undefined && { upTo: level.upToUsd }),
      })) ?? defaultRiskMatrix.impact,
    scoring: config.grid ?? 'product',
    bands: config.bands ?? defaultRiskMatrix.bands,
  }
}

/** The engine's name for a plan field, so the engine's issues can point into the plan. */
export const planFieldForMatrixField: Readonly<Record<string, string>> = { scoring: 'grid' }

/**
 * A control as the simulation sees it. A control written as a plain line has no quantified effect and
 * no cost, but keeps its place so paths and indices match the plan.
 * @example
 * riskControlFromPlan('Second GPU supplier', 0) //=> { id: 'Second GPU supplier', annualCostUsd: 0 }
 */
export function riskControlFromPlan(control: RiskControlInput, index: number): RiskControl {
  if (typeof control === 'string') return { id: control || `control-${index + 1}`, annualCostUsd: 0 }
  return {
    id: control.title,
    annualCostUsd: control.annualCostUsd,
    ...(control.frequencyReductionPct !== undefined && {
      frequencyReductionPct: control.frequencyReductionPct,
    }),
    ...(control.lossReductionPct !== undefined && { lossReductionPct: control.lossReductionPct }),
  }
}

/**
 * The title of a control in either form.
 * @example
 * riskControlTitle({ title: 'Reserve', annualCostUsd: 0 }) //=> 'Reserve'
 */
export function riskControlTitle(control: RiskControlInput): string {
  return typeof control === 'string' ? control : control.title
}

/**
 * The loss distribution in the engine's terms.
 * @example
 * lossDistributionFromPlan({ distribution: 'pert', min: 1, mostLikely: 2, max: 6 }) //=> { kind: 'pert', min: 1, mode: 2, max: 6 }
 */
export function lossDistributionFromPlan(loss: NonNullable<Risk['lossPerEventUsd']>): LossDistribution {
  return loss.distribution === 'pert'
    ? { kind: 'pert', min: loss.min, mode: loss.mostLikely, max: loss.max }
    : { kind: 'lognormal', low: loss.low, high: loss.high }
}

/**
 * The quantified part of a risk, or `undefined` when the plan gives no frequency and loss for it.
 * @example
 * quantifiedRiskFromPlan({ id: 'r', frequencyPerYear: 0.5,
 *   lossPerEventUsd: { distribution: 'lognormal', low: 1e4, high: 1e6 }, controls: [] } as Risk)?.frequencyPerYear //=> 0.5
 */
export function quantifiedRiskFromPlan(risk: Risk): QuantifiedRisk | undefined {
  if (risk.frequencyPerYear === undefined || risk.lossPerEventUsd === undefined) return undefined
  const insurance = risk.insurance
  return {
    id: risk.id,
    frequencyPerYear: risk.frequencyPerYear,
    lossPerEventUsd: lossDistributionFromPlan(risk.lossPerEventUsd),
    controls: risk.controls.map(riskControlFromPlan),
    ...(insurance && {
      insurance: {
        annualPremiumUsd: insurance.annualPremiumUsd,
        deductibleUsd: insurance.deductibleUsd,
        limitPerEventUsd: insurance.limitPerEventUsd,
        ...(insurance.annualAggregateLimitUsd !== undefined && {
          annualAggregateLimitUsd: insurance.annualAggregateLimitUsd,
        }),
      },
    }),
  }
}

/**
 * Every quantified risk of a register, in register order.
 * @example
 * quantifiedRegisterFromPlan([]) //=> []
 */
export function quantifiedRegisterFromPlan(register: readonly Risk[]): QuantifiedRisk[] {
  return register.flatMap((risk) => {
    const quantified = quantifiedRiskFromPlan(risk)
    return quantified === undefined ? [] : [quantified]
  })
}
