/**
 * @module finance/captable/liquidity
 * Safes at an acquisition before any priced round (YC post-money safe, Section 1(b)): each capped safe takes
 * the greater of its purchase amount (Cash-Out Amount) and what its conversion shares receive (Conversion
 * Amount), measured on the Liquidity Capitalization (outstanding shares and issued options, promised options
 * only where they receive proceeds, converting safes; not the unissued pool). Safes cashing out are paid first,
 * pro rata when proceeds fall short; the rest goes per as-converted share. A discount safe converts at the
 * common price times its discount rate; an MFN-only safe takes its cash-out. Existing preferred is counted as
 * converted here; use the exit waterfall for preferences.
 */
import { UserError } from '../../errors.ts'
import { allocateCents } from '../cents.ts'
import {
  compare,
  div,
  fraction,
  isNegative,
  max,
  min,
  mul,
  ONE,
  type Rational,
  roundToInteger,
  sub,
  sum,
  toDecimalString,
  toNumber,
  toRational,
  ZERO,
} from '../rational.ts'
import type { DecimalInput, Holding, PostMoneySafe, PreMoneySafe, RoundingRule } from './types.ts'
import { YC_GUIDE_ROUNDING } from './types.ts'

export interface LiquidityInput {
  readonly holdings: readonly Holding[]
  readonly safes: readonly (PostMoneySafe | PreMoneySafe)[]
  /** Proceeds available to equity holders (after transaction costs and debt). */
  readonly proceedsUsd: DecimalInput
  readonly promisedOptionsReceiveProceeds?: boolean
  readonly rounding?: RoundingRule
}

export interface SafeAtLiquidity {
  readonly holder: string
  readonly path: string
  readonly cashOutUsd: string
  /** Conversion shares measured with every capped safe converting (the guide's comparison). */
  readonly conversionShares: number
  readonly conversionValueUsd: string
  readonly choice: 'cash-out' | 'convert'
}

export interface LiquidityHolderPayout {
  readonly holder: string
  readonly shares: number
  readonly payoutUsd: string
  readonly payout: number
  readonly converted: boolean
}

export interface LiquidityResult {
  readonly proceedsUsd: string
  /** Proceeds per as-converted share after cash-outs. */
  readonly pricePerShareUsd: string
  readonly liquidityCapitalization: number
  /** Proceeds per share with every capped safe converting: the price the guide compares cash-out against. */
  readonly allConvertPricePerShareUsd: string
  readonly safes: readonly SafeAtLiquidity[]
  readonly holders: readonly LiquidityHolderPayout[]
  readonly rounding: RoundingRule
}

/**
 * Pays out an acquisition with safes outstanding, each safe taking the greater of cash-out and conversion.
 * @example safesAtLiquidity({ holdings, safes, proceedsUsd: 10_000_000 }).safes[0]?.choice // 'convert'
 */
export function safesAtLiquidity(input: LiquidityInput): LiquidityResult {
  const rounding = input.rounding ?? YC_GUIDE_ROUNDING
  const proceeds = toRational(input.proceedsUsd)
  if (isNegative(proceeds)) {
    throw new UserError('negative_amount', 'Proceeds must not be negative.', [
      { code: 'negative_amount', path: ['proceedsUsd'], message: 'Must not be negative.' },
    ])
  }
  input.safes.forEach((safe, index) => {
    if (isNegative(toRational(safe.amountUsd))) {
      throw new UserError('negative_amount', 'A safe amount is negative.', [
        { code: 'negative_amount', path: ['safes', index, 'amountUsd'], message: 'Must not be negative.' },
      ])
    }
  })
  const counted = input.holdings.filter(
    (holding) =>
      holding.kind !== 'unissuedPool' &&
      (holding.kind !== 'optionsPromised' || input.promisedOptionsReceiveProceeds === true),
  )
  const base = fraction(BigInt(counted.reduce((total, holding) => total + holding.shares, 0)))
  const terms = input.safes.map((safe, index) => ({
    safe,
    path: `safes.${index}`,
    amount: toRational(safe.amountUsd),
    capFraction:
      safe.valuationCapUsd === undefined
        ? undefined
        : div(toRational(safe.amountUsd), toRational(safe.valuationCapUsd)),
    discount: safe.discount === undefined ? undefined : toRational(safe.discount),
  }))
  const shareRounding = (value: Rational): bigint => roundToInteger(value, rounding.shares)
  const capitalization = (converting: readonly (typeof terms)[number][]) => {
    const capped = converting.filter((term) => term.capFraction !== undefined)
    const exact = div(base, sub(ONE, sum(capped.map((term) => term.capFraction ?? ZERO))))
    const shares = new Map(capped.map((term) => [term, shareRounding(mul(term.capFraction ?? ZERO, exact))]))
    return { shares, total: [...shares.values()].reduce((total, value) => total + value, base.num) }
  }
  // The guide's comparison: every capped safe converting, proceeds per share over that capitalization.
  const allCapped = capitalization(terms)
  // Equilibrium: start with every capped safe converting, drop those whose cash-out pays more, repeat.
  let converting = terms.filter((term) => term.capFraction !== undefined || term.discount !== undefined)
  for (;;) {
    const cashOut = sum(terms.filter((term) => !converting.includes(term)).map((term) => term.amount))
    const residual = max(ZERO, sub(proceeds, cashOut))
    const keep = converting.filter(
      (term) => term.capFraction === undefined || compare(mul(term.capFraction, residual), term.amount) > 0,
    )
    if (keep.length === converting.length) break
    converting = keep
  }
  const cashing = terms.filter((term) => !converting.includes(term))
  const cashOutTotal = sum(cashing.map((term) => term.amount))
  const cashShare = compare(cashOutTotal, ZERO) === 0 ? ZERO : min(ONE, div(proceeds, cashOutTotal))
  const residual = max(ZERO, sub(proceeds, cashOutTotal))
  // Discount safes take purchase amount / discount rate in value, ahead of dividing the rest per share.
  const discountClaims = converting
    .filter((term) => term.capFraction === undefined)
    .map((term) => ({ term, value: div(term.amount, sub(ONE, term.discount ?? ZERO)) }))
  const final = capitalization(converting)
  const discountValue = min(residual, sum(discountClaims.map((claim) => claim.value)))
  const perShare = div(sub(residual, discountValue), fraction(final.total))

  const payouts: { holder: string; shares: bigint; value: Rational; converted: boolean }[] = counted.map(
    (holding) => ({
      holder: holding.holder,
      shares: BigInt(holding.shares),
      value: mul(fraction(BigInt(holding.shares)), perShare),
      converted: false,
    }),
  )
  for (const term of terms) {
    const shares = final.shares.get(term) ?? 0n
    const claim = discountClaims.find((entry) => entry.term === term)
    const value = cashing.includes(term)
      ? mul(term.amount, cashShare)
      : claim !== undefined
        ? mul(discountValue, div(claim.value, sum(discountClaims.map((entry) => entry.value))))
        : mul(fraction(shares), perShare)
    payouts.push({ holder: term.safe.holder, shares, value, converted: converting.includes(term) })
  }
  const cents = allocateCents(payouts.map((entry) => entry.value))
  const priceDecimals = rounding.priceDecimals ?? 10
  const comparisonPrice = div(proceeds, fraction(allCapped.total))
  return {
    proceedsUsd: toDecimalString(proceeds, 2),
    pricePerShareUsd: toDecimalString(perShare, priceDecimals),
    liquidityCapitalization: Number(final.total),
    allConvertPricePerShareUsd: toDecimalString(comparisonPrice, priceDecimals),
    safes: terms.map((term) => {
      const shares = allCapped.shares.get(term) ?? 0n
      return {
        holder: term.safe.holder,
        path: term.path,
        cashOutUsd: toDecimalString(term.amount, 2),
        conversionShares: Number(shares),
        conversionValueUsd: toDecimalString(mul(fraction(shares), comparisonPrice), 2),
        choice: converting.includes(term) ? 'convert' : 'cash-out',
      }
    }),
    holders: payouts.map((entry, index) => ({
      holder: entry.holder,
      shares: Number(entry.shares),
      payoutUsd: cents[index] ?? '0.00',
      payout: toNumber(entry.value),
      converted: entry.converted,
    })),
    rounding,
  }
}
