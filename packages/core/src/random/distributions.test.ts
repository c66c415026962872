import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { lognormalFromInterval, lognormalMean, pertMean, pertVariance } from './analytic.ts'
import {
  beta,
  gamma,
  lognormalSampler,
  normal,
  pert,
  pertSampler,
  poisson,
  poissonSampler,
  triangular,
  uniform,
} from './distributions.ts'
import { createRandom } from './generator.ts'
import { logFactorial } from './special.ts'
import { relativeError, sampleCount, sampleMoments } from './test-support/moments.ts'

/** 0.1 % critical values of χ² by degrees of freedom (NIST/SEMATECH e-Handbook, table 1.3.6.7.4). */
function chiSquareCritical(degrees: 12 | 26): number {
  return { 12: 32.909, 26: 54.052 }[degrees]
}

/**
 * Pearson's χ² of 100,000 draws against the exact Poisson(λ) probabilities, with k ≤ low and k ≥ high
 * pooled so every bin expects at least 5 draws: high − low degrees of freedom.
 */
function poissonChiSquare(lambda: number, low: number, high: number): number {
  const draw = poissonSampler(lambda)
  const random = createRandom(8)
  const observed = new Float64Array(high - low + 1)
  for (let index = 0; index < sampleCount; index++) {
    const k = Math.min(Math.max(draw(random), low), high)
    observed[k - low]!++
  }
  const expected = new Float64Array(high - low + 1)
  for (let k = 0; k < 400; k++) {
    const probability = Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k))
    expected[Math.min(Math.max(k, low), high) - low]! += sampleCount * probability
  }
  let chiSquare = 0
  for (let bin = 0; bin < expected.length; bin++)
    chiSquare += (observed[bin]! - expected[bin]!) ** 2 / expected[bin]!
  return chiSquare
}

// The bar: at 100,000 samples the Monte Carlo mean is within 1 % of the analytic mean.
describe('uniform and normal', () => {
  it('returns uniform(2, 6) with mean 4 within 1 %', () => {
    expect(relativeError(sampleMoments((random) => uniform(random, 2, 6)).mean, 4)).toBeLessThan(0.01)
  })
  it('returns normal(10, 2) with mean 10 within 1 % and variance 4 within 2 %', () => {
    const { mean, variance } = sampleMoments((random) => normal(random, 10, 2))
    expect(relativeError(mean, 10)).toBeLessThan(0.01)
    expect(relativeError(variance, 4)).toBeLessThan(0.02)
  })
})

describe('pertSampler', () => {
  // Vose 2008 §9.1.4: mean (a + 4m + b)/6, variance (μ − a)(b − μ)/7.
  it.each([
    { min: 0, mode: 2, max: 10 },
    { min: 10_000, mode: 50_000, max: 500_000 },
    { min: 0, mode: 0, max: 1 },
  ])('returns PERT(%o) with mean within 1 % and variance within 3 % of Vose', (parameters) => {
    const { mean, variance, min, max } = sampleMoments(pertSampler(parameters))
    expect(relativeError(mean, pertMean(parameters))).toBeLessThan(0.01)
    expect(relativeError(variance, pertVariance(parameters))).toBeLessThan(0.03)
    expect(min).toBeGreaterThanOrEqual(parameters.min)
    expect(max).toBeLessThanOrEqual(parameters.max)
  })
  it('returns the same draws as pert() for the same seed', () => {
    const parameters = { min: 1, mode: 2, max: 4 }
    expect(pertSampler(parameters)(createRandom(3))).toBe(pert(createRandom(3), parameters))
  })
})

describe('gamma and beta', () => {
  // Marsaglia & Tsang 2000 (ACM TOMS 26(3)): Gamma(k, θ) has mean kθ and variance kθ².
  it.each([0.5, 1, 3.7])(
    'returns Gamma(%f, 2) with mean 2k within 1 % and variance 4k within 3 %',
    (shape) => {
      const { mean, variance } = sampleMoments((random) => gamma(random, shape, 2))
      expect(relativeError(mean, 2 * shape)).toBeLessThan(0.01)
      expect(relativeError(variance, 4 * shape)).toBeLessThan(0.03)
    },
  )
  it('returns Beta(2, 5) with mean α/(α + β) = 2/7 within 1 %', () => {
    expect(relativeError(sampleMoments((random) => beta(random, 2, 5)).mean, 2 / 7)).toBeLessThan(0.01)
  })
})

describe('triangular', () => {
  it('returns triangular(1, 2, 6) with mean (a + m + b)/3 = 3 within 1 %', () => {
    expect(relativeError(sampleMoments((random) => triangular(random, 1, 2, 6)).mean, 3)).toBeLessThan(0.01)
  })
})

describe('lognormalSampler', () => {
  it('returns a 90 % interval fit that puts 5 % (± 0.5 pt) above its top and below its bottom', () => {
    const draw = lognormalSampler(lognormalFromInterval(50_000, 2_000_000))
    const random = createRandom(2026)
    let above = 0
    let below = 0
    for (let index = 0; index < sampleCount; index++) {
      const value = draw(random)
      if (value > 2_000_000) above++
      if (value < 50_000) below++
    }
    expect(Math.abs(above / sampleCount - 0.05)).toBeLessThan(0.005)
    expect(Math.abs(below / sampleCount - 0.05)).toBeLessThan(0.005)
  })
  it('returns a mean within 1 % of exp(μ + σ²/2)', () => {
    const parameters = lognormalFromInterval(1, 10)
    const { mean } = sampleMoments(lognormalSampler(parameters))
    expect(relativeError(mean, lognormalMean(parameters))).toBeLessThan(0.01)
  })
})

describe('poissonSampler', () => {
  // Inversion (Devroye 1986, §X.3) below λ = 10, Hörmann's PTRS (1993) from 10: both must give mean = variance = λ.
  it.each([0.5, 3, 9.99, 10, 25, 1000, 1e6])(
    'returns Poisson(%f) with mean within 1 % and variance within 3 %',
    (lambda) => {
      const { mean, variance } = sampleMoments(poissonSampler(lambda))
      expect(relativeError(mean, lambda)).toBeLessThan(0.01)
      expect(relativeError(variance, lambda)).toBeLessThan(0.03)
    },
  )
  it('returns inversion frequencies matching the exact Poisson(4) probabilities (chi-square)', () => {
    expect(poissonChiSquare(4, 0, 12)).toBeLessThan(chiSquareCritical(12))
  })
  it('returns PTRS frequencies matching the exact Poisson(15) probabilities (chi-square)', () => {
    expect(poissonChiSquare(15, 4, 30)).toBeLessThan(chiSquareCritical(26))
  })
  it('returns whole, non-negative counts', () => {
    const random = createRandom(4)
    for (const lambda of [0.1, 12, 400]) {
      const k = poisson(random, lambda)
      expect(Number.isInteger(k) && k >= 0).toBe(true)
    }
  })
})

describe('distributions edge cases', () => {
  it('returns 0 for Poisson(0) and min for a zero-width PERT or triangular', () => {
    expect(poisson(createRandom(1), 0)).toBe(0)
    expect(pert(createRandom(1), { min: 7, mode: 7, max: 7 })).toBe(7)
    expect(triangular(createRandom(1), 7, 7, 7)).toBe(7)
  })
  it('throws UserError with the path for bad parameters', () => {
    const path = ['risks', 0, 'frequencyPerYear']
    expect(() => poissonSampler(-1, path)).toThrow(UserError)
    expect(() => poissonSampler(Number.POSITIVE_INFINITY)).toThrow('finite')
    expect(() => pertSampler({ min: 3, mode: 2, max: 1 })).toThrow('min (3) must not exceed max (1)')
    expect(() => gamma(createRandom(1), 0)).toThrow('shape')
    expect(() => beta(createRandom(1), 1, -1)).toThrow('beta')
    expect(() => triangular(createRandom(1), 0, 5, 4)).toThrow('mode')
    expect(() => lognormalSampler({ mu: 0, sigma: -1 })).toThrow('sigma')
  })
  it('returns logFactorial matching exact sums on both sides of the table', () => {
    let exact = 0
    for (let k = 1; k <= 200; k++) {
      exact += Math.log(k)
      expect(Math.abs(logFactorial(k) - exact)).toBeLessThan(1e-12 * Math.max(1, exact))
    }
  })
})
