/**
 * @module finance/captable/priced-round
 * Applies one priced round to a cap table: solves the conversion fixed point exactly, then applies the
 * declared rounding rule the way YC's guide does (price rounded first, everything computed onward from the
 * rounded price, shares rounded last) and reconciles the share totals exactly.
 */
import { UnexpectedError, UserError } from '../../errors.ts'
import {
  add,
  compare,
  div,
  fraction,
  isPositive,
  mul,
  ONE,
  type Rational,
  roundToDecimals,
  roundToInteger,
  sub,
  sum,
  toDecimalString,
  toNumber,
  toRational,
  ZERO,
} from '../rational.ts'
import { type ConvertingTerms, type ExactPoolChange, solveRoundExactly } from './conversion-solve.ts'
import {
  addShares,
  classView,
  holderView,
  outstandingShares,
  type Position,
  totalShares,
  unissuedPoolShares,
} from './positions.ts'
import type {
  ConversionResult,
  PricedRound,
  PricingConvention,
  ProRataRight,
  RoundingRule,
  RoundResult,
} from './types.ts'

export interface ConvertingInstrument extends ConvertingTerms {
  readonly proRata: boolean
}

export interface PricedRoundInput {
  readonly positions: readonly Position[]
  readonly round: PricedRound
  readonly path: string
  readonly converting: readonly ConvertingInstrument[]
  readonly convention: PricingConvention
  readonly rounding: RoundingRule
}

/** Decimal places used to print prices when the rule keeps them exact. @example toDecimalString(price, EXACT_PRICE_DISPLAY_DECIMALS) */
export const EXACT_PRICE_DISPLAY_DECIMALS = 10

const refuse = (code: string, path: string, message: string, params: Record<string, string | number> = {}) =>
  new UserError(code, message, [
    {
      code,
      path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message,
      params,
    },
  ])

/**
 * Applies a priced round: converts every pending safe and note, tops up the pool, issues the new money.
 * @example applyPricedRound({ positions, round, path: 'events.2', converting: [], convention: 'percentage-ownership', rounding: YC_GUIDE_ROUNDING })
 */
export function applyPricedRound(input: PricedRoundInput): {
  positions: Position[]
  result: RoundResult
  /** The round price as applied (rounded by the rule), exactly. */
  price: Rational
} {
  const { round, path, rounding } = input
  const outstanding = outstandingShares(input.positions)
  const existingPool = unissuedPoolShares(input.positions)
  const preMoney = toRational(round.preMoneyValuationUsd)
  const newMoney = sum(round.investments.map((investment) => toRational(investment.amountUsd)))
  const pool = exactPool(round)
  if (
    pool.kind === 'targetPostPct' &&
    compare(add(pool.fraction, div(newMoney, add(preMoney, newMoney))), ONE) >= 0
  ) {
    throw refuse(
      'pool_and_new_money_too_large',
      `${path}.pool`,
      'The pool target plus the new money share reach 100 %.',
      {
        poolPct: toNumber(mul(pool.fraction, fraction(100n))),
      },
    )
  }
  const exact = solveRoundExactly({
    outstandingShares: fraction(outstanding),
    unissuedPoolShares: fraction(existingPool),
    preMoneyValuationUsd: preMoney,
    newMoneyUsd: newMoney,
    pool,
    convention: input.convention,
    converting: input.converting,
  })
  if (exact === null) {
    throw refuse(
      'conversion_has_no_solution',
      path,
      'The converting safes and notes claim every share the round could issue.',
    )
  }

  const roundPrice = (value: Rational): Rational =>
    rounding.priceDecimals === null ? value : roundToDecimals(value, rounding.priceDecimals, 'half-up')
  const conversionDecimals =
    rounding.conversionPriceDecimals === undefined ? rounding.priceDecimals : rounding.conversionPriceDecimals
  const roundConversionPrice = (value: Rational): Rational =>
    conversionDecimals === null ? value : roundToDecimals(value, conversionDecimals, 'half-up')
  const roundShares = (value: Rational): bigint => roundToInteger(value, rounding.shares)
  const price = roundPrice(exact.pricePerShareUsd)
  if (!isPositive(price)) {
    throw refuse(
      'price_rounds_to_zero',
      path,
      'The round price rounds to zero: the conversions take nearly all of the pre-money.',
    )
  }

  const poolIncrease =
    pool.kind === 'increaseShares'
      ? pool.shares.num
      : pool.kind === 'targetPostPct'
        ? roundShares(sub(exact.poolShares, fraction(existingPool)))
        : 0n
  if (poolIncrease < 0n) {
    throw refuse(
      'pool_target_below_existing',
      `${path}.pool`,
      'The pool target is below the pool that already exists.',
    )
  }
  const preMoneyCapitalization = fraction(outstanding + existingPool + poolIncrease)

  // Instruments priced off the round (or the pre-money capitalization) first; capped post-money safes last,
  // because their Company Capitalization counts every other converting security.
  const converted = input.converting.map((item, index) => {
    const basis = exact.conversions[index]?.basis ?? 'round'
    if (basis === 'cap' && item.instrument === 'postMoneySafe')
      return { item, basis, price: undefined, shares: 0n }
    const conversionPrice =
      basis === 'round'
        ? price
        : basis === 'discount'
          ? roundConversionPrice(mul(price, sub(ONE, item.discount ?? ZERO)))
          : item.instrument === 'convertibleNote'
            ? roundConversionPrice(div(mul(price, item.valuationCapUsd ?? ONE), preMoney))
            : roundConversionPrice(div(item.valuationCapUsd ?? ONE, preMoneyCapitalization))
    if (!isPositive(conversionPrice)) {
      throw refuse('price_rounds_to_zero', item.path, "This instrument's conversion price rounds to zero.")
    }
    return { item, basis, price: conversionPrice, shares: roundShares(div(item.amountUsd, conversionPrice)) }
  })
  const capped = converted.filter((entry) => entry.price === undefined)
  const cappedFraction = sum(capped.map(({ item }) => div(item.amountUsd, item.valuationCapUsd ?? ONE)))
  const otherShares = converted.reduce((total, entry) => total + entry.shares, 0n)
  const companyCapitalization = div(
    fraction(outstanding + existingPool + otherShares),
    sub(ONE, cappedFraction),
  )
  const conversions = converted.map((entry) => {
    if (entry.price !== undefined) return { ...entry, price: entry.price }
    const cap = entry.item.valuationCapUsd ?? ONE
    const shares = roundShares(mul(div(entry.item.amountUsd, cap), companyCapitalization))
    return { ...entry, price: div(cap, companyCapitalization), shares }
  })

  let positions = [...input.positions]
  const poolHolder =
    input.positions.find((position) => position.kind === 'unissuedPool')?.holder ?? 'Unissued option pool'
  positions = addShares(positions, {
    holder: poolHolder,
    shareClass: 'Unissued pool',
    kind: 'unissuedPool',
    shares: poolIncrease,
  })
  for (const entry of conversions) {
    const shareClass = entry.basis === 'round' ? round.name : `${round.name} (conversion)`
    const issuePrice = entry.basis === 'round' ? price : entry.price
    positions = addShares(positions, {
      holder: entry.item.holder,
      shareClass,
      kind: 'preferred',
      shares: entry.shares,
      issuePricePerShareUsd: issuePrice,
    })
  }
  let newMoneyShares = 0n
  for (const investment of round.investments) {
    const shares = roundToInteger(
      div(toRational(investment.amountUsd), price),
      rounding.newMoneyShares ?? rounding.shares,
    )
    newMoneyShares += shares
    positions = addShares(positions, {
      holder: investment.holder,
      shareClass: round.name,
      kind: 'preferred',
      shares,
      issuePricePerShareUsd: price,
    })
  }

  const conversionShares = conversions.reduce((total, entry) => total + entry.shares, 0n)
  const expectedTotal = outstanding + existingPool + poolIncrease + conversionShares + newMoneyShares
  if (totalShares(positions) !== expectedTotal) {
    throw new UnexpectedError('shares_do_not_reconcile', 'the cap table does not reconcile after the round')
  }
  const displayDecimals = rounding.priceDecimals ?? EXACT_PRICE_DISPLAY_DECIMALS
  const conversionDisplayDecimals = conversionDecimals ?? EXACT_PRICE_DISPLAY_DECIMALS
  const classDisplayDecimals = Math.max(displayDecimals, conversionDisplayDecimals)
  const capitalizationAfterConversion = fraction(outstanding + existingPool + conversionShares)
  const proRataRights: ProRataRight[] = conversions
    .filter((entry) => entry.item.proRata)
    .map((entry) => {
      const shares = roundToInteger(
        div(mul(fraction(newMoneyShares), fraction(entry.shares)), capitalizationAfterConversion),
        'floor',
      )
      return {
        holder: entry.item.holder,
        shares: Number(shares),
        costUsd: toDecimalString(mul(fraction(shares), price), 2),
      }
    })
  const conversionResults: ConversionResult[] = conversions.map((entry) => ({
    holder: entry.item.holder,
    path: entry.item.path,
    instrument: entry.item.instrument,
    basis: entry.basis,
    conversionAmountUsd: toDecimalString(entry.item.amountUsd, 2),
    pricePerShareUsd: toDecimalString(entry.price, conversionDisplayDecimals),
    shares: Number(entry.shares),
  }))
  const result: RoundResult = {
    name: round.name,
    path,
    ...(round.date === undefined ? {} : { date: round.date }),
    pricePerShareUsd: toDecimalString(price, displayDecimals),
    pricePerShare: toNumber(price),
    preMoneyValuationUsd: toDecimalString(preMoney, 2),
    effectivePreMoneyValuationUsd: toDecimalString(mul(price, fraction(outstanding + existingPool)), 2),
    newMoneyUsd: toDecimalString(newMoney, 2),
    newMoneyShares: Number(newMoneyShares),
    poolIncreaseShares: Number(poolIncrease),
    companyCapitalizationShares: Number(capitalizationAfterConversion.num),
    totalShares: Number(expectedTotal),
    conversions: conversionResults,
    proRataRights,
    holders: holderView(positions),
    classes: classView(positions, classDisplayDecimals),
    convention: input.convention,
    rounding,
  }
  return { positions, result, price }
}

function exactPool(round: PricedRound): ExactPoolChange {
  const pool = round.pool ?? { kind: 'none' }
  if (pool.kind === 'targetPostPct') return { kind: 'targetPostPct', fraction: toRational(pool.fraction) }
  if (pool.kind === 'increaseShares') return { kind: 'increaseShares', shares: fraction(BigInt(pool.shares)) }
  return { kind: 'none' }
}
