import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exceedanceCurve, exceedanceGrid, percentilesOfLosses, summarizeLosses } from './summary.ts'

/** Nearest-rank percentile by full sort: the reference quickselect must match. */
function sortedPercentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil(fraction * sorted.length)) - 1]!
}

const losses = fc.tuple(
  fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), { maxLength: 300 }),
  fc.nat(300),
)

describe('percentilesOfLosses', () => {
  it('returns what a full sort returns, zero years included (property)', () => {
    fc.assert(
      fc.property(losses, ([positives, zeroYears]) => {
        const years = positives.length + zeroYears
        fc.pre(years > 0)
        const all = [...positives, ...new Array<number>(zeroYears).fill(0)]
        const fractions = [0.5, 0.9, 0.95, 0.99]
        const fast = percentilesOfLosses(Float64Array.from(positives), years, fractions)
        expect(fast).toEqual(fractions.map((fraction) => sortedPercentile(all, fraction)))
      }),
      { numRuns: 500 },
    )
  })
  it('returns the nearest-rank value for many ties', () => {
    expect(percentilesOfLosses(Float64Array.of(5, 5, 5, 1, 1), 5, [0.4, 0.5, 1])).toEqual([1, 5, 5])
  })
})

describe('exceedanceCurve', () => {
  it('returns the share of years strictly above each threshold (property)', () => {
    fc.assert(
      fc.property(losses, ([positives, zeroYears]) => {
        const years = positives.length + zeroYears
        fc.pre(years > 0)
        const grid = exceedanceGrid(Math.min(...positives, 1), Math.max(...positives, 2), 7)
        const curve = exceedanceCurve(Float64Array.from(positives), years, grid)
        expect(curve[0]).toEqual({ lossUsd: 0, probability: positives.length / years })
        grid.forEach((threshold, index) => {
          const above = positives.filter((value) => value > threshold).length
          expect(curve[index + 1]).toEqual({ lossUsd: threshold, probability: above / years })
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('summarizeLosses', () => {
  it('returns the percentiles and curve a full sort gives, whatever grid it is handed (property)', () => {
    fc.assert(
      fc.property(
        losses,
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 40 }),
        ([positives, zeroYears], gridTop, points) => {
          const years = positives.length + zeroYears
          fc.pre(years > 0)
          const all = [...positives, ...new Array<number>(zeroYears).fill(0)]
          // A grid that may end below some losses: the top slot must still hold them.
          const grid = exceedanceGrid(0.01, Math.max(gridTop, 0.02), points)
          const summary = summarizeLosses(Float64Array.from(positives), years, grid)
          expect([summary.p50Usd, summary.p90Usd, summary.p95Usd, summary.p99Usd]).toEqual(
            [0.5, 0.9, 0.95, 0.99].map((fraction) => sortedPercentile(all, fraction)),
          )
          expect(summary.exceedance).toEqual(exceedanceCurve(Float64Array.from(positives), years, grid))
          expect(summary.maxUsd).toBe(Math.max(0, ...positives))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('exceedanceGrid', () => {
  it('returns log-spaced thresholds ending exactly at the ends', () => {
    const grid = exceedanceGrid(1, 1000, 4)
    expect(grid[0]).toBe(1)
    expect(grid[1]).toBeCloseTo(10, 9)
    expect(grid[3]).toBe(1000)
  })
})

describe('summarizeLosses edge cases', () => {
  it('returns zeros and an empty curve for a risk that never fired', () => {
    expect(summarizeLosses(new Float64Array(0), 100, [])).toEqual({
      meanUsd: 0,
      p50Usd: 0,
      p90Usd: 0,
      p95Usd: 0,
      p99Usd: 0,
      maxUsd: 0,
      probabilityOfLoss: 0,
      exceedance: [{ lossUsd: 0, probability: 0 }],
    })
  })
  it('returns a single threshold for losses that are all equal', () => {
    expect(exceedanceGrid(5, 5)).toEqual([5])
  })
})
