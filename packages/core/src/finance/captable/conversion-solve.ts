/**
 * @module finance/captable/conversion-solve
 * The priced round as one fixed point, solved exactly. Every quantity of the round (price, pool, new-money
 * shares, each instrument's conversion shares) is affine in the post-round share count T once each instrument's
 * branch (cap, discount or round price) is fixed, and each instrument takes the greatest branch. So the
 * balance g(T) = shares left for conversions − shares the conversions claim is concave and piecewise affine;
 * Newton's method from T = 0 climbs it from the left and lands exactly on the root in finitely many steps.
 */
import { UnexpectedError } from '../../errors.ts'
import {
  add,
  compare,
  div,
  isPositive,
  isZero,
  mul,
  ONE,
  type Rational,
  sub,
  sum,
  ZERO,
} from '../rational.ts'
import type { ConversionBasis, PricingConvention } from './types.ts'

/** An instrument converting in the round, with its effective terms (after any MFN election). */
export interface ConvertingTerms {
  readonly path: string
  readonly holder: string
  readonly instrument: 'postMoneySafe' | 'preMoneySafe' | 'convertibleNote'
  /** Purchase amount, or principal plus accrued interest. */
  readonly amountUsd: Rational
  readonly valuationCapUsd?: Rational
  readonly discount?: Rational
}

export type ExactPoolChange =
  | { readonly kind: 'none' }
  | { readonly kind: 'targetPostPct'; readonly fraction: Rational }
  | { readonly kind: 'increaseShares'; readonly shares: Rational }

export interface RoundTerms {
  /** Issued shares, preferred as converted, issued and promised options. */
  readonly outstandingShares: Rational
  /** Unissued option pool before the round. */
  readonly unissuedPoolShares: Rational
  readonly preMoneyValuationUsd: Rational
  readonly newMoneyUsd: Rational
  readonly pool: ExactPoolChange
  readonly convention: PricingConvention
  readonly converting: readonly ConvertingTerms[]
}

export interface ExactRoundSolution {
  readonly totalShares: Rational
  readonly pricePerShareUsd: Rational
  /** Unissued pool after the round. */
  readonly poolShares: Rational
  readonly newMoneyShares: Rational
  /** Company Capitalization of the post-money safe (YC): before the pool increase and the new money. */
  readonly companyCapitalization: Rational
  /** Pre-money safe capitalization: pre-round fully diluted shares with the new pool, no safes or notes. */
  readonly preMoneyCapitalization: Rational
  readonly conversions: readonly { readonly basis: ConversionBasis; readonly shares: Rational }[]
}

/** value = constant + slope × T */
interface Affine {
  readonly constant: Rational
  readonly slope: Rational
}
const affine = (constant: Rational, slope: Rational): Affine => ({ constant, slope })
const at = (line: Affine, t: Rational): Rational => add(line.constant, mul(line.slope, t))
const plus = (a: Affine, b: Affine): Affine => affine(add(a.constant, b.constant), add(a.slope, b.slope))
const minus = (a: Affine, b: Affine): Affine => affine(sub(a.constant, b.constant), sub(a.slope, b.slope))
const scale = (a: Affine, factor: Rational): Affine => affine(mul(a.constant, factor), mul(a.slope, factor))
const constantLine = (value: Rational): Affine => affine(value, ZERO)

interface RoundLines {
  readonly pool: Affine
  readonly inversePrice: Affine
  readonly newMoneyShares: Affine
  readonly available: Affine
  readonly companyCapitalization: Affine
  readonly preMoneyCapitalization: Affine
  readonly branches: readonly (readonly { readonly basis: ConversionBasis; readonly line: Affine }[])[]
}

function roundLines(terms: RoundTerms): RoundLines {
  const outstanding = terms.outstandingShares
  const pool =
    terms.pool.kind === 'targetPostPct'
      ? affine(ZERO, terms.pool.fraction)
      : constantLine(
          add(terms.unissuedPoolShares, terms.pool.kind === 'increaseShares' ? terms.pool.shares : ZERO),
        )
  const postMoney = add(terms.preMoneyValuationUsd, terms.newMoneyUsd)
  const convertingUsd = sum(terms.converting.map((item) => item.amountUsd))
  // 1 / price as a function of T, one line per Cooley method.
  const inversePrice =
    terms.convention === 'pre-money'
      ? scale(plus(constantLine(outstanding), pool), div(ONE, terms.preMoneyValuationUsd))
      : affine(
          ZERO,
          div(ONE, terms.convention === 'dollars-invested' ? add(postMoney, convertingUsd) : postMoney),
        )
  const newMoneyShares = scale(inversePrice, terms.newMoneyUsd)
  const available = minus(minus(affine(negateValue(outstanding), ONE), pool), newMoneyShares)
  const companyCapitalization = plus(constantLine(add(outstanding, terms.unissuedPoolShares)), available)
  const preMoneyCapitalization = plus(constantLine(outstanding), pool)
  const branches = terms.converting.map((item) => {
    const options: { basis: ConversionBasis; line: Affine }[] = [
      { basis: 'round', line: scale(inversePrice, item.amountUsd) },
    ]
    if (item.discount !== undefined && isPositive(item.discount)) {
      options.push({
        basis: 'discount',
        line: scale(inversePrice, div(item.amountUsd, sub(ONE, item.discount))),
      })
    }
    if (item.valuationCapUsd !== undefined) {
      const cap = item.valuationCapUsd
      const line =
        item.instrument === 'postMoneySafe'
          ? scale(companyCapitalization, div(item.amountUsd, cap))
          : item.instrument === 'preMoneySafe'
            ? scale(preMoneyCapitalization, div(item.amountUsd, cap))
            : scale(inversePrice, div(mul(item.amountUsd, terms.preMoneyValuationUsd), cap))
      options.push({ basis: 'cap', line })
    }
    return options
  })
  return {
    pool,
    inversePrice,
    newMoneyShares,
    available,
    companyCapitalization,
    preMoneyCapitalization,
    branches,
  }
}

const negateValue = (value: Rational): Rational => sub(ZERO, value)

/** The branch an instrument takes at T: the most shares, ties to the steeper line (the right derivative). */
function bestBranch(options: readonly { basis: ConversionBasis; line: Affine }[], t: Rational) {
  let best = options[0]
  if (best === undefined) throw new UnexpectedError('no_branch', 'an instrument has no conversion branch')
  for (const option of options.slice(1)) {
    const order = compare(at(option.line, t), at(best.line, t))
    if (order > 0 || (order === 0 && compare(option.line.slope, best.line.slope) > 0)) best = option
  }
  return best
}

/**
 * Solves the round exactly. Returns `null` when the balance has no root (the conversions claim at least
 * every new share, e.g. post-money safe fractions summing to 100 % or more).
 * @example solveRoundExactly(terms)?.pricePerShareUsd
 */
export function solveRoundExactly(terms: RoundTerms): ExactRoundSolution | null {
  const lines = roundLines(terms)
  let t = ZERO
  // Each step moves onto a later affine piece; there are at most three pieces per instrument.
  for (let step = 0; step <= 3 * terms.converting.length + 2; step += 1) {
    const chosen = lines.branches.map((options) => bestBranch(options, t))
    const balance = chosen.reduce((line, option) => minus(line, option.line), lines.available)
    const value = at(balance, t)
    if (isZero(value) && step > 0) return solution(lines, chosen, t)
    if (!isPositive(balance.slope)) return null
    const next = div(negateValue(balance.constant), balance.slope)
    if (compare(next, t) === 0 && step > 0) return solution(lines, chosen, t)
    t = next
  }
  throw new UnexpectedError('round_not_converged', 'the priced-round fixed point did not converge')
}

function solution(
  lines: RoundLines,
  chosen: readonly { basis: ConversionBasis; line: Affine }[],
  t: Rational,
): ExactRoundSolution {
  // Re-check: every instrument took the best of cap, discount and round price at the solution.
  lines.branches.forEach((options, index) => {
    const taken = chosen[index]
    for (const option of options) {
      if (taken === undefined || compare(at(option.line, t), at(taken.line, t)) > 0) {
        throw new UnexpectedError(
          'conversion_not_best',
          'a converting instrument did not take its best price',
        )
      }
    }
  })
  return {
    totalShares: t,
    pricePerShareUsd: div(ONE, at(lines.inversePrice, t)),
    poolShares: at(lines.pool, t),
    newMoneyShares: at(lines.newMoneyShares, t),
    companyCapitalization: at(lines.companyCapitalization, t),
    preMoneyCapitalization: at(lines.preMoneyCapitalization, t),
    conversions: chosen.map((option) => ({ basis: option.basis, shares: at(option.line, t) })),
  }
}
