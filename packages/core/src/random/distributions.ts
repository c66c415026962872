/**
 * @module random/distributions
 * Samplers over a seeded `Random`. Each checks its parameters (a `UserError` naming the field) and then
 * draws; in hot loops prefer the `*Sampler` factories, which check once and precompute.
 *
 * Methods: normal by the ziggurat (in `generator.ts`); gamma by Marsaglia & Tsang, "A Simple
 * Method for Generating Gamma Variables", ACM TOMS 26(3), 2000, with the u^(1/k) boost for shape < 1
 * (same paper, §6); Beta as X/(X + Y) of two gammas; Beta-PERT as a scaled Beta (Vose, Risk Analysis, 2008);
 * triangular by inverting its CDF; Poisson by inversion with sequential search (Devroye 1986, §X.3) below
 * λ = 10 and Hörmann's PTRS transformed rejection ("The transformed rejection method for generating Poisson
 * random variables", Insurance: Mathematics and Economics 12, 1993) from there up.
 */
import type { IssuePath } from '../errors.ts'
import type { LognormalParameters, PertParameters } from './analytic.ts'
import { checkPert, pertShape } from './analytic.ts'
import type { Random } from './generator.ts'
import { logFactorial } from './special.ts'
import { requireFinite, requireParameter } from './validate.ts'

/** A prepared draw: parameters checked and constants computed once. */
export type Sampler = (random: Random) => number

/**
 * A uniform draw in [min, max).
 * @example
 * const x = uniform(createRandom(1), 2, 4) // 2 <= x < 4
 */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random.next()
}

/**
 * A normal draw.
 * @example
 * normal(createRandom(1), 10, 2) // ≈ 10 ± 2
 */
export function normal(random: Random, mean = 0, standardDeviation = 1): number {
  return mean + standardDeviation * random.normal()
}

/**
 * A lognormal draw: exp of a normal with mean `mu` and standard deviation `sigma`.
 * @example
 * lognormal(createRandom(1), { mu: 0, sigma: 1 }) // > 0
 */
export function lognormal(random: Random, parameters: LognormalParameters): number {
  return Math.exp(parameters.mu + parameters.sigma * random.normal())
}

/**
 * A prepared lognormal sampler; checks σ ≥ 0 once.
 * @example
 * const draw = lognormalSampler(lognormalFromInterval(1, 100)); draw(createRandom(1)) // 90 % within 1…100
 */
export function lognormalSampler(parameters: LognormalParameters, path: IssuePath = []): Sampler {
  const { mu, sigma } = parameters
  requireFinite('lognormal', { mu, sigma }, path)
  requireParameter(sigma >= 0, 'lognormal', 'sigma', `must not be negative, got ${sigma}`, path)
  return (random) => Math.exp(mu + sigma * random.normal())
}

/**
 * A gamma draw with shape k > 0 and scale θ (mean kθ, variance kθ²), by Marsaglia & Tsang (2000).
 * @example
 * gamma(createRandom(1), 2, 3) // mean 6
 */
export function gamma(random: Random, shape: number, scale = 1, path: IssuePath = []): number {
  requireFinite('gamma', { shape, scale }, path)
  requireParameter(shape > 0, 'gamma', 'shape', `must be above 0, got ${shape}`, path)
  return scale * standardGamma(random, shape)
}

function standardGamma(random: Random, shape: number): number {
  return standardGammaSampler(shape)(random)
}

/** Gamma(k, 1) with Marsaglia & Tsang's constants d = k − 1/3 and c = 1/√(9d) computed once. */
function standardGammaSampler(shape: number): Sampler {
  if (shape < 1) {
    // Marsaglia & Tsang §6: Gamma(k) = Gamma(k + 1) · U^(1/k).
    const boosted = standardGammaSampler(shape + 1)
    const inverseShape = 1 / shape
    return (random) => boosted(random) * random.next() ** inverseShape
  }
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  return (random) => {
    for (;;) {
      const x = random.normal()
      const base = 1 + c * x
      if (base <= 0) continue
      const v = base * base * base
      const u = random.next()
      const xSquared = x * x
      // The squeeze accepts about 98 % of draws without a logarithm.
      if (u < 1 - 0.0331 * xSquared * xSquared) return d * v
      if (Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) return d * v
    }
  }
}

/**
 * A Beta(α, β) draw in (0, 1), as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
 * @example
 * beta(createRandom(1), 2, 5) // mean 2/7
 */
export function beta(random: Random, alpha: number, betaShape: number, path: IssuePath = []): number {
  requireFinite('beta', { alpha, beta: betaShape }, path)
  requireParameter(alpha > 0, 'beta', 'alpha', `must be above 0, got ${alpha}`, path)
  requireParameter(betaShape > 0, 'beta', 'beta', `must be above 0, got ${betaShape}`, path)
  const x = standardGamma(random, alpha)
  const y = standardGamma(random, betaShape)
  return x / (x + y)
}

/**
 * A prepared Beta-PERT sampler; checks min ≤ mode ≤ max once.
 * @example
 * const draw = pertSampler({ min: 0, mode: 2, max: 10 }); draw(createRandom(1)) // mean 3
 */
export function pertSampler(parameters: PertParameters, path: IssuePath = []): Sampler {
  checkPert(parameters, path)
  const { min, max } = parameters
  const width = max - min
  if (width === 0) return () => min
  const { alpha, beta: betaShape } = pertShape(parameters)
  const drawX = standardGammaSampler(alpha)
  const drawY = standardGammaSampler(betaShape)
  return (random) => {
    const x = drawX(random)
    const y = drawY(random)
    return min + (width * x) / (x + y)
  }
}

/**
 * A Beta-PERT draw between `min` and `max`, peaked at `mode` (λ = 4 unless given).
 * @example
 * pert(createRandom(1), { min: 0, mode: 2, max: 10 }) // mean (0 + 4·2 + 10)/6 = 3
 */
export function pert(random: Random, parameters: PertParameters, path: IssuePath = []): number {
  return pertSampler(parameters, path)(random)
}

/**
 * A triangular draw, by inverting the CDF.
 * @example
 * triangular(createRandom(1), 0, 3, 6) // mean 3
 */
export function triangular(
  random: Random,
  min: number,
  mode: number,
  max: number,
  path: IssuePath = [],
): number {
  requireFinite('triangular', { min, mode, max }, path)
  requireParameter(min <= mode, 'triangular', 'mode', `(${mode}) must not be below min (${min})`, path)
  requireParameter(mode <= max, 'triangular', 'mode', `(${mode}) must not exceed max (${max})`, path)
  const width = max - min
  if (width === 0) return min
  const u = random.next()
  const split = (mode - min) / width
  return u < split
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode))
}

/** Below this mean inversion is cheap (about λ + 1 comparisons); PTRS needs λ ≥ 10. */
const poissonMethodThreshold = 10

/**
 * A prepared Poisson sampler for mean `lambda` ≥ 0 (any size: rates above 1 per year are fine).
 * @example
 * const draw = poissonSampler(2.5); draw(createRandom(1)) // mean 2.5
 */
export function poissonSampler(lambda: number, path: IssuePath = []): Sampler {
  requireFinite('poisson', { lambda }, path)
  requireParameter(lambda >= 0, 'poisson', 'lambda', `must not be negative, got ${lambda}`, path)
  if (lambda === 0) return () => 0
  return lambda < poissonMethodThreshold ? poissonInversionSampler(lambda) : ptrsSampler(lambda)
}

/**
 * Inversion by sequential search over a precomputed CDF (Devroye, Non-Uniform Random Variate Generation,
 * 1986, §X.3.3): one uniform per draw, where Knuth's product method spends λ + 1. The table stops where the
 * CDF is within 2⁻⁴⁰ of 1; a draw beyond it continues the recurrence p(k) = p(k − 1) · λ / k.
 */
function poissonInversionSampler(lambda: number): Sampler {
  const cumulative: number[] = []
  let probability = Math.exp(-lambda)
  let total = probability
  cumulative.push(total)
  for (let k = 1; total < 1 - 2 ** -40 && k < 200; k++) {
    probability *= lambda / k
    total += probability
    cumulative.push(total)
  }
  const table = Float64Array.from(cumulative)
  const last = table.length - 1
  return (random) => {
    const u = random.next()
    for (let k = 0; k <= last; k++) if (u <= table[k]!) return k
    let k = last
    let p = probability
    let sum = total
    while (u > sum && p > 0) {
      k++
      p *= lambda / k
      sum += p
    }
    return k
  }
}

/** Hörmann's PTRS: a transformed-rejection sampler, about 1.1 pairs of uniforms per draw for λ ≥ 10. */
function ptrsSampler(lambda: number): Sampler {
  const rootLambda = Math.sqrt(lambda)
  const logLambda = Math.log(lambda)
  const b = 0.931 + 2.53 * rootLambda
  const a = -0.059 + 0.02483 * b
  const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4))
  const acceptBelow = 0.9277 - 3.6224 / (b - 2)
  return (random) => {
    for (;;) {
      const u = random.next() - 0.5
      const v = random.next()
      const us = 0.5 - Math.abs(u)
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43)
      if (us >= 0.07 && v <= acceptBelow) return k
      if (k < 0 || (us < 0.013 && v > us)) continue
      const logAcceptance = Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b)
      if (logAcceptance <= -lambda + k * logLambda - logFactorial(k)) return k
    }
  }
}

/**
 * A Poisson count with mean `lambda`.
 * @example
 * poisson(createRandom(1), 0.3) // usually 0
 */
export function poisson(random: Random, lambda: number, path: IssuePath = []): number {
  return poissonSampler(lambda, path)(random)
}
