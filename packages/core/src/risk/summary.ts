/**
 * @module risk/summary
 * Statistics of simulated annual losses without sorting them. Most years of most risks lose nothing, so
 * only the positive years are kept. One counting pass over a log-spaced grid gives the exceedance curve and
 * tells which grid slot holds each wanted percentile; quickselect then searches only that slot. Sorting
 * 100,000 values for each of 150 views would cost more than the simulation itself.
 *
 * Percentiles use the nearest-rank rule: P90 is the smallest loss with at least 90 % of years at or below
 * it. Exceedance is strict: the share of years whose loss is greater than the threshold.
 */
import type { ExceedancePoint, LossSummary } from './types.ts'

/** How many thresholds a loss-exceedance curve has, log-spaced between its smallest and largest loss. */
export const defaultExceedancePoints = 32

/** Hoare-partition quickselect: afterwards `values[k]` is what a full sort would put there. */
function select(values: Float64Array, leftStart: number, rightStart: number, k: number): void {
  let left = leftStart
  let right = rightStart
  while (right > left) {
    const pivot = values[(left + right) >>> 1]!
    let i = left
    let j = right
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i] = values[j]!
        values[j] = swap
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return
  }
}

/**
 * Nearest-rank percentiles of `years` annual losses, of which only the positive ones are in `positives`
 * (reordered in place). `fractions` must ascend.
 * @example
 * percentilesOfLosses(Float64Array.of(5, 1, 3), 10, [0.5, 0.9]) //=> [0, 3]
 */
export function percentilesOfLosses(
  positives: Float64Array,
  years: number,
  fractions: readonly number[],
): number[] {
  const zeroYears = years - positives.length
  let searchFrom = 0
  return fractions.map((fraction) => {
    const rank = Math.max(1, Math.ceil(fraction * years))
    if (rank <= zeroYears) return 0
    const index = rank - zeroYears - 1
    select(positives, searchFrom, positives.length - 1, index)
    searchFrom = index
    return positives[index]!
  })
}

/**
 * Log-spaced loss thresholds from `lowUsd` to `highUsd` (both > 0), for curves that must share an axis.
 * @example
 * exceedanceGrid(1, 100, 3) //=> [1, 10, 100]
 */
export function exceedanceGrid(lowUsd: number, highUsd: number, points = defaultExceedancePoints): number[] {
  if (!(lowUsd > 0) || !(highUsd > lowUsd) || points < 2) return lowUsd > 0 ? [lowUsd] : []
  const logLow = Math.log(lowUsd)
  const step = (Math.log(highUsd) - logLow) / (points - 1)
  const grid = Array.from({ length: points }, (_, index) => Math.exp(logLow + step * index))
  grid[points - 1] = highUsd
  return grid
}

/**
 * How many of `losses` fall in each slot of `grid`: slot b holds the losses with exactly b thresholds
 * strictly below them, i.e. grid[b − 1] < loss ≤ grid[b]. The slot comes from a logarithm, then a step or
 * two against the grid itself, so rounding in the logarithm cannot misplace a loss.
 */
function countBySlot(losses: Float64Array, grid: readonly number[]): Float64Array {
  const slots = new Float64Array(grid.length + 1)
  const last = grid.length
  if (last === 0) {
    slots[0] = losses.length
    return slots
  }
  const logLow = Math.log(grid[0]!)
  const stepsPerLog = last > 1 ? (last - 1) / (Math.log(grid[last - 1]!) - logLow) : 0
  for (let index = 0; index < losses.length; index++) {
    const value = losses[index]!
    let slot = Math.ceil((Math.log(value) - logLow) * stepsPerLog)
    if (!(slot > 0)) slot = 0
    else if (slot > last) slot = last
    while (slot > 0 && grid[slot - 1]! >= value) slot--
    while (slot < last && grid[slot]! < value) slot++
    slots[slot]!++
  }
  return slots
}

function curveFromSlots(slots: Float64Array, positiveYears: number, years: number, grid: readonly number[]) {
  const points: ExceedancePoint[] = [{ lossUsd: 0, probability: years > 0 ? positiveYears / years : 0 }]
  let above = positiveYears
  for (let j = 0; j < grid.length; j++) {
    above -= slots[j]!
    points.push({ lossUsd: grid[j]!, probability: above / years })
  }
  return points
}

/**
 * The share of `years` whose loss exceeds each threshold, led by the share with any loss at all.
 * @example
 * exceedanceCurve(Float64Array.of(5, 50), 10, [1, 10, 100])
 * //=> [{ lossUsd: 0, probability: 0.2 }, { lossUsd: 1, probability: 0.2 }, { lossUsd: 10, probability: 0.1 }, { lossUsd: 100, probability: 0 }]
 */
export function exceedanceCurve(
  positives: Float64Array,
  years: number,
  grid: readonly number[],
): ExceedancePoint[] {
  return curveFromSlots(countBySlot(positives, grid), positives.length, years, grid)
}

/**
 * Nearest-rank percentiles using the slot counts: each wanted rank lies in a known slot, so only that
 * slot's losses are gathered and searched, not every positive year.
 */
function percentilesBySlot(
  positives: Float64Array,
  years: number,
  grid: readonly number[],
  slots: Float64Array,
  fractions: readonly number[],
): number[] {
  const zeroYears = years - positives.length
  const gathered = new Map<number, Float64Array>()
  const gather = (slot: number): Float64Array => {
    const cached = gathered.get(slot)
    if (cached) return cached
    const low = slot === 0 ? 0 : grid[slot - 1]!
    const high = slot === grid.length ? Number.POSITIVE_INFINITY : grid[slot]!
    const members = new Float64Array(slots[slot]!)
    let count = 0
    for (let index = 0; index < positives.length; index++) {
      const value = positives[index]!
      if (value > low && value <= high) members[count++] = value
    }
    gathered.set(slot, members)
    return members
  }
  return fractions.map((fraction) => {
    const rank = Math.max(1, Math.ceil(fraction * years))
    if (rank <= zeroYears) return 0
    let index = rank - zeroYears - 1
    let slot = 0
    while (index >= slots[slot]!) index -= slots[slot++]!
    const members = gather(slot)
    select(members, 0, members.length - 1, index)
    return members[index]!
  })
}

/**
 * Smallest and largest of the positive losses; `undefined` when there are none.
 * @example
 * lossRange(Float64Array.of(3, 1, 2)) //=> { minUsd: 1, maxUsd: 3 }
 */
export function lossRange(positives: Float64Array): { minUsd: number; maxUsd: number } | undefined {
  if (positives.length === 0) return undefined
  let minUsd = Number.POSITIVE_INFINITY
  let maxUsd = 0
  for (let index = 0; index < positives.length; index++) {
    const value = positives[index]!
    if (value < minUsd) minUsd = value
    if (value > maxUsd) maxUsd = value
  }
  return { minUsd, maxUsd }
}

/**
 * The full summary of one view: mean (ALE), percentiles, exceedance on `grid`.
 * @example
 * summarizeLosses(Float64Array.of(10, 30), 4, [10, 30]).meanUsd //=> 10
 */
export function summarizeLosses(
  positives: Float64Array,
  years: number,
  grid: readonly number[],
): LossSummary {
  let sum = 0
  let maxUsd = 0
  for (let index = 0; index < positives.length; index++) {
    const value = positives[index]!
    sum += value
    if (value > maxUsd) maxUsd = value
  }
  const slots = countBySlot(positives, grid)
  const exceedance = curveFromSlots(slots, positives.length, years, grid)
  const fractions = [0.5, 0.9, 0.95, 0.99]
  const [p50Usd = 0, p90Usd = 0, p95Usd = 0, p99Usd = 0] = percentilesBySlot(
    positives,
    years,
    grid,
    slots,
    fractions,
  )
  return {
    meanUsd: years > 0 ? sum / years : 0,
    p50Usd,
    p90Usd,
    p95Usd,
    p99Usd,
    maxUsd,
    probabilityOfLoss: years > 0 ? positives.length / years : 0,
    exceedance,
  }
}
