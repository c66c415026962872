/**
 * @module compute/chinchilla
 * Compute-optimal sizing (Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models",
 * arXiv:2203.15556): parameters and tokens for a FLOP budget, and the budget that money and time buy.
 */

import { findGpu, peakTflops } from './hardware.ts'
import { requireFraction, requirePositive, requirePositiveInteger } from './validate.ts'

/** A compute-optimal model size. */
export interface OptimalSize {
  readonly parameters: number
  readonly tokens: number
  readonly flops: number
  readonly method: 'tokens-per-parameter' | 'parametric-fit'
}

// Hoffmann et al. 2022 §3.3 (Approach 3), fitted loss L(N, D) = E + A/N^α + B/D^β.
const fit = { A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const

/**
 * Chinchilla-optimal size for `flops` with C = 6·N·D. Default: about 20 tokens per parameter (Hoffmann
 * Table 3, Approaches 1-2: exponents ≈ 0.5; Chinchilla itself is 70B on 1.4T at 5.76e23 FLOPs).
 * `parametric-fit` uses Approach 3's loss fit instead (exponents 0.46 / 0.54, smaller models).
 * @example
 * Math.round(chinchillaOptimal(5.76e23).parameters / 1e9) //=> 69
 */
export function chinchillaOptimal(
  flops: number,
  method: OptimalSize['method'] = 'tokens-per-parameter',
  tokensPerParameter = 20,
): OptimalSize {
  requirePositive(flops, ['flops'])
  if (method === 'tokens-per-parameter') {
    const parameters = Math.sqrt(flops / (6 * requirePositive(tokensPerParameter, ['tokensPerParameter'])))
    return { parameters, tokens: tokensPerParameter * parameters, flops, method }
  }
  const a = fit.beta / (fit.alpha + fit.beta)
  const b = fit.alpha / (fit.alpha + fit.beta)
  const g = ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta))
  return { parameters: g * (flops / 6) ** a, tokens: (1 / g) * (flops / 6) ** b, flops, method }
}

/** What a budget buys on a cluster. */
export interface BudgetInput {
  readonly budgetUsd: number
  readonly days: number
  readonly gpuId: string
  readonly gpuCount: number
  /** Default: the catalogue rental price. */
  readonly pricePerGpuHourUsd?: number
  /** Model FLOPs utilisation expected. Default 0.4. */
  readonly mfu?: number
  readonly fp8?: boolean
}

/** The FLOPs a budget buys and the model it should train. */
export interface BudgetResult {
  readonly gpuHours: number
  readonly limitedBy: 'money' | 'time'
  readonly flops: number
  readonly optimal: OptimalSize
  readonly costUsd: number
}

/**
 * The inverse question: with $X and D days on N GPUs, what compute-optimal model can be trained?
 * @example
 * Math.round(budgetToOptimalModel({ budgetUsd: 1e6, days: 30, gpuId: 'h100-sxm', gpuCount: 512, pricePerGpuHourUsd: 2 }).gpuHours) //=> 368640
 */
export function budgetToOptimalModel(input: BudgetInput): BudgetResult {
  const gpu = findGpu(input.gpuId)
  const budgetUsd = requirePositive(input.budgetUsd, ['budgetUsd'])
  const days = requirePositive(input.days, ['days'])
  const gpuCount = requirePositiveInteger(input.gpuCount, ['gpuCount'])
  const price = input.pricePerGpuHourUsd ?? gpu.rentalUsdPerGpuHour
  const mfu = requireFraction(input.mfu ?? 0.4, ['mfu'], 0.01)
  const timeGpuHours = gpuCount * days * 24
  const moneyGpuHours =
    price === null ? Number.POSITIVE_INFINITY : budgetUsd / requirePositive(price, ['pricePerGpuHourUsd'])
  const gpuHours = Math.min(timeGpuHours, moneyGpuHours)
  const flops = gpuHours * 3600 * peakTflops(gpu, input.fp8 ?? false) * 1e12 * mfu
  return {
    gpuHours,
    limitedBy: moneyGpuHours < timeGpuHours ? 'money' : 'time',
    flops,
    optimal: chinchillaOptimal(flops),
    costUsd: price === null ? 0 : gpuHours * price,
  }
}
