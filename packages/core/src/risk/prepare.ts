/**
 * @module risk/prepare
 * Turns a checked `QuantifiedRisk` into the constants and samplers the simulation's inner loop needs.
 */
import type { IssuePath } from '../errors.ts'
import { lognormalFromInterval, lognormalMean, pertMean } from '../random/analytic.ts'
import { lognormalSampler, pertSampler, poissonSampler, type Sampler } from '../random/distributions.ts'
import { mix32 } from '../random/generator.ts'
import type { ControlReturn, LossDistribution, QuantifiedRisk } from './types.ts'

export interface PreparedRisk {
  readonly id: string
  readonly drawCount: Sampler
  readonly drawLoss: Sampler
  /** Probability an event gets past every control (the product of 1 − frequency reductions). */
  readonly survival: number
  /** What is left of each surviving event's loss (the product of 1 − loss reductions). */
  readonly lossFactor: number
  readonly insurance?: {
    readonly deductibleUsd: number
    readonly limitPerEventUsd: number
    readonly annualAggregateLimitUsd: number
  }
  readonly annualPremiumUsd: number
  readonly controlsAnnualCostUsd: number
  readonly meanLossPerEventUsd: number
  /** Keys this risk's random streams, so adding or reordering risks leaves the others' draws alone. */
  readonly streamKey: number
}

/**
 * 32-bit hash of a risk id (FNV-1a over UTF-16 units, then mixed).
 * @example
 * riskStreamKey('gpu-supply') === riskStreamKey('gpu-supply') //=> true
 */
export function riskStreamKey(id: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index++) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193)
  }
  return mix32(hash)
}

/**
 * Mean loss per event of a distribution, exactly.
 * @example
 * meanLossPerEventUsd({ kind: 'pert', min: 0, mode: 2, max: 10 }) //=> 3
 */
export function meanLossPerEventUsd(loss: LossDistribution): number {
  return loss.kind === 'pert' ? pertMean(loss) : lognormalMean(lognormalFromInterval(loss.low, loss.high))
}

function lossSampler(loss: LossDistribution, path: IssuePath): Sampler {
  if (loss.kind === 'pert') return pertSampler(loss, path)
  return lognormalSampler(lognormalFromInterval(loss.low, loss.high, path), path)
}

/**
 * Samplers and constants for one risk whose input has already been checked.
 * @example
 * prepareRisk({ id: 'r', frequencyPerYear: 2, lossPerEventUsd: { kind: 'pert', min: 0, mode: 2, max: 10 } }, []).survival //=> 1
 */
export function prepareRisk(risk: QuantifiedRisk, path: IssuePath): PreparedRisk {
  const controls = risk.controls ?? []
  let survival = 1
  let lossFactor = 1
  let controlsAnnualCostUsd = 0
  for (const control of controls) {
    survival *= 1 - (control.frequencyReductionPct ?? 0) / 100
    lossFactor *= 1 - (control.lossReductionPct ?? 0) / 100
    controlsAnnualCostUsd += control.annualCostUsd
  }
  const policy = risk.insurance
  return {
    id: risk.id,
    drawCount: poissonSampler(risk.frequencyPerYear, [...path, 'frequencyPerYear']),
    drawLoss: lossSampler(risk.lossPerEventUsd, [...path, 'lossPerEventUsd']),
    survival,
    lossFactor,
    ...(policy && {
      insurance: {
        deductibleUsd: policy.deductibleUsd,
        limitPerEventUsd: policy.limitPerEventUsd,
        annualAggregateLimitUsd: policy.annualAggregateLimitUsd ?? Number.POSITIVE_INFINITY,
      },
    }),
    annualPremiumUsd: policy?.annualPremiumUsd ?? 0,
    controlsAnnualCostUsd,
    meanLossPerEventUsd: meanLossPerEventUsd(risk.lossPerEventUsd),
    streamKey: riskStreamKey(risk.id),
  }
}

/**
 * Each control valued alone against the inherent risk, before insurance: exact, since the expected annual
 * loss is frequency × mean loss and a control scales both factors.
 * @example
 * controlReturns({ id: 'r', frequencyPerYear: 1, lossPerEventUsd: { kind: 'pert', min: 0, mode: 2, max: 10 },
 *   controls: [{ id: 'c', frequencyReductionPct: 50, annualCostUsd: 1 }] })[0]!.returnOnCost //=> 0.5
 */
export function controlReturns(risk: QuantifiedRisk): ControlReturn[] {
  const inherentUsd = risk.frequencyPerYear * meanLossPerEventUsd(risk.lossPerEventUsd)
  return (risk.controls ?? []).map((control) => {
    const kept =
      (1 - (control.frequencyReductionPct ?? 0) / 100) * (1 - (control.lossReductionPct ?? 0) / 100)
    const annualLossReductionUsd = inherentUsd * (1 - kept)
    const cost = control.annualCostUsd
    return {
      id: control.id,
      annualCostUsd: cost,
      annualLossReductionUsd,
      returnOnCost: cost > 0 ? (annualLossReductionUsd - cost) / cost : null,
    }
  })
}
