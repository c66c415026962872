/**
 * @module finance/waterfall/distribute
 * Splits the money left for equity among the classes for one fixed set of conversion decisions: preferences
 * tier by tier from the most senior (a tier that cannot be paid in full is split pro rata to preference
 * amounts, not shares), then the rest per as-converted share, each capped participating class stopping at its
 * cap and the excess flowing to the others.
 */
import {
  add,
  compare,
  div,
  fraction,
  min,
  mul,
  type Rational,
  sub,
  sum,
  toRational,
  ZERO,
} from '../rational.ts'
import type { WaterfallClass } from './types.ts'

/** A class with its terms as exact numbers. */
export interface ExactClass {
  readonly source: WaterfallClass
  readonly shares: Rational
  readonly asConvertedShares: Rational
  /** Zero for common. */
  readonly preferenceUsd: Rational
  readonly seniority: number
  readonly participation: 'none' | 'full' | 'capped' | 'common'
  /** Total a capped participating class may take as preferred (preference plus participation). */
  readonly capTotalUsd: Rational
}

export interface ClassShare {
  readonly preferenceUsd: Rational
  readonly participationUsd: Rational
}

/** @example exactClass({ kind: 'common', name: 'Common', holders: [{ holder: 'F', shares: 10 }] }).shares // 10 */
export function exactClass(source: WaterfallClass): ExactClass {
  const shares = fraction(BigInt(source.holders.reduce((total, holding) => total + holding.shares, 0)))
  if (source.kind === 'common') {
    return {
      source,
      shares,
      asConvertedShares: shares,
      preferenceUsd: ZERO,
      seniority: 0,
      participation: 'common',
      capTotalUsd: ZERO,
    }
  }
  const issuePrice = toRational(source.issuePricePerShareUsd)
  const participation = source.participation ?? 'none'
  return {
    source,
    shares,
    asConvertedShares: mul(shares, toRational(source.conversionRatio ?? 1)),
    preferenceUsd: mul(mul(shares, issuePrice), toRational(source.preferenceMultiple ?? 1)),
    seniority: source.seniority,
    participation: typeof participation === 'object' ? 'capped' : participation,
    capTotalUsd:
      typeof participation === 'object'
        ? mul(mul(shares, issuePrice), toRational(participation.capMultiple))
        : ZERO,
  }
}

/**
 * Distributes `equityUsd` for a given conversion profile (`converted[i]` for class i).
 * @example distribute(classes.map(exactClass), [false], fraction(10_000_000n))
 */
export function distribute(
  classes: readonly ExactClass[],
  converted: readonly boolean[],
  equityUsd: Rational,
): ClassShare[] {
  const preference = classes.map(() => ZERO)
  let remaining = equityUsd
  const preferred = classes
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => item.participation !== 'common' && converted[index] !== true)
  const seniorities = [...new Set(preferred.map(({ item }) => item.seniority))].sort((a, b) => b - a)
  for (const seniority of seniorities) {
    const tier = preferred.filter(({ item }) => item.seniority === seniority)
    const owed = sum(tier.map(({ item }) => item.preferenceUsd))
    if (owed.num === 0n) continue
    const paid = min(remaining, owed)
    for (const { item, index } of tier) preference[index] = mul(paid, div(item.preferenceUsd, owed))
    remaining = sub(remaining, paid)
  }
  const participation = participate(classes, converted, preference, remaining)
  return classes.map((_, index) => ({
    preferenceUsd: preference[index] ?? ZERO,
    participationUsd: participation[index] ?? ZERO,
  }))
}

/** Water-filling: one price per as-converted share, with capped classes saturating at their caps. */
function participate(
  classes: readonly ExactClass[],
  converted: readonly boolean[],
  preference: readonly Rational[],
  residual: Rational,
): Rational[] {
  const result = classes.map(() => ZERO)
  const sharing = classes
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => converted[index] === true || item.participation !== 'none')
    .filter(({ item }) => item.asConvertedShares.num > 0n)
  if (sharing.length === 0 || residual.num === 0n) return result
  const room = (index: number, item: ExactClass): Rational | undefined =>
    converted[index] !== true && item.participation === 'capped'
      ? sub(item.capTotalUsd, preference[index] ?? ZERO)
      : undefined
  // Capped classes in order of the per-share price at which they saturate.
  const capped = sharing
    .map(({ item, index }) => ({ item, index, room: room(index, item) }))
    .filter((entry): entry is { item: ExactClass; index: number; room: Rational } => entry.room !== undefined)
    .map((entry) => ({ ...entry, threshold: div(maxZero(entry.room), entry.item.asConvertedShares) }))
    .sort((a, b) => compare(a.threshold, b.threshold))
  const saturated = new Set<number>()
  let left = residual
  let open = sum(sharing.map(({ item }) => item.asConvertedShares))
  for (const entry of capped) {
    if (open.num === 0n) break
    const price = div(left, open)
    if (compare(price, entry.threshold) < 0) break
    saturated.add(entry.index)
    result[entry.index] = maxZero(entry.room)
    left = sub(left, maxZero(entry.room))
    open = sub(open, entry.item.asConvertedShares)
  }
  // If every sharing class is capped and saturated, the excess goes to all of them per share.
  const takers = open.num === 0n ? sharing : sharing.filter(({ index }) => !saturated.has(index))
  const takerShares = sum(takers.map(({ item }) => item.asConvertedShares))
  for (const { item, index } of takers)
    result[index] = add(result[index] ?? ZERO, mul(left, div(item.asConvertedShares, takerShares)))
  return result
}

const maxZero = (value: Rational): Rational => (value.num < 0n ? ZERO : value)
