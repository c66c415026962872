/**
 * @module finance/captable/validate
 * Refuses bad cap-table input before any math runs, collecting every problem with the path of the offending
 * holding or instrument, so a user can fix them all at once.
 */
import { type Issue, UserError } from '../../errors.ts'
import {
  add,
  compare,
  div,
  isNegative,
  isPositive,
  ONE,
  type Rational,
  toRational,
  ZERO,
} from '../rational.ts'
import { parseIsoDate } from './note-interest.ts'
import type { CapTableEvent, CapTableInput, DecimalInput } from './types.ts'

type Path = (string | number)[]

/**
 * Throws a `UserError` listing every problem in the input; returns silently when it is usable.
 * @example validateCapTable({ holdings: [], events: [{ kind: 'postMoneySafe', holder: 'X', amountUsd: 1 }] }) // throws safe_without_terms at events[0]
 */
export function validateCapTable(input: CapTableInput): void {
  const issues: Issue[] = []
  const report = (code: string, path: Path, message: string, params: Issue['params'] = {}): void => {
    issues.push({ code, path, message, params })
  }
  const amount = (
    value: DecimalInput | undefined,
    path: Path,
    options: { positive?: boolean } = {},
  ): Rational | null => {
    if (value === undefined) return null
    let parsed: Rational
    try {
      parsed = toRational(value)
    } catch {
      report('invalid_number', path, `Not a number: ${String(value)}.`)
      return null
    }
    if (isNegative(parsed))
      report('negative_amount', path, 'Must not be negative.', { received: String(value) })
    else if (options.positive === true && !isPositive(parsed))
      report('not_positive', path, 'Must be greater than zero.')
    return parsed
  }
  const unitFraction = (value: DecimalInput | undefined, path: Path): Rational | null => {
    const parsed = amount(value, path)
    if (parsed !== null && compare(parsed, ONE) >= 0)
      report('fraction_out_of_range', path, 'Must be below 1 (100 %).')
    return parsed
  }
  const date = (value: string | undefined, path: Path): void => {
    if (value !== undefined && parseIsoDate(value) === null)
      report('invalid_date', path, 'Expected a date YYYY-MM-DD.')
  }
  date(input.foundedOn, ['foundedOn'])
  input.holdings.forEach((holding, index) => {
    if (!Number.isSafeInteger(holding.shares) || holding.shares < 0) {
      report('invalid_shares', ['holdings', index, 'shares'], 'Shares must be a whole number, zero or more.')
    }
    amount(holding.issuePricePerShareUsd, ['holdings', index, 'issuePricePerShareUsd'])
  })
  let pendingCapFraction = ZERO
  input.events.forEach((event, index) => {
    const at = (...rest: (string | number)[]): Path => ['events', index, ...rest]
    if (event.kind === 'postMoneySafe' || event.kind === 'preMoneySafe') {
      const invested = amount(event.amountUsd, at('amountUsd'), { positive: true })
      const cap = amount(event.valuationCapUsd, at('valuationCapUsd'), { positive: true })
      unitFraction(event.discount, at('discount'))
      if (event.valuationCapUsd === undefined && event.discount === undefined && event.mfn !== true) {
        report('safe_without_terms', at(), 'A safe needs a valuation cap, a discount or an MFN clause.')
      }
      checkElection(input.events, index, event.mfnElection, event.mfn, report)
      if (event.kind === 'postMoneySafe' && invested !== null && cap !== null && isPositive(cap)) {
        pendingCapFraction = add(pendingCapFraction, div(invested, cap))
        if (compare(pendingCapFraction, ONE) >= 0) {
          report(
            'safe_fractions_too_large',
            at(),
            'Post-money safes outstanding together buy 100 % or more of the company.',
          )
        }
      }
    } else if (event.kind === 'convertibleNote') {
      amount(event.principalUsd, at('principalUsd'), { positive: true })
      amount(event.annualInterestRate, at('annualInterestRate'))
      amount(event.valuationCapUsd, at('valuationCapUsd'), { positive: true })
      unitFraction(event.discount, at('discount'))
      date(event.issueDate, at('issueDate'))
      const periods = event.compoundingPerYear
      if (periods !== undefined && (!Number.isSafeInteger(periods) || periods < 1)) {
        report(
          'invalid_compounding',
          at('compoundingPerYear'),
          'Compounding periods per year must be a whole number ≥ 1.',
        )
      }
    } else if (event.kind === 'pricedRound') {
      amount(event.preMoneyValuationUsd, at('preMoneyValuationUsd'), { positive: true })
      event.investments.forEach((investment, position) => {
        amount(investment.amountUsd, at('investments', position, 'amountUsd'))
      })
      date(event.date, at('date'))
      if (event.date !== undefined && input.foundedOn !== undefined && event.date < input.foundedOn) {
        report('round_before_founding', at('date'), 'The round is dated before the company was founded.')
      }
      if (event.pool?.kind === 'targetPostPct') unitFraction(event.pool.fraction, at('pool', 'fraction'))
      if (
        event.pool?.kind === 'increaseShares' &&
        (!Number.isSafeInteger(event.pool.shares) || event.pool.shares < 0)
      ) {
        report(
          'invalid_shares',
          at('pool', 'shares'),
          'The pool increase must be a whole number of shares, zero or more.',
        )
      }
      pendingCapFraction = ZERO
    } else if (event.kind === 'strategicInvestment') {
      amount(event.amountUsd, at('amountUsd'), { positive: true })
      amount(event.pricePerShareUsd, at('pricePerShareUsd'), { positive: true })
    } else {
      amount(event.amountUsd, at('amountUsd'), { positive: true })
      if (event.security.kind === 'equity')
        amount(event.security.pricePerShareUsd, at('security', 'pricePerShareUsd'), { positive: true })
      else {
        amount(event.security.valuationCapUsd, at('security', 'valuationCapUsd'), { positive: true })
        unitFraction(event.security.discount, at('security', 'discount'))
        if (event.security.valuationCapUsd === undefined && event.security.discount === undefined) {
          report('safe_without_terms', at('security'), 'A crowd safe needs a valuation cap or a discount.')
        }
      }
    }
  })
  if (issues.length > 0) {
    const first = issues[0]
    throw new UserError(
      first?.code ?? 'invalid_cap_table',
      `Invalid cap table: ${first?.message ?? ''}`,
      issues,
    )
  }
}

function checkElection(
  events: readonly CapTableEvent[],
  index: number,
  election: number | undefined,
  mfn: boolean | undefined,
  report: (code: string, path: Path, message: string) => void,
): void {
  if (election === undefined) return
  const elected = events[election]
  const valid =
    mfn === true &&
    election > index &&
    elected !== undefined &&
    (elected.kind === 'postMoneySafe' || elected.kind === 'preMoneySafe') &&
    (elected.valuationCapUsd !== undefined || elected.discount !== undefined)
  if (!valid) {
    report(
      'invalid_mfn_election',
      ['events', index, 'mfnElection'],
      'An MFN election must name a later safe with a cap or a discount.',
    )
  }
}
