/**
 * @module random/analytic
 * Closed-form moments and fits for the distributions the samplers draw from, so tests and reports can
 * compare simulation against exact values.
 *
 * Beta-PERT: Vose, *Risk Analysis: A Quantitative Guide* (3rd ed., Wiley 2008), §9.1.4: with λ = 4,
 * α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), mean (a + 4m + b)/6 and variance (μ − a)(b − μ)/7.
 * The general-λ forms are mean (a + λm + b)/(λ + 2) and variance (μ − a)(b − μ)/(λ + 3).
 */
import type { IssuePath } from '../errors.ts'
import { requireFinite, requireParameter } from './validate.ts'

/** Φ⁻¹(0.95): a normal 90 % central interval is the mean ± this many standard deviations. */
export const normalQuantile95 = 1.6448536269514722

/** Beta-PERT parameters: minimum, most likely (mode), maximum, and the weight λ of the mode (default 4). */
export interface PertParameters {
  readonly min: number
  readonly mode: number
  readonly max: number
  readonly lambda?: number
}

/**
 * Checks a PERT's parameters, throwing `invalid_distribution` with the offending field's path.
 * @example
 * checkPert({ min: 1, mode: 2, max: 3 }) // no throw
 */
export function checkPert(parameters: PertParameters, path: IssuePath = []): void {
  const { min, mode, max, lambda = 4 } = parameters
  requireFinite('pert', { min, mode, max, lambda }, path)
  requireParameter(min <= max, 'pert', 'min', `(${min}) must not exceed max (${max})`, path)
  requireParameter(min <= mode, 'pert', 'mode', `(${mode}) must not be below min (${min})`, path)
  requireParameter(mode <= max, 'pert', 'mode', `(${mode}) must not exceed max (${max})`, path)
  requireParameter(lambda > 0, 'pert', 'lambda', `must be positive, got ${lambda}`, path)
}

/**
 * The Beta shape parameters behind a PERT (undefined width: both 1).
 * @example
 * pertShape({ min: 0, mode: 2, max: 10 }) //=> { alpha: 1.8, beta: 4.2 }
 */
export function pertShape(parameters: PertParameters): { alpha: number; beta: number } {
  const { min, mode, max, lambda = 4 } = parameters
  const width = max - min
  if (width === 0) return { alpha: 1, beta: 1 }
  return { alpha: 1 + (lambda * (mode - min)) / width, beta: 1 + (lambda * (max - mode)) / width }
}

/**
 * Mean of a Beta-PERT: (a + λm + b)/(λ + 2); (a + 4m + b)/6 for the default λ = 4.
 * @example
 * pertMean({ min: 0, mode: 2, max: 10 }) //=> 3
 */
export function pertMean(parameters: PertParameters): number {
  const { min, mode, max, lambda = 4 } = parameters
  return (min + lambda * mode + max) / (lambda + 2)
}

/**
 * Variance of a Beta-PERT: (μ − a)(b − μ)/(λ + 3); (μ − a)(b − μ)/7 for λ = 4.
 * @example
 * pertVariance({ min: 0, mode: 2, max: 10 }) //=> 3
 */
export function pertVariance(parameters: PertParameters): number {
  const { min, max, lambda = 4 } = parameters
  const mean = pertMean(parameters)
  return ((mean - min) * (max - mean)) / (lambda + 3)
}

/**
 * Mean of a triangular distribution: (a + m + b)/3.
 * @example
 * triangularMean(0, 3, 6) //=> 3
 */
export function triangularMean(min: number, mode: number, max: number): number {
  return (min + mode + max) / 3
}

/**
 * Variance of a triangular distribution: (a² + m² + b² − am − ab − mb)/18.
 * @example
 * triangularVariance(0, 0, 6) //=> 2
 */
export function triangularVariance(min: number, mode: number, max: number): number {
  return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
}

/** A lognormal by the mean and standard deviation of its logarithm. */
export interface LognormalParameters {
  readonly mu: number
  readonly sigma: number
}

/**
 * The lognormal whose 5th and 95th percentiles are `low` and `high` (a 90 % interval): the logarithm is
 * normal with μ = (ln low + ln high)/2 and σ = (ln high − ln low)/(2 · 1.6449).
 * @example
 * lognormalFromInterval(1, 100).mu //=> 2.302585092994046
 */
export function lognormalFromInterval(low: number, high: number, path: IssuePath = []): LognormalParameters {
  requireFinite('lognormal', { low, high }, path)
  requireParameter(low > 0, 'lognormal', 'low', `must be above 0, got ${low}`, path)
  requireParameter(high > low, 'lognormal', 'high', `(${high}) must exceed low (${low})`, path)
  const logLow = Math.log(low)
  const logHigh = Math.log(high)
  return { mu: (logLow + logHigh) / 2, sigma: (logHigh - logLow) / (2 * normalQuantile95) }
}

/**
 * Mean of a lognormal: exp(μ + σ²/2).
 * @example
 * lognormalMean({ mu: 0, sigma: 0 }) //=> 1
 */
export function lognormalMean({ mu, sigma }: LognormalParameters): number {
  return Math.exp(mu + (sigma * sigma) / 2)
}

/**
 * Variance of a lognormal: (exp(σ²) − 1) · exp(2μ + σ²).
 * @example
 * lognormalVariance({ mu: 0, sigma: 0 }) //=> 0
 */
export function lognormalVariance({ mu, sigma }: LognormalParameters): number {
  const s2 = sigma * sigma
  return Math.expm1(s2) * Math.exp(2 * mu + s2)
}
