/**
 * @module finance/captable/pro-rata
 * Pro rata side letters exercised in the priced round that converts the safes. A holder's pro rata share σᵢ is
 * its converted shares over Company Capitalization; exercising holders buy a share of everything the round
 * sells, their own purchase included, so with L the other new-money shares they buy Rᵢ = σᵢ · L / (1 − Σσ)
 * (rounded down) and together own New% / (1 − Σσ) − New% of the company (YC Post-Money Safe User Guide,
 * Quick Start Guide §3, "Safe Pro Rata Allocation %"). The purchases join the round as new money at the round
 * price; where a pool target makes the price depend on the money raised, the round is re-solved until the
 * purchases stop changing.
 */
import { UserError } from '../../errors.ts'
import {
  div,
  fraction,
  mul,
  ONE,
  type Rational,
  roundToInteger,
  sub,
  sum,
  toDecimalString,
  toRational,
} from '../rational.ts'
import { applyPricedRound, type PricedRoundInput } from './priced-round.ts'
import type { ProRataRight } from './types.ts'

type Applied = ReturnType<typeof applyPricedRound>
interface Exercised {
  readonly applied: Applied
  readonly purchases: ReadonlyMap<string, bigint>
}

/** Re-solves at most this many times; with a fixed pool the first re-solve is already final. */
const MAX_PASSES = 8

/**
 * Applies a priced round and the pro rata purchases it exercises (`round.proRataExercise`).
 * @example
 * applyPricedRoundWithProRata({ positions, round: { ...round, proRataExercise: 'all' }, path: 'events.2', converting, convention, rounding })
 *   .result.proRataRights[0]?.exercisedShares //=> 750000 (the Quick Start example scaled to 17,000,000 shares)
 */
export function applyPricedRoundWithProRata(input: PricedRoundInput): ReturnType<typeof applyPricedRound> {
  const exercise = input.round.proRataExercise ?? 'none'
  const holdersWithRights = new Set(
    input.converting.filter((item) => item.proRata).map((item) => item.holder),
  )
  if (Array.isArray(exercise)) {
    exercise.forEach((holder, index) => {
      if (!holdersWithRights.has(holder)) {
        const code = 'pro_rata_without_right'
        const message = `${holder} holds no converting safe with a pro rata side letter.`
        throw new UserError(code, message, [
          { code, path: [...pathParts(input.path), 'proRataExercise', index], message, params: { holder } },
        ])
      }
    })
  }
  const base = applyPricedRound(input)
  const exercising = (holder: string) =>
    holdersWithRights.has(holder) &&
    (exercise === 'all' || (Array.isArray(exercise) && exercise.includes(holder)))
  const sigma = new Map<string, Rational>()
  for (const conversion of base.result.conversions) {
    if (!exercising(conversion.holder)) continue
    const share = div(
      fraction(BigInt(conversion.shares)),
      fraction(BigInt(base.result.companyCapitalizationShares)),
    )
    sigma.set(conversion.holder, sum([sigma.get(conversion.holder) ?? fraction(0n), share]))
  }
  if (sigma.size === 0) return base
  const { applied, purchases } =
    input.round.proRataFunding === 'fromRound'
      ? fromRound(input, base, sigma)
      : addedToRound(input, base, sigma)
  const price = applied.price
  const proRataRights: ProRataRight[] = base.result.proRataRights.map((right) => {
    const shares = purchases.get(right.holder)
    if (shares === undefined) return right
    return {
      ...right,
      exercisedShares: Number(shares),
      exercisedCostUsd: toDecimalString(mul(fraction(shares), price), 2),
    }
  })
  return { ...applied, result: { ...applied.result, proRataRights } }
}

/** Purchases added to the round: Rᵢ = σᵢ · L / (1 − Σσ), re-solved until stable (a pool target moves the price). */
function addedToRound(
  input: PricedRoundInput,
  base: Applied,
  sigma: ReadonlyMap<string, Rational>,
): Exercised {
  const sigmaTotal = sum([...sigma.values()])
  let purchases = new Map<string, bigint>()
  let applied = base
  let otherShares = fraction(BigInt(base.result.newMoneyShares))
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = new Map<string, bigint>()
    for (const [holder, share] of sigma)
      next.set(holder, roundToInteger(div(mul(share, otherShares), sub(ONE, sigmaTotal)), 'floor'))
    if (pass > 0 && sameShares(next, purchases)) break
    purchases = next
    applied = applyPricedRound({
      ...input,
      round: {
        ...input.round,
        investments: [...input.round.investments, ...buying(purchases, applied.price)],
      },
    })
    const bought = [...purchases.values()].reduce((total, shares) => total + shares, 0n)
    otherShares = fraction(BigInt(applied.result.newMoneyShares) - bought)
  }
  return { applied, purchases }
}

/**
 * Purchases carved out of the round (YC guide Appendix II, Example 1 Q2: Investor B buys 10 % of the 4,486,719
 * Series A shares, 448,671, and the new investors the other 4,038,048): Rᵢ = σᵢ · N of the round's new-money
 * shares N, the other investors' amounts scaled down by what the holders pay, so the money raised is unchanged.
 */
function fromRound(input: PricedRoundInput, base: Applied, sigma: ReadonlyMap<string, Rational>): Exercised {
  const roundShares = fraction(BigInt(base.result.newMoneyShares))
  const purchases = new Map<string, bigint>()
  for (const [holder, share] of sigma) purchases.set(holder, roundToInteger(mul(share, roundShares), 'floor'))
  const bought = buying(purchases, base.price)
  const newMoney = sum(input.round.investments.map((investment) => toRational(investment.amountUsd)))
  const kept = sub(ONE, div(sum(bought.map((line) => toRational(line.amountUsd))), newMoney))
  const investments = input.round.investments.map((investment) => {
    const amount = mul(toRational(investment.amountUsd), kept)
    return { holder: investment.holder, amountUsd: `${amount.num}/${amount.den}` }
  })
  const applied = applyPricedRound({
    ...input,
    round: { ...input.round, investments: [...investments, ...bought] },
  })
  return { applied, purchases }
}

/** The holders' purchases as round investments, each paying shares × price exactly. */
function buying(purchases: ReadonlyMap<string, bigint>, price: Rational) {
  return [...purchases].map(([holder, shares]) => {
    const cost = mul(fraction(shares), price)
    return { holder, amountUsd: `${cost.num}/${cost.den}` }
  })
}

function sameShares(left: ReadonlyMap<string, bigint>, right: ReadonlyMap<string, bigint>): boolean {
  return left.size === right.size && [...left].every(([holder, shares]) => right.get(holder) === shares)
}

function pathParts(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}
