/**
 * @module finance/simulation/simulate-chunk
 * One chunk of the Monte Carlo simulation, pure: `simulateChunk(plan, seed, chunkIndex, paths)` draws from
 * the stream `(seed, chunkIndex)` only, so the whole run is the same whether one worker or eight compute its
 * chunks. Per path: every assumption drawn, each planned round closing with its probability, the plan
 * re-projected (reusing every unchanged part), the cash curve, the cash-out month and the dilution of the
 * existing holders at the next planned round, the safes and notes converting in it included.
 */
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { createRandom } from '../../random/index.ts'
import { monthOf, monthsBetween } from '../../time/month.ts'
import { type PreparedProjection, prepareProjection, projectCashInto } from '../projection/project.ts'
import { type PreparedAssumption, prepareAssumptions, setAtPath } from './assumptions.ts'
import { dilutionWithConversions, type FloatConvertible, pendingConvertibles } from './round-conversions.ts'

export interface ChunkResult {
  readonly chunkIndex: number
  readonly paths: number
  readonly months: number
  /** Cash at each month's end, month after month (`months × paths`: index `t × paths + path`). */
  readonly cashUsd: Float64Array
  /** Index of the first month cash ends below zero, −1 when it never does. */
  readonly cashOutIndex: Int32Array
  /** Fraction of the company the existing holders give up at the next round; NaN where it did not close. */
  readonly dilution: Float64Array
}

interface Prepared {
  readonly projection: PreparedProjection
  readonly assumptions: PreparedAssumption[]
  /** Index of the next planned round (the first in or after the plan's month), or −1. */
  readonly nextRound: number
  readonly nextRoundMonthIndex: number
  readonly fullyDilutedShares: number
  readonly unissuedPoolShares: number
  /** Safes and notes converting in the next round (from the base plan). */
  readonly converting: readonly FloatConvertible[]
}

// Preparing plans compute; chunks of one run share it. Keyed by the plan object, so nothing leaks.
const preparedPlans = new WeakMap<VenturePlan, Prepared>()

/**
 * The next planned round: the earliest dated in or after the plan's month (index into `plannedRounds`), or −1.
 * @example
 * nextRoundIndex(plan) //=> 0
 */
export function nextRoundIndex(plan: VenturePlan): number {
  const first = monthOf(plan.asOf)
  let best = -1
  plan.funding.plannedRounds.forEach((round, index) => {
    if (round.month >= first && (best < 0 || round.month < plan.funding.plannedRounds[best]!.month))
      best = index
  })
  return best
}

function prepare(plan: VenturePlan): Prepared {
  const cached = preparedPlans.get(plan)
  if (cached !== undefined) return cached
  const next = nextRoundIndex(plan)
  const pool = plan.funding.optionPool
  const prepared: Prepared = {
    projection: prepareProjection(plan),
    assumptions: prepareAssumptions(plan),
    nextRound: next,
    nextRoundMonthIndex:
      next < 0 ? -1 : monthsBetween(monthOf(plan.asOf), plan.funding.plannedRounds[next]!.month),
    fullyDilutedShares:
      plan.funding.shareholders.reduce((sum, holder) => sum + holder.shares, 0) +
      pool.issuedShares +
      pool.promisedShares +
      pool.unissuedShares,
    unissuedPoolShares: pool.unissuedShares,
    converting: next < 0 ? [] : pendingConvertibles(plan, next),
  }
  preparedPlans.set(plan, prepared)
  return prepared
}

/**
 * Dilution of the existing holders in a priced round with the pool top-up in the pre-money: with S shares
 * before (U of them the unissued pool), new money buying f = new / (pre + new) and the unissued pool
 * topped up to p of the post-round total T, T = (S − U) / (1 − f − p) when that tops the pool up, else
 * S / (1 − f); dilution = 1 − S / T, with no safes or notes converting (the simulation itself uses
 * `dilutionWithConversions`, which counts them).
 * @example
 * roundDilution(6_000_000, 0, 8_000_000, 2_000_000, 0.2) //=> 0.4 (Venture Hacks' option pool shuffle: 60 % kept)
 */
export function roundDilution(
  sharesBefore: number,
  unissuedPool: number,
  preMoneyUsd: number,
  newMoneyUsd: number,
  poolTarget: number | undefined,
): number {
  if (sharesBefore <= 0) return 0
  const bought = newMoneyUsd / (preMoneyUsd + newMoneyUsd)
  let total = sharesBefore / (1 - bought)
  if (poolTarget !== undefined && poolTarget * total > unissuedPool && 1 - bought - poolTarget > 0) {
    total = (sharesBefore - unissuedPool) / (1 - bought - poolTarget)
  }
  return 1 - sharesBefore / total
}

/**
 * Simulates `paths` paths of chunk `chunkIndex` of a run seeded with `seed`.
 * @example
 * simulateChunk(plan, 42, 0, 1000).cashOutIndex.length //=> 1000
 */
export function simulateChunk(
  plan: VenturePlan,
  seed: number,
  chunkIndex: number,
  paths: number,
): ChunkResult {
  const prepared = prepare(plan)
  const random = createRandom(seed, chunkIndex)
  const months = prepared.projection.months.length
  const rounds = plan.funding.plannedRounds
  const cashUsd = new Float64Array(paths * months)
  const cashOutIndex = new Int32Array(paths)
  const dilution = new Float64Array(paths)
  const roundsClose = new Array<boolean>(rounds.length)
  for (let path = 0; path < paths; path++) {
    let variant = plan
    for (const assumption of prepared.assumptions)
      variant = setAtPath(variant, assumption.path, assumption.draw(random))
    // Every round draws every path, so the stream's use does not depend on earlier outcomes.
    for (let index = 0; index < rounds.length; index++)
      roundsClose[index] = random.next() < variant.funding.plannedRounds[index]!.probability
    cashOutIndex[path] = projectCashInto(prepared.projection, variant, roundsClose, cashUsd, path, paths)
    const next = prepared.nextRound
    if (next >= 0 && roundsClose[next] === true) {
      const round = variant.funding.plannedRounds[next]!
      dilution[path] = dilutionWithConversions({
        sharesBefore: prepared.fullyDilutedShares,
        unissuedPool: prepared.unissuedPoolShares,
        preMoneyUsd: round.preMoneyValuationUsd,
        newMoneyUsd: round.newMoneyUsd,
        poolTarget: round.optionPoolTargetPct,
        convention: plan.funding.pricingConvention,
        converting: prepared.converting,
      })
    } else dilution[path] = Number.NaN
  }
  return { chunkIndex, paths, months, cashUsd, cashOutIndex, dilution }
}

/** The month index of the next planned round (−1 without one), for summaries. */
export function nextRoundMonthIndex(plan: VenturePlan): number {
  return prepare(plan).nextRoundMonthIndex
}
