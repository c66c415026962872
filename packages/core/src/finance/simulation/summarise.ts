/**
 * @module finance/simulation/summarise
 * Merges chunk results (in chunk order, so the answer never depends on which worker finished first) into
 * the simulation's answer: P10 / P50 / P90 cash per month, the distribution of the cash-out month, the
 * probability of running out before the next planned round and the dilution at that round.
 */
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { monthOf, monthRange, monthsBetween } from '../../time/month.ts'
import type { ChunkResult } from './simulate-chunk.ts'
import { nextRoundIndex } from './simulate-chunk.ts'

export interface SimulationResult {
  readonly runs: number
  readonly seed: number
  readonly months: readonly string[]
  readonly cashP10Usd: readonly number[]
  readonly cashP50Usd: readonly number[]
  readonly cashP90Usd: readonly number[]
  /** Share of paths whose cash first goes below zero in each month; `month: null` is "not within the horizon". */
  readonly cashOutMonths: ReadonlyArray<{ readonly month: string | null; readonly share: number }>
  readonly nextRound: { readonly id: string; readonly name: string; readonly month: string } | null
  /** Before the next round's month; with no round ahead, within the horizon. */
  readonly probabilityRunsOutBeforeNextRound: number
  /** Share of paths in which the next round closed (its probability, drawn). */
  readonly probabilityNextRoundCloses: number | null
  readonly dilutionAtNextRoundPct: { readonly p10: number; readonly p50: number; readonly p90: number } | null
}

/**
 * The q-quantile of sorted values by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * the default of R and NumPy).
 * @example
 * quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.5) //=> 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

/** Moves the k-th smallest of `values[from..to]` to index k (Hoare's selection, median-of-three pivot). */
function selectInPlace(values: Float64Array, k: number, from: number, to: number): void {
  let left = from
  let right = to
  while (right > left) {
    const middle = (left + right) >>> 1
    const a = values[left]!
    const b = values[middle]!
    const c = values[right]!
    // Median of three: the largest of the pairwise minima.
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c))
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
 * Type-7 quantiles of `values` for ascending `qs`, reordering `values` in place: a selection per
 * order statistic, O(n) each, instead of sorting (the simulation takes three quantiles of 60 columns).
 * @example
 * quantilesInPlace(Float64Array.from([4, 1, 3, 2]), [0.5]) //=> [2.5]
 */
export function quantilesInPlace(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length
  if (n === 0) return qs.map(() => Number.NaN)
  let from = 0
  return qs.map((q) => {
    const position = (n - 1) * q
    const below = Math.floor(position)
    selectInPlace(values, below, from, n - 1)
    const low = values[below]!
    let high = low
    if (below + 1 < n && position > below) {
      // The next order statistic is the smallest of what lies above.
      high = Number.POSITIVE_INFINITY
      for (let index = below + 1; index < n; index++) if (values[index]! < high) high = values[index]!
    }
    from = below
    return low + (high - low) * (position - below)
  })
}

/**
 * @example
 * summariseSimulation(plan, 42, [simulateChunk(plan, 42, 0, 1000)]).runs //=> 1000
 */
export function summariseSimulation(
  plan: VenturePlan,
  seed: number,
  chunks: readonly ChunkResult[],
): SimulationResult {
  const ordered = [...chunks].sort((a, b) => a.chunkIndex - b.chunkIndex)
  const runs = ordered.reduce((sum, chunk) => sum + chunk.paths, 0)
  const first = monthOf(plan.asOf)
  const months = monthRange(first, plan.finance.horizonMonths)
  const count = months.length
  const column = new Float64Array(runs)
  const p10: number[] = []
  const p50: number[] = []
  const p90: number[] = []
  for (let t = 0; t < count; t++) {
    let row = 0
    for (const chunk of ordered) {
      column.set(chunk.cashUsd.subarray(t * chunk.paths, (t + 1) * chunk.paths), row)
      row += chunk.paths
    }
    const [low, middle, high] = quantilesInPlace(column, [0.1, 0.5, 0.9])
    p10.push(low!)
    p50.push(middle!)
    p90.push(high!)
  }
  const outCounts = new Array<number>(count + 1).fill(0)
  const next = nextRoundIndex(plan)
  const round = next < 0 ? undefined : plan.funding.plannedRounds[next]
  const roundIndex = round === undefined ? count : monthsBetween(first, round.month)
  let before = 0
  const dilutions: number[] = []
  for (const chunk of ordered) {
    for (let path = 0; path < chunk.paths; path++) {
      const out = chunk.cashOutIndex[path]!
      outCounts[out < 0 ? count : out]! += 1
      if (out >= 0 && out < roundIndex) before += 1
      const dilution = chunk.dilution[path]!
      if (!Number.isNaN(dilution)) dilutions.push(dilution)
    }
  }
  const sortedDilution = Float64Array.from(dilutions).sort()
  const share = (value: number) => (runs === 0 ? 0 : value / runs)
  return {
    runs,
    seed,
    months,
    cashP10Usd: p10,
    cashP50Usd: p50,
    cashP90Usd: p90,
    cashOutMonths: outCounts
      .map((value, index) => ({
        month: index === count ? null : (months[index] ?? null),
        share: share(value),
      }))
      .filter((entry) => entry.share > 0),
    nextRound: round === undefined ? null : { id: round.id, name: round.name, month: round.month },
    probabilityRunsOutBeforeNextRound: share(before),
    probabilityNextRoundCloses: round === undefined ? null : share(dilutions.length),
    dilutionAtNextRoundPct:
      sortedDilution.length === 0
        ? null
        : {
            p10: quantileSorted(sortedDilution, 0.1) * 100,
            p50: quantileSorted(sortedDilution, 0.5) * 100,
            p90: quantileSorted(sortedDilution, 0.9) * 100,
          },
  }
}
