/**
 * @module analysis/engine-runs
 * The heavier engine runs the pages draw but `analyze` does not return: the finance Monte Carlo (cash
 * P10–P90 by month), the cap table after each round with the waterfall payout against exit value, and
 * the risk register's loss-exceedance simulation. Pure and seeded, so a chart never changes between two
 * openings of the same plan; run in the engines Web Worker, tested here in Node.
 */
import {
  capTableFromPlan,
  capTableInputFromPlan,
  exitValueGrid,
  type PayoutSeries,
  payoutSeries,
  preferenceTermsFromPlan,
  quantifiedRegisterFromPlan,
  type RegisterSimulation,
  type SimulationResult,
  simulateFinance,
  simulateRegister,
  type VenturePlan,
  waterfallClasses,
} from '@avp/core'

/** Fixed so the same plan always draws the same band (the report uses seed 1 as well). */
export const webSimulationSeed = 1
/** Paths of the finance Monte Carlo: enough for stable P10 / P90 lines, quick in a worker. */
export const financeSimulationRuns = 2000
/** Paths per chunk: the worker reports progress after each. */
export const financeChunkSize = 250
/** Simulated years of the risk register, as in the report (`reportSimulationYears`). */
export const riskSimulationYears = 20_000

/**
 * The finance Monte Carlo of `plan`, seeded; `onProgress(done, total)` after each chunk of paths.
 * @example
 * financeSimulation(plan, 2000).cashP10Usd.length === financeSimulation(plan, 2000).months.length //=> true
 */
export function financeSimulation(
  plan: VenturePlan,
  runs: number = financeSimulationRuns,
  onProgress?: (done: number, total: number) => void,
): SimulationResult {
  return simulateFinance(plan, {
    runs,
    seed: webSimulationSeed,
    chunkSize: financeChunkSize,
    ...(onProgress ? { onProgress } : {}),
  })
}

export interface OwnershipStage {
  /** `''` for the holdings before the first round. */
  readonly round: string
  readonly postMoneyUsd: number | null
  readonly holders: ReadonlyArray<{ readonly holder: string; readonly ownershipPct: number }>
}

export interface CapTableStory {
  /** Ownership today and after each planned round. */
  readonly stages: readonly OwnershipStage[]
  /** Payout per holder against exit value, after the last round; null when nobody holds shares. */
  readonly payout: PayoutSeries | null
}

/**
 * Ownership by round and the exit waterfall of the plan's cap table. The exit grid runs from 0 to four
 * times the last post-money valuation (or $100 million with no priced round), where the preferences and
 * conversions all show.
 * @example
 * capTableStory(plan).stages[0]!.round //=> ''
 */
export function capTableStory(plan: VenturePlan, points = 41): CapTableStory {
  const table = capTableFromPlan(plan)
  const today = ownershipToday(plan)
  const stages: OwnershipStage[] = [
    { round: '', postMoneyUsd: null, holders: today },
    ...table.rounds.map((round) => ({
      round: round.name,
      postMoneyUsd: Number(round.preMoneyValuationUsd) + Number(round.newMoneyUsd),
      holders: round.holders.map(({ holder, ownershipPct }) => ({ holder, ownershipPct })),
    })),
  ]
  const lastPost = stages.at(-1)?.postMoneyUsd ?? null
  const topUsd = lastPost !== null && lastPost > 0 ? 4 * lastPost : 100_000_000
  const classes = waterfallClasses(table.classes, preferenceTermsFromPlan(plan))
  const payout = classes.length === 0 ? null : payoutSeries({ classes }, exitValueGrid(0, topUsd, points))
  return { stages, payout }
}

/** Today's holdings as the cap table names them (founders, option holders, unissued pool, …). */
function ownershipToday(plan: VenturePlan): OwnershipStage['holders'] {
  const shares = new Map<string, number>()
  for (const holding of capTableInputFromPlan(plan).input.holdings)
    shares.set(holding.holder, (shares.get(holding.holder) ?? 0) + holding.shares)
  const total = [...shares.values()].reduce((sum, each) => sum + each, 0)
  return [...shares].map(([holder, count]) => ({
    holder,
    ownershipPct: total > 0 ? (100 * count) / total : 0,
  }))
}

/**
 * The report's loss-exceedance simulation of the plan's quantified risks (same seed and years), or null
 * when no risk is quantified.
 * @example
 * riskSimulation(planWithoutQuantifiedRisks) //=> null
 */
export function riskSimulation(plan: VenturePlan): RegisterSimulation | null {
  const risks = quantifiedRegisterFromPlan(plan.risks.register)
  if (risks.length === 0) return null
  return simulateRegister(risks, {
    seed: webSimulationSeed,
    years: riskSimulationYears,
    path: ['risks', 'register'],
  })
}
