/**
 * @module finance/waterfall/waterfall
 * The exit waterfall at one exit value: transaction costs, then debt, then preferences by seniority and
 * participation, with each class's convert-or-not decision settled where no class gains by switching alone
 * (a Nash equilibrium of the classes' choices). Best-response from "nobody converts" settles it in practice;
 * if that ever cycles, every profile is enumerated.
 */
import { UnexpectedError, UserError } from '../../errors.ts'
import { allocateCents } from '../cents.ts'
import {
  add,
  compare,
  div,
  isNegative,
  max,
  min,
  mul,
  type Rational,
  sub,
  toDecimalString,
  toNumber,
  toRational,
  ZERO,
} from '../rational.ts'
import { type ClassShare, distribute, type ExactClass, exactClass } from './distribute.ts'
import type { HolderPayout, WaterfallInput, WaterfallResult } from './types.ts'

const MAX_ENUMERATED_CLASSES = 16

/**
 * Pays out an exit.
 * @example
 * waterfall({ exitValueUsd: 8_000_000, classes: [
 *   { kind: 'common', name: 'Common', holders: [{ holder: 'Founders', shares: 8_000_000 }] },
 *   { kind: 'preferred', name: 'Series A', seniority: 1, issuePricePerShareUsd: 1, holders: [{ holder: 'VC', shares: 2_000_000 }] },
 * ] }).holders[1]?.payoutUsd // '2000000.00'
 */
export function waterfall(input: WaterfallInput): WaterfallResult {
  validate(input)
  const exit = toRational(input.exitValueUsd)
  const costs = min(exit, toRational(input.transactionCostsUsd ?? 0))
  const debt = min(sub(exit, costs), toRational(input.debtUsd ?? 0))
  const equity = sub(sub(exit, costs), debt)
  const classes = input.classes.map(exactClass)
  const { converted, method } = settleConversions(classes, equity)
  const shares = distribute(classes, converted, equity)
  const classTotals = shares.map((share) => add(share.preferenceUsd, share.participationUsd))

  const holderOrder: string[] = []
  const byHolder = new Map<string, { value: Rational; converted: boolean }>()
  classes.forEach((item, index) => {
    const total = classTotals[index] ?? ZERO
    for (const holding of item.source.holders) {
      const part = item.shares.num === 0n ? ZERO : mul(total, div(toRational(holding.shares), item.shares))
      const entry = byHolder.get(holding.holder)
      if (entry === undefined) holderOrder.push(holding.holder)
      byHolder.set(holding.holder, {
        value: add(entry?.value ?? ZERO, part),
        converted: (entry?.converted ?? false) || converted[index] === true,
      })
    }
  })
  const values = holderOrder.map((holder) => byHolder.get(holder)?.value ?? ZERO)
  const cents = allocateCents([costs, debt, ...values])
  const holders: HolderPayout[] = holderOrder.map((holder, index) => ({
    holder,
    payoutUsd: cents[index + 2] ?? '0.00',
    payout: toNumber(values[index] ?? ZERO),
    converted: byHolder.get(holder)?.converted ?? false,
  }))
  return {
    exitValueUsd: toDecimalString(exit, 2),
    transactionCostsPaidUsd: cents[0] ?? '0.00',
    debtPaidUsd: cents[1] ?? '0.00',
    distributedToEquityUsd: toDecimalString(equity, 2),
    holders,
    classes: classes.map((item, index) => ({
      name: item.source.name,
      converted: converted[index] === true,
      preferenceUsd: toDecimalString(shares[index]?.preferenceUsd ?? ZERO, 2),
      participationUsd: toDecimalString(shares[index]?.participationUsd ?? ZERO, 2),
      payoutUsd: toDecimalString(classTotals[index] ?? ZERO, 2),
    })),
    equilibrium: method,
  }
}

/**
 * Exact payout per class for a profile of conversion decisions.
 * @example classPayouts(classes.map(exactClass), [false, true], fraction(10_000_000n))
 */
export function classPayouts(
  classes: readonly ExactClass[],
  converted: readonly boolean[],
  equity: Rational,
): Rational[] {
  return distribute(classes, converted, equity).map((share: ClassShare) =>
    add(share.preferenceUsd, share.participationUsd),
  )
}

/** Classes whose choice matters: preferred that is non-participating or participating with a cap. */
const decides = (item: ExactClass): boolean =>
  item.participation === 'none' || item.participation === 'capped'

function gains(
  classes: readonly ExactClass[],
  profile: readonly boolean[],
  index: number,
  equity: Rational,
): boolean {
  const switched = profile.map((value, position) => (position === index ? !value : value))
  const now = classPayouts(classes, profile, equity)[index] ?? ZERO
  const after = classPayouts(classes, switched, equity)[index] ?? ZERO
  return compare(after, now) > 0
}

function settleConversions(classes: readonly ExactClass[], equity: Rational) {
  const deciders = classes.map((item, index) => ({ item, index })).filter(({ item }) => decides(item))
  // Classes with the lowest preference per as-converted share would convert first; ask them first.
  deciders.sort((a, b) =>
    compare(
      div(a.item.preferenceUsd, maxOne(a.item.asConvertedShares)),
      div(b.item.preferenceUsd, maxOne(b.item.asConvertedShares)),
    ),
  )
  const profile = classes.map(() => false)
  const limit = 4 * (deciders.length + 1) ** 2
  for (let step = 0; step < limit; step += 1) {
    const mover = deciders.find(({ index }) => gains(classes, profile, index, equity))
    if (mover === undefined) return { converted: profile, method: 'best-response' as const }
    profile[mover.index] = !profile[mover.index]
  }
  if (deciders.length > MAX_ENUMERATED_CLASSES) {
    throw new UnexpectedError('waterfall_no_equilibrium', 'conversion decisions did not settle')
  }
  for (let mask = 0; mask < 2 ** deciders.length; mask += 1) {
    const candidate = classes.map(() => false)
    deciders.forEach(({ index }, bit) => {
      candidate[index] = (mask & (1 << bit)) !== 0
    })
    if (deciders.every(({ index }) => !gains(classes, candidate, index, equity))) {
      return { converted: candidate, method: 'enumeration' as const }
    }
  }
  throw new UnexpectedError('waterfall_no_equilibrium', 'no stable set of conversion decisions exists')
}

const maxOne = (value: Rational): Rational => max(value, toRational(1))

function validate(input: WaterfallInput): void {
  const issues: { code: string; path: (string | number)[]; message: string }[] = []
  const nonNegative = (value: string | number | undefined, path: (string | number)[]) => {
    if (value === undefined) return
    let parsed: Rational
    try {
      parsed = toRational(value)
    } catch {
      issues.push({ code: 'invalid_number', path, message: `Not a number: ${String(value)}.` })
      return
    }
    if (isNegative(parsed)) issues.push({ code: 'negative_amount', path, message: 'Must not be negative.' })
  }
  nonNegative(input.exitValueUsd, ['exitValueUsd'])
  nonNegative(input.transactionCostsUsd, ['transactionCostsUsd'])
  nonNegative(input.debtUsd, ['debtUsd'])
  input.classes.forEach((item, index) => {
    item.holders.forEach((holding, position) => {
      if (!Number.isSafeInteger(holding.shares) || holding.shares < 0) {
        issues.push({
          code: 'invalid_shares',
          path: ['classes', index, 'holders', position, 'shares'],
          message: 'Shares must be a whole number, zero or more.',
        })
      }
    })
    if (item.kind === 'preferred') {
      nonNegative(item.issuePricePerShareUsd, ['classes', index, 'issuePricePerShareUsd'])
      nonNegative(item.preferenceMultiple, ['classes', index, 'preferenceMultiple'])
      nonNegative(item.conversionRatio, ['classes', index, 'conversionRatio'])
      const participation = item.participation
      if (typeof participation === 'object') {
        nonNegative(participation.capMultiple, ['classes', index, 'participation', 'capMultiple'])
        const cap = safeRational(participation.capMultiple)
        const multiple = safeRational(item.preferenceMultiple ?? 1)
        if (cap !== null && multiple !== null && compare(cap, multiple) < 0) {
          issues.push({
            code: 'cap_below_preference',
            path: ['classes', index, 'participation', 'capMultiple'],
            message: 'A participation cap must be at least the preference multiple.',
          })
        }
      }
    }
  })
  const totalShares = input.classes.reduce(
    (total, item) => total + item.holders.reduce((sum, holding) => sum + holding.shares, 0),
    0,
  )
  if (totalShares <= 0)
    issues.push({ code: 'no_shares', path: ['classes'], message: 'The waterfall needs at least one share.' })
  if (issues.length > 0)
    throw new UserError(
      issues[0]?.code ?? 'invalid_waterfall',
      `Invalid waterfall: ${issues[0]?.message ?? ''}`,
      issues,
    )
}

function safeRational(value: string | number): Rational | null {
  try {
    return toRational(value)
  } catch {
    return null
  }
}
