import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { createRandom, mix32, splitmix32 } from './generator.ts'
import { relativeError, sampleCount, sampleMoments } from './test-support/moments.ts'

function firstOutputs(seed: number, stream = 0, count = 1000): number[] {
  const random = createRandom(seed, stream)
  return Array.from({ length: count }, () => random.nextUint32())
}

describe('createRandom', () => {
  it('returns the same sequence for the same seed and stream', () => {
    expect(firstOutputs(12_345, 7)).toEqual(firstOutputs(12_345, 7))
  })
  it('returns different sequences for different seeds, streams, and high seed bits', () => {
    expect(firstOutputs(1)).not.toEqual(firstOutputs(2))
    expect(firstOutputs(1, 0)).not.toEqual(firstOutputs(1, 1))
    expect(firstOutputs(3)).not.toEqual(firstOutputs(2 ** 40 + 3))
  })
  it('returns unrelated streams for (seed, chunk + 1) and (seed + 1, chunk), unlike seed + chunkIndex', () => {
    const left = firstOutputs(10, 1, 100)
    const right = firstOutputs(11, 0, 100)
    expect(left.filter((value, index) => value === right[index])).toEqual([])
  })
  it('returns uniform draws strictly inside (0, 1)', () => {
    const { min, max } = sampleMoments((random) => random.next())
    expect(min).toBeGreaterThan(0)
    expect(max).toBeLessThan(1)
  })
  it('returns uniform draws with mean 1/2 and variance 1/12 (within 1 %)', () => {
    const { mean, variance } = sampleMoments((random) => random.next())
    expect(relativeError(mean, 0.5)).toBeLessThan(0.01)
    expect(relativeError(variance, 1 / 12)).toBeLessThan(0.01)
  })
  it('returns uniform draws that pass a chi-square test over 100 bins (df 99, 0.1 % critical value 148.2)', () => {
    const random = createRandom(99)
    const bins = new Array<number>(100).fill(0)
    for (let index = 0; index < sampleCount; index++) {
      const bin = Math.floor(random.next() * 100)
      bins[bin] = bins[bin]! + 1
    }
    const expected = sampleCount / 100
    const chiSquare = bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0)
    expect(chiSquare).toBeLessThan(148.2)
  })
  it('returns successive draws without lag-1 correlation (|r| < 0.01)', () => {
    const random = createRandom(5)
    let previous = random.next()
    let sumProduct = 0
    for (let index = 0; index < sampleCount; index++) {
      const current = random.next()
      sumProduct += (previous - 0.5) * (current - 0.5)
      previous = current
    }
    const correlation = sumProduct / sampleCount / (1 / 12)
    expect(Math.abs(correlation)).toBeLessThan(0.01)
  })
  it('returns standard normals with mean 0 and variance 1 (ziggurat, Marsaglia & Tsang 2000)', () => {
    const { mean, variance } = sampleMoments((random) => 10 + random.normal())
    expect(relativeError(mean, 10)).toBeLessThan(0.01)
    expect(relativeError(variance, 1)).toBeLessThan(0.02)
  })
  it('returns normals evenly spread over the ten deciles (chi-square, df 9, 0.1 % critical value 27.88)', () => {
    // Standard normal deciles (Abramowitz & Stegun, table 26.5).
    const deciles = [-1.2815515655, -0.8416212336, -0.5244005127, -0.2533471031, 0]
    const edges = [
      ...deciles,
      ...deciles
        .slice(0, 4)
        .reverse()
        .map((z) => -z),
    ]
    const random = createRandom(31)
    const bins = new Array<number>(10).fill(0)
    for (let index = 0; index < sampleCount; index++) {
      const z = random.normal()
      const bin = edges.filter((edge) => edge < z).length
      bins[bin] = bins[bin]! + 1
    }
    const expected = sampleCount / 10
    const chiSquare = bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0)
    expect(chiSquare).toBeLessThan(27.88)
  })
  it('returns the normal tails: 1 % above 2.3263 and 0.1 % above 3.0902 (within 4 standard errors)', () => {
    const random = createRandom(77)
    const draws = 1_000_000
    let aboveOnePercent = 0
    let aboveOnePerMille = 0
    for (let index = 0; index < draws; index++) {
      const z = Math.abs(random.normal())
      if (z > 2.326347874) aboveOnePercent++
      if (z > 3.0902323062) aboveOnePerMille++
    }
    // Two-sided counts: 2 % and 0.2 % of the draws.
    expect(Math.abs(aboveOnePercent - 0.02 * draws)).toBeLessThan(4 * Math.sqrt(0.02 * draws))
    expect(Math.abs(aboveOnePerMille - 0.002 * draws)).toBeLessThan(4 * Math.sqrt(0.002 * draws))
  })
})

describe('splitmix32', () => {
  it('returns the same words for the same seed', () => {
    const a = splitmix32(9)
    const b = splitmix32(9)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
  })
  it('returns 32-bit unsigned words', () => {
    const words = splitmix32(-1)
    for (let index = 0; index < 100; index++) {
      const word = words()
      expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true)
    }
  })
})

describe('createRandom edge cases', () => {
  it('throws UserError for a negative, fractional or unsafe seed', () => {
    expect(() => createRandom(-1)).toThrow(UserError)
    expect(() => createRandom(1.5)).toThrow(UserError)
    expect(() => createRandom(Number.NaN)).toThrow(UserError)
    expect(() => createRandom(2 ** 53)).toThrow(UserError)
    expect(() => createRandom(1, -2)).toThrow(UserError)
  })
  it('accepts seed 0 and the largest safe seed', () => {
    expect(createRandom(0).next()).toBeGreaterThan(0)
    expect(createRandom(Number.MAX_SAFE_INTEGER).next()).toBeGreaterThan(0)
  })
  it('returns mix32 as a bijection fixing 0', () => {
    expect(mix32(0)).toBe(0)
    expect(new Set([1, 2, 3, 4].map(mix32)).size).toBe(4)
  })
})
