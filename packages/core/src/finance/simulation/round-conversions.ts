/**
 * @module finance/simulation/round-conversions
 * The Monte Carlo's dilution at the next round with the safes and notes that convert in it: the exact engine's
 * fixed point (`captable/conversion-solve.ts`: every quantity affine in the post-round share count T once each
 * instrument's branch is fixed, Newton from T = 0) redone in floating point, without the rounding rule, so
 * 10,000 paths cost microseconds. Its error against the exact engine is tested on the YC guide's examples and
 * the example plans (`round-conversions.test.ts`). The instruments come from the base plan once per run; the
 * round's pre-money, new money and pool target come from each path.
 */
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { accruedAmountUsd, yearFraction } from '../captable/note-interest.ts'
import type { PricingConvention } from '../captable/types.ts'
import { capTableInputFromPlan } from '../plan/cap-table-from-plan.ts'
import { toNumber, toRational } from '../rational.ts'

/** An instrument converting in the round, in floating point; a note's amount carries its interest. */
export interface FloatConvertible {
  readonly kind: 'postMoneySafe' | 'preMoneySafe' | 'convertibleNote'
  readonly amountUsd: number
  readonly valuationCapUsd?: number
  readonly discount?: number
}

export interface FloatRound {
  /** Fully diluted shares before the round: outstanding, issued and promised options, unissued pool. */
  readonly sharesBefore: number
  readonly unissuedPool: number
  readonly preMoneyUsd: number
  readonly newMoneyUsd: number
  /** Unissued pool after the round as a fraction of the post-round total; none when undefined. */
  readonly poolTarget: number | undefined
  /** A pool increase by a share count, where there is no target (the YC guide's rounds). */
  readonly poolIncreaseShares?: number
  readonly convention: PricingConvention
  readonly converting: readonly FloatConvertible[]
}

/**
 * Post-round share count T of a priced round with its conversions (NaN when the conversions claim every
 * share). A pool target below the existing pool leaves the pool as it is.
 * @example
 * roundTotalShares({ sharesBefore: 10_000_000, unissuedPool: 100_000, preMoneyUsd: 15e6, newMoneyUsd: 5e6,
 *   poolTarget: undefined, convention: 'percentage-ownership',
 *   converting: [{ kind: 'postMoneySafe', amountUsd: 200_000, valuationCapUsd: 4e6 }] }) //=> 14_035_087.7…
 */
export function roundTotalShares(round: FloatRound): number {
  const total = solve(round, round.poolTarget)
  if (round.poolTarget !== undefined && round.poolTarget * total < round.unissuedPool)
    return solve(round, undefined)
  return total
}

/**
 * Fraction of the company the holders before the round give up in it, conversions included: 1 − S / T.
 * @example dilutionWithConversions({ ...guideExample1 }) //=> 0.4428 (YC guide Example 1 Q2: 1 − 10,000,000 / 17,946,424)
 */
export function dilutionWithConversions(round: FloatRound): number {
  if (round.sharesBefore <= 0) return 0
  return 1 - round.sharesBefore / roundTotalShares(round)
}

function solve(round: FloatRound, poolTarget: number | undefined): number {
  const outstanding = round.sharesBefore - round.unissuedPool
  const poolC = poolTarget === undefined ? round.unissuedPool + (round.poolIncreaseShares ?? 0) : 0
  const poolS = poolTarget ?? 0
  const pre = round.preMoneyUsd
  const post = pre + round.newMoneyUsd
  let convertingUsd = 0
  for (const item of round.converting) convertingUsd += item.amountUsd
  // Inverse price (shares per dollar) as a line c + s·T, as in the exact solver.
  const ipC = round.convention === 'pre-money' ? (outstanding + poolC) / pre : 0
  const ipS =
    round.convention === 'pre-money'
      ? poolS / pre
      : 1 / (round.convention === 'dollars-invested' ? post + convertingUsd : post)
  const availC = -outstanding - poolC - round.newMoneyUsd * ipC
  const availS = 1 - poolS - round.newMoneyUsd * ipS
  const ccC = outstanding + round.unissuedPool + availC
  const preCapC = outstanding + poolC
  let t = 0
  const steps = 3 * round.converting.length + 3
  for (let step = 0; step <= steps; step++) {
    let c = availC
    let s = availS
    for (const item of round.converting) {
      // Each branch's line; the instrument takes the one with the most shares at t (ties to the steeper).
      let bestC = item.amountUsd * ipC
      let bestS = item.amountUsd * ipS
      if (item.discount !== undefined && item.discount > 0) {
        const factor = item.amountUsd / (1 - item.discount)
        ;[bestC, bestS] = better(bestC, bestS, factor * ipC, factor * ipS, t)
      }
      if (item.valuationCapUsd !== undefined) {
        const ratio = item.amountUsd / item.valuationCapUsd
        const [capC, capS] =
          item.kind === 'postMoneySafe'
            ? [ratio * ccC, ratio * availS]
            : item.kind === 'preMoneySafe'
              ? [ratio * preCapC, ratio * poolS]
              : [ratio * pre * ipC, ratio * pre * ipS]
        ;[bestC, bestS] = better(bestC, bestS, capC, capS, t)
      }
      c -= bestC
      s -= bestS
    }
    if (s <= 0) return Number.NaN
    const next = -c / s
    if (step > 0 && Math.abs(next - t) <= 1e-9 * Math.abs(next)) return next
    t = next
  }
  return t
}

function better(c1: number, s1: number, c2: number, s2: number, t: number): [number, number] {
  const v1 = c1 + s1 * t
  const v2 = c2 + s2 * t
  return v2 > v1 || (v2 === v1 && s2 > s1) ? [c2, s2] : [c1, s1]
}

/**
 * The safes and notes pending at planned round `roundIndex` (signed after the last earlier round, before it),
 * with notes' interest accrued to the first of the round's month.
 * @example pendingConvertibles(plan, nextRoundIndex(plan)).length //=> the plan's safes and notes
 */
export function pendingConvertibles(plan: VenturePlan, roundIndex: number): FloatConvertible[] {
  const round = plan.funding.plannedRounds[roundIndex]
  if (round === undefined) return []
  const mapping = capTableInputFromPlan(plan)
  const at = mapping.eventRoundIds.indexOf(round.id)
  if (at < 0) return []
  const events = mapping.input.events
  let start = 0
  for (let index = 0; index < at; index++) if (events[index]?.kind === 'pricedRound') start = index + 1
  const roundDate = `${round.month}-01`
  const result: FloatConvertible[] = []
  for (const event of events.slice(start, at)) {
    const terms = {
      ...(event.kind !== 'pricedRound' && 'valuationCapUsd' in event && event.valuationCapUsd !== undefined
        ? { valuationCapUsd: toNumber(toRational(event.valuationCapUsd)) }
        : {}),
      ...(event.kind !== 'pricedRound' && 'discount' in event && event.discount !== undefined
        ? { discount: toNumber(toRational(event.discount)) }
        : {}),
    }
    if (event.kind === 'postMoneySafe' || event.kind === 'preMoneySafe') {
      result.push({ kind: event.kind, amountUsd: toNumber(toRational(event.amountUsd)), ...terms })
    } else if (event.kind === 'convertibleNote') {
      const principal = toRational(event.principalUsd)
      const amount =
        event.issueDate <= roundDate
          ? accruedAmountUsd(
              principal,
              toRational(event.annualInterestRate),
              yearFraction(event.issueDate, roundDate, event.dayCount ?? 'actual/365'),
              event.interest ?? 'simple',
              event.compoundingPerYear ?? 1,
            )
          : principal
      result.push({ kind: 'convertibleNote', amountUsd: toNumber(amount), ...terms })
    }
  }
  return result
}
