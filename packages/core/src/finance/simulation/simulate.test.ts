import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { examplePlan } from '../test-support/example-plans.ts'
import { prepareAssumptions, setAtPath } from './assumptions.ts'
import { simulateFinance } from './simulate.ts'
import { roundDilution, simulateChunk } from './simulate-chunk.ts'
import { quantileSorted, quantilesInPlace, summariseSimulation } from './summarise.ts'

const llm = examplePlan('llm-api-cn-eu')

describe('simulateFinance', () => {
  it('returns the same result for the same seed and a different one for another seed', () => {
    const first = simulateFinance(llm, { runs: 1500, seed: 7 })
    expect(simulateFinance(llm, { runs: 1500, seed: 7 })).toEqual(first)
    expect(simulateFinance(llm, { runs: 1500, seed: 8 }).cashP50Usd).not.toEqual(first.cashP50Usd)
    expect(first.runs).toBe(1500)
    expect(first.months).toHaveLength(60)
  })

  it('returns the same result however the chunks are spread over workers and in whatever order they finish', () => {
    const whole = simulateFinance(llm, { runs: 3000, seed: 3 })
    const chunks = [2, 0, 1].map((index) => simulateChunk(llm, 3, index, 1000))
    expect(summariseSimulation(llm, 3, chunks)).toEqual(whole)
  })

  it('returns P10 ≤ P50 ≤ P90 in every month and shares of cash-out months summing to 1', () => {
    const result = simulateFinance(llm, { runs: 2000, seed: 11 })
    result.months.forEach((_, t) => {
      expect(result.cashP10Usd[t]!).toBeLessThanOrEqual(result.cashP50Usd[t]!)
      expect(result.cashP50Usd[t]!).toBeLessThanOrEqual(result.cashP90Usd[t]!)
    })
    expect(result.cashOutMonths.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 12)
    // The Series B closes with probability 0.6; 2,000 draws land within ±3.5 points (3.2 standard errors).
    expect(Math.abs(result.probabilityNextRoundCloses! - 0.6)).toBeLessThan(0.035)
  })

  it('returns a higher probability of running out when the plan holds less cash', () => {
    const poor = setAtPath(llm, ['funding', 'cashUsd'], 2_000_000)
    const result = simulateFinance(poor, { runs: 1000, seed: 1 })
    expect(result.probabilityRunsOutBeforeNextRound).toBeGreaterThan(0.5)
  })
})

describe('roundDilution', () => {
  it('returns 40 % for the option pool shuffle (Venture Hacks ROUND-01: founders keep 60 %)', () => {
    expect(roundDilution(6_000_000, 0, 8_000_000, 2_000_000, 0.2)).toBeCloseTo(0.4, 12)
  })
  it('returns new / (pre + new) without a pool target (hand-worked: 2 / (8 + 2) = 20 %)', () => {
    expect(roundDilution(6_000_000, 0, 8_000_000, 2_000_000, undefined)).toBeCloseTo(0.2, 12)
  })
})

describe('prepareAssumptions', () => {
  it('refuses a path that holds no number, with the assumption’s path', () => {
    const bad = setAtPath(llm, ['assumptions', 0, 'path'], 'models[0].training.pricing.pricePerGpuHour')
    try {
      prepareAssumptions(bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]).toMatchObject({
        code: 'assumption_path_not_number',
        path: ['assumptions', 0, 'path'],
      })
    }
  })
  it('refuses a model field the projection cannot vary without re-planning compute', () => {
    const bad = setAtPath(llm, ['assumptions', 0, 'path'], 'models[0].training.tokens')
    expect(() => prepareAssumptions(bad)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'assumption_path_not_simulated' })],
      }),
    )
  })
})

describe('quantileSorted', () => {
  it('returns the type-7 quantile (Hyndman & Fan 1996; R and NumPy default)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 12)
  })
})

describe('quantilesInPlace', () => {
  it('returns the same quantiles as sorting first (property, with ties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        (numbers) => {
          const sorted = Float64Array.from(numbers).sort()
          const selected = quantilesInPlace(Float64Array.from(numbers), [0.1, 0.5, 0.9])
          return [0.1, 0.5, 0.9].every(
            (q, index) => Math.abs(selected[index]! - quantileSorted(sorted, q)) < 1e-9,
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
