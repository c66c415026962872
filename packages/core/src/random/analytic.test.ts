import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import {
  checkPert,
  lognormalFromInterval,
  lognormalMean,
  lognormalVariance,
  pertMean,
  pertShape,
  pertVariance,
  triangularMean,
  triangularVariance,
} from './analytic.ts'

// Vose, Risk Analysis: A Quantitative Guide, 3rd ed. (2008), §9.1.4 (PERT): μ = (a + 4m + b)/6,
// σ² = (μ − a)(b − μ)/7, α₁ = 1 + 4(m − a)/(b − a), α₂ = 1 + 4(b − m)/(b − a).
describe('pertMean', () => {
  it('returns (a + 4m + b)/6 exactly (Vose 2008, §9.1.4)', () => {
    expect(pertMean({ min: 0, mode: 2, max: 10 })).toBe(3)
    expect(pertMean({ min: 10, mode: 20, max: 60 })).toBe(25)
  })
  it('returns (a + λm + b)/(λ + 2) for another λ', () => {
    expect(pertMean({ min: 0, mode: 3, max: 10, lambda: 2 })).toBe(4)
  })
})

describe('pertVariance', () => {
  it('returns (μ − a)(b − μ)/7 exactly (Vose 2008, §9.1.4)', () => {
    expect(pertVariance({ min: 0, mode: 2, max: 10 })).toBe(3)
    expect(pertVariance({ min: 10, mode: 20, max: 60 })).toBe(75)
  })
  it('returns the variance of the underlying scaled Beta', () => {
    // Beta variance αβ/((α+β)²(α+β+1)), scaled by (b − a)²: the two forms must agree for λ = 4.
    const parameters = { min: 2, mode: 3, max: 11 }
    const { alpha, beta } = pertShape(parameters)
    const betaVariance = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1))
    expect(pertVariance(parameters)).toBeCloseTo(betaVariance * 81, 12)
  })
})

describe('pertShape', () => {
  it('returns α = 1 + 4(m − a)/(b − a) and β = 1 + 4(b − m)/(b − a)', () => {
    expect(pertShape({ min: 0, mode: 2, max: 10 })).toEqual({ alpha: 1.8, beta: 4.2 })
  })
})

describe('triangularMean and triangularVariance', () => {
  it('returns (a + m + b)/3 and (a² + m² + b² − am − ab − mb)/18 (Evans, Hastings & Peacock, Statistical Distributions, ch. 40)', () => {
    expect(triangularMean(1, 2, 6)).toBe(3)
    expect(triangularVariance(1, 2, 6)).toBeCloseTo((1 + 4 + 36 - 2 - 6 - 12) / 18, 12)
  })
})

describe('lognormalFromInterval', () => {
  it('returns μ at the log-midpoint and σ = ln(high/low)/(2 · 1.6449)', () => {
    const { mu, sigma } = lognormalFromInterval(10, 1000)
    expect(Math.exp(mu)).toBeCloseTo(100, 9)
    expect(sigma).toBeCloseTo(Math.log(100) / (2 * 1.6448536269514722), 12)
  })
  it('returns parameters whose mean and variance follow exp(μ + σ²/2) and (e^σ² − 1)e^(2μ+σ²)', () => {
    expect(lognormalMean({ mu: 0, sigma: 1 })).toBeCloseTo(Math.exp(0.5), 12)
    expect(lognormalVariance({ mu: 0, sigma: 1 })).toBeCloseTo((Math.E - 1) * Math.E, 12)
  })
})

describe('analytic edge cases', () => {
  it('throws UserError with the field path for a PERT with min > max', () => {
    try {
      checkPert({ min: 5, mode: 4, max: 3 }, ['risks', 2, 'loss'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['risks', 2, 'loss', 'min'])
      expect((error as UserError).message).toBe('pert: min (5) must not exceed max (3)')
    }
  })
  it('throws for a mode outside [min, max], a non-finite value, or λ ≤ 0', () => {
    expect(() => checkPert({ min: 0, mode: 11, max: 10 })).toThrow('mode (11) must not exceed max')
    expect(() => checkPert({ min: 0, mode: Number.NaN, max: 10 })).toThrow('finite')
    expect(() => checkPert({ min: 0, mode: 1, max: 10, lambda: 0 })).toThrow('lambda')
  })
  it('returns a point mass for min = mode = max', () => {
    expect(pertMean({ min: 4, mode: 4, max: 4 })).toBe(4)
    expect(pertVariance({ min: 4, mode: 4, max: 4 })).toBe(0)
  })
  it('throws for an interval that is not positive and increasing', () => {
    expect(() => lognormalFromInterval(0, 10)).toThrow(UserError)
    expect(() => lognormalFromInterval(10, 10)).toThrow('must exceed low')
  })
})
