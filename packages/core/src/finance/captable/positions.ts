/**
 * @module finance/captable/positions
 * The cap table between events: whole-share positions per holder and class, and the views of it a result
 * reports (per holder, per class).
 */
import { div, fraction, mul, type Rational, toDecimalString, toNumber } from '../rational.ts'
import type { ClassResult, HolderResult, ShareKind } from './types.ts'

export interface Position {
  readonly holder: string
  readonly shareClass: string
  readonly kind: ShareKind
  readonly shares: bigint
  readonly issuePricePerShareUsd?: Rational
}

/**
 * Shares counted in every fully diluted denominator except the unissued pool.
 * @example outstandingShares(positions) // 10_000_000n
 */
export const outstandingShares = (positions: readonly Position[]): bigint =>
  positions.reduce(
    (total, position) => (position.kind === 'unissuedPool' ? total : total + position.shares),
    0n,
  )

/** @example unissuedPoolShares(positions) // 100_000n */
export const unissuedPoolShares = (positions: readonly Position[]): bigint =>
  positions.reduce(
    (total, position) => (position.kind === 'unissuedPool' ? total + position.shares : total),
    0n,
  )

/** @example totalShares(positions) // 10_100_000n */
export const totalShares = (positions: readonly Position[]): bigint =>
  positions.reduce((total, position) => total + position.shares, 0n)

/**
 * Adds shares to the position of the same holder, class and issue price, or appends a new one.
 * @example addShares([], { holder: 'VC', shareClass: 'Series A', kind: 'preferred', shares: 10n })
 */
export function addShares(positions: readonly Position[], added: Position): Position[] {
  if (added.shares === 0n) return [...positions]
  const samePrice = (position: Position): boolean =>
    (position.issuePricePerShareUsd === undefined && added.issuePricePerShareUsd === undefined) ||
    (position.issuePricePerShareUsd !== undefined &&
      added.issuePricePerShareUsd !== undefined &&
      position.issuePricePerShareUsd.num === added.issuePricePerShareUsd.num &&
      position.issuePricePerShareUsd.den === added.issuePricePerShareUsd.den)
  const index = positions.findIndex(
    (position) =>
      position.holder === added.holder &&
      position.shareClass === added.shareClass &&
      position.kind === added.kind &&
      samePrice(position),
  )
  const existing = positions[index]
  if (existing === undefined) return [...positions, added]
  const next = [...positions]
  next[index] = { ...existing, shares: existing.shares + added.shares }
  return next
}

/**
 * Per holder totals in order of first appearance, with exact-ratio ownership as a percentage number.
 * @example holderView(positions)[0] // { holder: 'Founders', shares: 6_000_000, ownershipPct: 60 }
 */
export function holderView(positions: readonly Position[]): HolderResult[] {
  const total = totalShares(positions)
  const byHolder = new Map<string, bigint>()
  for (const position of positions)
    byHolder.set(position.holder, (byHolder.get(position.holder) ?? 0n) + position.shares)
  return [...byHolder].map(([holder, shares]) => ({
    holder,
    shares: Number(shares),
    ownershipPct: total === 0n ? 0 : toNumber(div(mul(fraction(shares), fraction(100n)), fraction(total))),
  }))
}

/** @example classView(positions, 4)[0]?.shareClass // 'Common' */
export function classView(positions: readonly Position[], priceDecimals: number): ClassResult[] {
  return positions.map((position) => ({
    holder: position.holder,
    shareClass: position.shareClass,
    kind: position.kind,
    shares: Number(position.shares),
    ...(position.issuePricePerShareUsd === undefined
      ? {}
      : { issuePricePerShareUsd: toDecimalString(position.issuePricePerShareUsd, priceDecimals) }),
  }))
}
