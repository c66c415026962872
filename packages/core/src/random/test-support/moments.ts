/**
 * @module random/test-support/moments
 * Sample statistics for the accuracy tests.
 */
import type { Random } from '../generator.ts'
import { createRandom } from '../generator.ts'

/** Sample size the issue fixes for "within 1 % of the analytic mean". */
export const sampleCount = 100_000

/**
 * Mean and (unbiased) variance of `count` draws, by Welford's update so large means stay accurate.
 * @example
 * sampleMoments(() => 1, createRandom(1), 10) //=> { mean: 1, variance: 0, min: 1, max: 1 }
 */
export function sampleMoments(
  draw: (random: Random) => number,
  random: Random = createRandom(20_261_128),
  count = sampleCount,
): { mean: number; variance: number; min: number; max: number } {
  let mean = 0
  let sumSquares = 0
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let index = 1; index <= count; index++) {
    const value = draw(random)
    const delta = value - mean
    mean += delta / index
    sumSquares += delta * (value - mean)
    if (value < min) min = value
    if (value > max) max = value
  }
  return { mean, variance: count > 1 ? sumSquares / (count - 1) : 0, min, max }
}

/**
 * |actual − expected| / |expected|.
 * @example
 * relativeError(101, 100) //=> 0.01
 */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected)
}
