/**
 * @module finance/analysis
 * The finance section of `analyze`: the base-case projection (every planned round closes in full in its
 * month; round probabilities are used only by the Monte Carlo simulation), runway with and without the
 * planned rounds, default alive, unit economics, monthly series and a cap-table summary.
 */
import type { ComputeAnalysis } from '../compute/index.ts'
import type { RevenueModel } from '../plan/product.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { capTableFromPlan } from './plan/cap-table-from-plan.ts'
import { defaultAliveOf } from './projection/alive.ts'
import { prepareProjection, projectPrepared } from './projection/project.ts'
import { runway } from './projection/runway.ts'
import type { ProjectionNote } from './projection/types.ts'
import { type BurnMultipleBand, type UnitEconomics, unitEconomics } from './projection/unit-economics.ts'

export interface FinanceAnalysis {
  /** Cash on the plan date. */
  readonly cashUsd: number
  /** Net burn (outflows − revenue) in the plan's month; negative when cash grows. */
  readonly monthlyBurnUsd: number
  readonly grossBurnUsd: number
  /** Cash / this month's net burn (the classic runway); `null` when the month does not burn cash. */
  readonly runwayAtCurrentBurnMonths: number | null
  /** Base case, every planned round closing. `null`: does not run out within the horizon. */
  readonly runwayMonths: number | null
  readonly runsOutInMonth: string | null
  /** Without any planned round: what the money already committed (cash, grants, loans) lasts. */
  readonly runwayWithoutRoundsMonths: number | null
  readonly runsOutWithoutRoundsInMonth: string | null
  readonly lowestCashUsd: number
  readonly lowestCashMonth: string
  /** Gross margin over the unit-economics window (`unitEconomics.month`); null without revenue. */
  readonly grossMarginPct: number | null
  /** Default alive on today's cash, revenue and expense trends; null when it cannot be said. */
  readonly defaultAlive: boolean | null
  readonly breakevenMonths: number | null
  readonly capitalNeededUsd: number | null
  readonly burnMultiple: number | null
  readonly burnMultipleBand: BurnMultipleBand
  readonly unitEconomics: UnitEconomics
  readonly defaultAliveBasis: {
    readonly revenuePerMonthUsd: number
    readonly revenueGrowthMonthlyPct: number
    readonly expensesPerMonthUsd: number
    readonly expensesGrowthMonthlyPct: number
  }
  readonly monthly: {
    readonly revenueUsd: readonly number[]
    readonly costOfRevenueUsd: readonly number[]
    readonly grossProfitUsd: readonly number[]
    readonly teamUsd: readonly number[]
    readonly teamByFunctionUsd: Readonly<Record<string, readonly number[]>>
    readonly otherCostsUsd: readonly number[]
    readonly trainingUsd: readonly number[]
    readonly grossBurnUsd: readonly number[]
    readonly netBurnUsd: readonly number[]
    readonly fundingInflowsUsd: readonly number[]
    readonly cashUsd: readonly number[]
    readonly cashWithoutRoundsUsd: readonly number[]
  }
  readonly revenueByModelUsd: Readonly<Partial<Record<RevenueModel['model'], readonly number[]>>>
  readonly trainingRuns: ReadonlyArray<{
    readonly name: string
    readonly startMonth: string
    readonly costUsd: number
  }>
  readonly servingCosts: ReadonlyArray<{
    readonly productId: string
    readonly inputUsdPerMillionTokens: number
    readonly outputUsdPerMillionTokens: number
  }>
  readonly capTable: {
    readonly convention: string
    readonly fullyDilutedShares: number
    readonly holders: ReadonlyArray<{
      readonly holder: string
      readonly shares: number
      readonly ownershipPct: number
    }>
    readonly rounds: ReadonlyArray<{
      readonly name: string
      readonly pricePerShareUsd: string
      readonly newMoneyUsd: string
    }>
  } | null
  readonly notes: readonly ProjectionNote[]
}

/**
 * @example
 * analyzeFinance(plan, analysis.compute).runwayMonths //=> null (does not run out within the horizon)
 */
export function analyzeFinance(plan: VenturePlan, compute?: ComputeAnalysis): FinanceAnalysis {
  const prepared = prepareProjection(plan, compute)
  const projection = projectPrepared(prepared)
  const withoutRounds = projectPrepared(
    prepared,
    plan,
    plan.funding.plannedRounds.map(() => false),
  )
  const base = runway(projection.months, projection.openingCashUsd, projection.cashUsd)
  const bare = runway(projection.months, projection.openingCashUsd, withoutRounds.cashUsd)
  const economics = unitEconomics(plan, projection)
  const alive = defaultAliveOf(projection)
  let lowest = 0
  projection.cashUsd.forEach((cash, index) => {
    if (cash < projection.cashUsd[lowest]!) lowest = index
  })
  const revenueByModelUsd: Partial<Record<RevenueModel['model'], number[]>> = {}
  for (const product of projection.products) {
    const series =
      revenueByModelUsd[product.revenueModel] ?? new Array<number>(projection.months.length).fill(0)
    revenueByModelUsd[product.revenueModel] = series
    product.revenueUsd.forEach((value, index) => {
      series[index]! += value
    })
  }
  const hasShares =
    plan.funding.shareholders.some((holder) => holder.shares > 0) ||
    plan.funding.optionPool.issuedShares + plan.funding.optionPool.promisedShares > 0
  const table = hasShares ? capTableFromPlan(plan) : null
  return {
    cashUsd: plan.funding.cashUsd,
    monthlyBurnUsd: projection.netBurnUsd[0] ?? 0,
    grossBurnUsd: projection.grossBurnUsd[0] ?? 0,
    runwayAtCurrentBurnMonths:
      (projection.netBurnUsd[0] ?? 0) > 0 ? plan.funding.cashUsd / projection.netBurnUsd[0]! : null,
    runwayMonths: base.runwayMonths,
    runsOutInMonth: base.runsOutInMonth,
    runwayWithoutRoundsMonths: bare.runwayMonths,
    runsOutWithoutRoundsInMonth: bare.runsOutInMonth,
    lowestCashUsd: projection.cashUsd[lowest] ?? plan.funding.cashUsd,
    lowestCashMonth: projection.months[lowest] ?? '',
    grossMarginPct: economics.grossMarginPct,
    defaultAlive: alive.defaultAlive,
    breakevenMonths: alive.breakevenMonths,
    capitalNeededUsd: alive.capitalNeededUsd,
    burnMultiple: economics.burnMultiple,
    burnMultipleBand: economics.burnMultipleBand,
    unitEconomics: economics,
    defaultAliveBasis: {
      revenuePerMonthUsd: alive.revenuePerMonthUsd,
      revenueGrowthMonthlyPct: alive.revenueGrowthMonthlyPct,
      expensesPerMonthUsd: alive.expensesPerMonthUsd,
      expensesGrowthMonthlyPct: alive.expensesGrowthMonthlyPct,
    },
    monthly: {
      revenueUsd: projection.revenueUsd,
      costOfRevenueUsd: projection.costOfRevenueUsd,
      grossProfitUsd: projection.grossProfitUsd,
      teamUsd: projection.teamUsd,
      teamByFunctionUsd: projection.teamByFunctionUsd,
      otherCostsUsd: projection.otherCostsUsd,
      trainingUsd: projection.trainingUsd,
      grossBurnUsd: projection.grossBurnUsd,
      netBurnUsd: projection.netBurnUsd,
      fundingInflowsUsd: projection.fundingInflowsUsd,
      cashUsd: projection.cashUsd,
      cashWithoutRoundsUsd: withoutRounds.cashUsd,
    },
    revenueByModelUsd,
    trainingRuns: projection.trainingRuns.map(({ name, startMonth, costUsd }) => ({
      name,
      startMonth,
      costUsd,
    })),
    servingCosts: projection.servingCosts.map(
      ({ productId, inputUsdPerMillionTokens, outputUsdPerMillionTokens }) => ({
        productId,
        inputUsdPerMillionTokens,
        outputUsdPerMillionTokens,
      }),
    ),
    capTable:
      table === null
        ? null
        : {
            convention: table.convention,
            fullyDilutedShares: table.holders.reduce((sum, holder) => sum + holder.shares, 0),
            holders: table.holders,
            rounds: table.rounds.map((round) => ({
              name: round.name,
              pricePerShareUsd: round.pricePerShareUsd,
              newMoneyUsd: round.newMoneyUsd,
            })),
          },
    notes: projection.notes,
  }
}
