/**
 * @module finance/plan/cap-table-from-plan
 * The plan's `funding` section as cap-table input: shareholders and the option pool as holdings, safes and
 * notes as instruments, planned rounds as priced rounds (a `strategic` or `crowdfunding` round buys shares
 * at the price its pre-money gives the fully diluted count, converting nothing), all in date order. Problems
 * the cap-table engine finds are reported at the plan's own paths (`funding.instruments[2].valuationCapUsd`).
 */
import { type Issue, type IssuePath, UserError } from '../../errors.ts'
import type { Funding, PlannedRound } from '../../plan/funding.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { capTable } from '../captable/cap-table.ts'
import type { CapTableEvent, CapTableInput, CapTableResult, Holding } from '../captable/types.ts'
import { YC_GUIDE_ROUNDING } from '../captable/types.ts'

/** Cap-table input plus, for each holding and event, the plan path it came from. */
export interface PlanCapTableInput {
  readonly input: CapTableInput
  readonly holdingPaths: readonly IssuePath[]
  readonly eventPaths: readonly IssuePath[]
  /** For each event, the planned round id it came from (null for safes and notes). */
  readonly eventRoundIds: ReadonlyArray<string | null>
}

/** Plan field names where the cap-table engine's differ. */
const fieldNames: Readonly<Record<string, string>> = {
  mfn: 'mostFavouredNation',
  issueDate: 'issuedOn',
  date: 'month',
  investments: 'newMoneyUsd',
  pool: 'optionPoolTargetPct',
}

function holdingsOf(funding: Funding): { holdings: Holding[]; paths: IssuePath[] } {
  const holdings: Holding[] = []
  const paths: IssuePath[] = []
  funding.shareholders.forEach((holder, index) => {
    holdings.push({
      holder: holder.name,
      kind: holder.shareClass === 'preferred' ? 'preferred' : 'common',
      shares: holder.shares,
      ...(holder.shareClass === 'preferred' ? { shareClass: holder.series ?? 'Preferred' } : {}),
      ...(holder.issuePricePerShareUsd === undefined
        ? {}
        : { issuePricePerShareUsd: holder.issuePricePerShareUsd }),
    })
    paths.push(['funding', 'shareholders', index])
  })
  const pool = funding.optionPool
  const lines = [
    ['Option holders', 'optionsIssued', pool.issuedShares, 'issuedShares'],
    ['Promised options', 'optionsPromised', pool.promisedShares, 'promisedShares'],
    ['Unissued pool', 'unissuedPool', pool.unissuedShares, 'unissuedShares'],
  ] as const
  for (const [holder, kind, shares, field] of lines) {
    if (shares === 0) continue
    holdings.push({ holder, kind, shares })
    paths.push(['funding', 'optionPool', field])
  }
  return { holdings, paths }
}

function roundEvent(round: PlannedRound): CapTableEvent {
  const holder = round.leadInvestor ?? `${round.name} investors`
  return {
    kind: 'pricedRound',
    name: round.name,
    date: `${round.month}-01`,
    preMoneyValuationUsd: round.preMoneyValuationUsd,
    investments: [{ holder, amountUsd: round.newMoneyUsd }],
    ...(round.optionPoolTargetPct === undefined
      ? {}
      : { pool: { kind: 'targetPostPct' as const, fraction: round.optionPoolTargetPct } }),
    ...(round.proRataExercise === undefined ? {} : { proRataExercise: round.proRataExercise }),
    ...(round.proRataFunding === undefined ? {} : { proRataFunding: round.proRataFunding }),
  }
}

/**
 * Builds the cap-table input of a plan. Rounds listed in `upTo` stop the events after that round.
 * @example
 * capTableInputFromPlan(plan).input.events.length //=> instruments (safes, notes) + planned rounds
 */
export function capTableInputFromPlan(plan: VenturePlan): PlanCapTableInput {
  const { holdings, paths: holdingPaths } = holdingsOf(plan.funding)
  const dated: Array<{ sortKey: string; event: CapTableEvent; path: IssuePath; roundId: string | null }> = []
  plan.funding.instruments.forEach((instrument, index) => {
    const path = ['funding', 'instruments', index]
    if (instrument.type === 'post-money-safe' || instrument.type === 'pre-money-safe') {
      dated.push({
        sortKey: `${instrument.signedOn}a`,
        path,
        roundId: null,
        event: {
          kind: instrument.type === 'post-money-safe' ? 'postMoneySafe' : 'preMoneySafe',
          holder: instrument.holder,
          amountUsd: instrument.amountUsd,
          ...(instrument.valuationCapUsd === undefined
            ? {}
            : { valuationCapUsd: instrument.valuationCapUsd }),
          ...(instrument.discount === undefined ? {} : { discount: instrument.discount }),
          mfn: instrument.mostFavouredNation,
          ...(instrument.type === 'post-money-safe' ? { proRata: instrument.proRata } : {}),
        },
      })
    } else if (instrument.type === 'convertible-note') {
      dated.push({
        sortKey: `${instrument.issuedOn}a`,
        path,
        roundId: null,
        event: {
          kind: 'convertibleNote',
          holder: instrument.holder,
          principalUsd: instrument.principalUsd,
          annualInterestRate: instrument.annualInterestRate,
          interest: instrument.interest,
          issueDate: instrument.issuedOn,
          ...(instrument.valuationCapUsd === undefined
            ? {}
            : { valuationCapUsd: instrument.valuationCapUsd }),
          ...(instrument.discount === undefined ? {} : { discount: instrument.discount }),
        },
      })
    }
  })
  plan.funding.plannedRounds.forEach((round, index) => {
    // A round closes on the first of its month; instruments signed that day sort before it.
    dated.push({
      sortKey: `${round.month}-01b`,
      event: roundEvent(round),
      path: ['funding', 'plannedRounds', index],
      roundId: round.id,
    })
  })
  dated.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
  return {
    input: {
      foundedOn: plan.company.foundedOn,
      holdings,
      events: dated.map((entry) => entry.event),
      convention: plan.funding.pricingConvention,
      rounding: YC_GUIDE_ROUNDING,
    },
    holdingPaths,
    eventPaths: dated.map((entry) => entry.path),
    eventRoundIds: dated.map((entry) => entry.roundId),
  }
}

/** Re-addresses the engine's issue paths (`events[3].discount`) to the plan (`funding.instruments[1].discount`). */
function toPlanIssues(issues: readonly Issue[], mapping: PlanCapTableInput): Issue[] {
  return issues.map((issue) => {
    const [head, index, ...rest] = issue.path
    const base =
      head === 'events' && typeof index === 'number'
        ? mapping.eventPaths[index]
        : head === 'holdings' && typeof index === 'number'
          ? mapping.holdingPaths[index]
          : undefined
    if (base === undefined) return { ...issue, path: ['funding', ...issue.path] }
    const field = rest[0]
    const renamed = typeof field === 'string' ? [fieldNames[field] ?? field] : []
    const isOptionPool = base[1] === 'optionPool'
    return { ...issue, path: isOptionPool ? base : [...base, ...renamed] }
  })
}

/**
 * The cap table after every planned round, from the plan. Strategic and crowdfunding rounds buy at the
 * pre-money price per fully diluted share and convert nothing. Throws a `UserError` at plan paths.
 * @example
 * capTableFromPlan(plan).rounds.map((round) => round.name) //=> ['Series B']
 */
export function capTableFromPlan(plan: VenturePlan): CapTableResult {
  const mapping = capTableInputFromPlan(plan)
  const events = [...mapping.input.events]
  try {
    // Strategic and crowdfunding rounds need the share count before them for their price: replay the
    // events up to each one (a plan has few rounds).
    events.forEach((_, index) => {
      const roundId = mapping.eventRoundIds[index]
      const round = plan.funding.plannedRounds.find((candidate) => candidate.id === roundId)
      if (round === undefined || (round.kind !== 'strategic' && round.kind !== 'crowdfunding')) return
      const before = capTable({ ...mapping.input, events: events.slice(0, index) })
      const fullyDiluted = before.holders.reduce((sum, holder) => sum + holder.shares, 0)
      const price = round.preMoneyValuationUsd / fullyDiluted
      const holder = round.leadInvestor ?? `${round.name} investors`
      events[index] =
        round.kind === 'strategic'
          ? {
              kind: 'strategicInvestment',
              holder,
              amountUsd: round.newMoneyUsd,
              pricePerShareUsd: price.toFixed(6),
              shareClass: round.name,
            }
          : {
              kind: 'crowdfunding',
              holder,
              amountUsd: round.newMoneyUsd,
              security: { kind: 'equity', pricePerShareUsd: price.toFixed(6) },
            }
    })
    return capTable({ ...mapping.input, events })
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(error.code, error.message, toPlanIssues(error.issues, mapping), { cause: error })
    throw error
  }
}
