/**
 * @module finance/captable/cap-table
 * Runs a cap table through its events in order: safes and notes wait, each priced round converts them,
 * strategic and crowdfunding equity issue shares at their stated price. Every result names the pricing
 * convention and the rounding rule that produced it.
 */
import { UserError } from '../../errors.ts'
import {
  div,
  fraction,
  type Rational,
  roundToInteger,
  toDecimalString,
  toNumber,
  toRational,
} from '../rational.ts'
import { accruedAmountUsd, yearFraction } from './note-interest.ts'
import {
  addShares,
  classView,
  holderView,
  outstandingShares,
  type Position,
  totalShares,
} from './positions.ts'
import { type ConvertingInstrument, EXACT_PRICE_DISPLAY_DECIMALS } from './priced-round.ts'
import { applyPricedRoundWithProRata } from './pro-rata.ts'
import {
  type CapTableEvent,
  type CapTableInput,
  type CapTableResult,
  type ConvertibleNote,
  type Crowdfunding,
  type Holding,
  type PricedRound,
  type RoundResult,
  type StrategicInvestment,
  YC_GUIDE_ROUNDING,
} from './types.ts'
import { validateCapTable } from './validate.ts'

const DEFAULT_CLASS: Record<Holding['kind'], string> = {
  common: 'Common',
  optionsIssued: 'Options',
  optionsPromised: 'Promised options',
  unissuedPool: 'Unissued pool',
  preferred: 'Preferred',
}

/**
 * Computes the cap table after every share-issuing event.
 * @example
 * capTable({
 *   holdings: [{ holder: 'Founders', kind: 'common', shares: 6_000_000 }],
 *   events: [{ kind: 'pricedRound', name: 'Series A', preMoneyValuationUsd: 8_000_000,
 *     investments: [{ holder: 'VC', amountUsd: 2_000_000 }], pool: { kind: 'targetPostPct', fraction: 0.2 } }],
 * }).rounds[0]?.pricePerShareUsd // '1.0000'
 */
export function capTable(input: CapTableInput): CapTableResult {
  validateCapTable(input)
  const convention = input.convention ?? 'percentage-ownership'
  const rounding = input.rounding ?? YC_GUIDE_ROUNDING
  let positions: Position[] = input.holdings.map((holding) => ({
    holder: holding.holder,
    shareClass: holding.shareClass ?? DEFAULT_CLASS[holding.kind],
    kind: holding.kind,
    shares: BigInt(holding.shares),
    ...(holding.issuePricePerShareUsd === undefined
      ? {}
      : { issuePricePerShareUsd: toRational(holding.issuePricePerShareUsd) }),
  }))
  let pending: number[] = []
  const rounds: RoundResult[] = []
  const roundShares = (value: Rational): bigint => roundToInteger(value, rounding.shares)
  input.events.forEach((event, index) => {
    const path = `events.${index}`
    if (event.kind === 'pricedRound') {
      if (outstandingShares(positions) === 0n) {
        throw new UserError('empty_cap_table', 'A priced round needs shares outstanding before it.', [
          {
            code: 'empty_cap_table',
            path: ['holdings'],
            message: 'No shares before the first priced round.',
          },
        ])
      }
      const converting = pending.map((eventIndex) => convertingTerms(input.events, eventIndex, event, index))
      const applied = applyPricedRoundWithProRata({
        positions,
        round: event,
        path,
        converting,
        convention,
        rounding,
      })
      positions = applied.positions
      rounds.push(applied.result)
      pending = []
    } else if (
      event.kind === 'strategicInvestment' ||
      (event.kind === 'crowdfunding' && event.security.kind === 'equity')
    ) {
      const issue = equityTerms(event)
      const shares = roundShares(div(toRational(event.amountUsd), issue.price))
      positions = addShares(positions, {
        holder: event.holder,
        shareClass: issue.shareClass,
        kind: issue.kind,
        shares,
        issuePricePerShareUsd: issue.price,
      })
      rounds.push(equityIssueResult(event, path, issue.price, shares, positions, convention, rounding))
    } else {
      pending.push(index)
    }
  })
  const decimals = rounding.priceDecimals ?? EXACT_PRICE_DISPLAY_DECIMALS
  return {
    convention,
    rounding,
    rounds,
    holders: holderView(positions),
    classes: classView(positions, decimals),
    outstandingInstruments: pending.map((index) => `events.${index}`),
  }
}

/** Shares bought outright: a strategic investor's preferred, or crowdfunding common, at the stated price. */
function equityTerms(event: StrategicInvestment | Crowdfunding) {
  if (event.kind === 'strategicInvestment') {
    return {
      price: toRational(event.pricePerShareUsd),
      shareClass: event.shareClass ?? 'Strategic preferred',
      kind: 'preferred' as const,
    }
  }
  const price = event.security.kind === 'equity' ? event.security.pricePerShareUsd : 0
  return { price: toRational(price), shareClass: 'Crowdfunding common', kind: 'common' as const }
}

/** The effective terms of a pending instrument at a round: MFN elections applied, note interest accrued. */
function convertingTerms(
  events: readonly CapTableEvent[],
  eventIndex: number,
  round: PricedRound,
  roundIndex: number,
): ConvertingInstrument {
  const event = events[eventIndex]
  const path = `events.${eventIndex}`
  if (event === undefined) throw new RangeError('event index out of range')
  if (event.kind === 'convertibleNote') {
    return {
      path,
      holder: event.holder,
      instrument: 'convertibleNote',
      amountUsd: noteAmount(event, round, roundIndex, eventIndex),
      ...optionalTerms(event.valuationCapUsd, event.discount),
      proRata: false,
    }
  }
  if (event.kind === 'crowdfunding') {
    const security: { valuationCapUsd?: string | number; discount?: string | number } =
      event.security.kind === 'postMoneySafe' ? event.security : {}
    return {
      path,
      holder: event.holder,
      instrument: 'postMoneySafe',
      amountUsd: toRational(event.amountUsd),
      ...optionalTerms(security.valuationCapUsd, security.discount),
      proRata: false,
    }
  }
  if (event.kind !== 'postMoneySafe' && event.kind !== 'preMoneySafe')
    throw new RangeError('not a convertible')
  const elected = event.mfnElection === undefined ? undefined : events[event.mfnElection]
  const terms =
    elected !== undefined && (elected.kind === 'postMoneySafe' || elected.kind === 'preMoneySafe')
      ? elected
      : event
  return {
    path,
    holder: event.holder,
    instrument: terms.kind,
    amountUsd: toRational(event.amountUsd),
    ...optionalTerms(terms.valuationCapUsd, terms.discount),
    proRata: event.kind === 'postMoneySafe' && event.proRata === true,
  }
}

function optionalTerms(cap: string | number | undefined, discount: string | number | undefined) {
  return {
    ...(cap === undefined ? {} : { valuationCapUsd: toRational(cap) }),
    ...(discount === undefined ? {} : { discount: toRational(discount) }),
  }
}

function noteAmount(
  note: ConvertibleNote,
  round: PricedRound,
  roundIndex: number,
  noteIndex: number,
): Rational {
  const principal = toRational(note.principalUsd)
  const rate = toRational(note.annualInterestRate)
  if (rate.num === 0n) return principal
  const refuse = (code: string, path: (string | number)[], message: string) =>
    new UserError(code, message, [{ code, path, message }])
  if (round.date === undefined) {
    throw refuse(
      'missing_date',
      ['events', roundIndex, 'date'],
      'A round converting an interest-bearing note needs a date.',
    )
  }
  if (round.date < note.issueDate) {
    throw refuse(
      'date_order',
      ['events', noteIndex, 'issueDate'],
      'The note is dated after the round that converts it.',
    )
  }
  const years = yearFraction(note.issueDate, round.date, note.dayCount ?? 'actual/365')
  return accruedAmountUsd(principal, rate, years, note.interest ?? 'simple', note.compoundingPerYear ?? 1)
}

function equityIssueResult(
  event: CapTableEvent & { holder: string; amountUsd: string | number },
  path: string,
  price: Rational,
  shares: bigint,
  positions: readonly Position[],
  convention: CapTableResult['convention'],
  rounding: CapTableResult['rounding'],
): RoundResult {
  const decimals = rounding.priceDecimals ?? EXACT_PRICE_DISPLAY_DECIMALS
  const total = totalShares(positions)
  return {
    name: `${event.kind === 'strategicInvestment' ? 'Strategic investment' : 'Crowdfunding'}: ${event.holder}`,
    path,
    pricePerShareUsd: toDecimalString(price, decimals),
    pricePerShare: toNumber(price),
    preMoneyValuationUsd: toDecimalString(fraction((total - shares) * price.num, price.den), 2),
    effectivePreMoneyValuationUsd: toDecimalString(fraction((total - shares) * price.num, price.den), 2),
    newMoneyUsd: toDecimalString(toRational(event.amountUsd), 2),
    newMoneyShares: Number(shares),
    poolIncreaseShares: 0,
    companyCapitalizationShares: Number(total),
    totalShares: Number(total),
    conversions: [],
    proRataRights: [],
    holders: holderView(positions),
    classes: classView(positions, decimals),
    convention,
    rounding,
  }
}
