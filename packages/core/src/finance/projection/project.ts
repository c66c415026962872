/**
 * @module finance/projection/project
 * The monthly projection: revenue and cost of revenue per product, team, other costs, training runs as
 * dated spend, funding inflows, cash, gross and net burn. Preparing (planning compute, the team and other
 * cost series) is separate from projecting, so the Monte Carlo simulation re-projects a changed plan
 * reusing every part whose plan object is unchanged (plans are changed copy-on-write).
 */
import type { ComputeAnalysis } from '../../compute/index.ts'
import type { Model, TrainingRun } from '../../plan/model.ts'
import { valueAtPath } from '../../plan/plan-path.ts'
import { type Team, teamFunctions } from '../../plan/team.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { type TeamFunction, teamInMonth } from '../../team/index.ts'
import { monthOf, monthRange } from '../../time/month.ts'
import { checkFundingDates, fundingFlows } from './funding-flows.ts'
import { otherCostSeries } from './other-costs.ts'
import { productSeries } from './revenue.ts'
import { servingCosts } from './serving-cost.ts'
import { spreadOverDays, trainingSpends } from './training-spend.ts'
import type { ProductSeries, Projection, ProjectionNote, ServingCost, TrainingSpend } from './types.ts'

/** Loaded team cost per month, by the seed's six functions. */
export type TeamCostByFunction = Readonly<Record<TeamFunction, readonly number[]>>

function teamSeries(
  team: Team,
  months: readonly string[],
): { teamUsd: number[]; teamByFunctionUsd: TeamCostByFunction } {
  const byFunction = Object.fromEntries(teamFunctions.map((name) => [name, [] as number[]])) as Record<
    TeamFunction,
    number[]
  >
  const teamUsd = months.map((month) => {
    const now = teamInMonth(team, month)
    for (const name of teamFunctions) byFunction[name].push(now.costByFunctionUsd[name])
    return now.monthlyCostUsd
  })
  return { teamUsd, teamByFunctionUsd: byFunction }
}

/** A plan made ready to project: compute planned, the slow series computed once. */
export interface PreparedProjection {
  readonly plan: VenturePlan
  readonly months: readonly string[]
  readonly servingCosts: readonly ServingCost[]
  readonly trainingRuns: readonly TrainingSpend[]
  readonly notes: readonly ProjectionNote[]
  readonly teamUsd: readonly number[]
  readonly teamByFunctionUsd: TeamCostByFunction
  readonly otherCosts: { readonly totalUsd: readonly number[]; readonly marketingUsd: readonly number[] }
  readonly products: readonly ProductSeries[]
  /** Per training run, the share of its cost falling in each month it spans (spread by calendar day). */
  readonly trainingShares: ReadonlyArray<ReadonlyArray<{ readonly index: number; readonly share: number }>>
  readonly trainingUsd: readonly number[]
}

/**
 * Plans compute and computes the series that depend only on their own part of the plan. Pass the
 * analysis' compute section to reuse its planned runs and serving. Throws a `UserError` for funding dated
 * before the company was founded.
 * @example
 * prepareProjection(plan).months.length //=> plan.finance.horizonMonths
 */
export function prepareProjection(plan: VenturePlan, compute?: ComputeAnalysis): PreparedProjection {
  checkFundingDates(plan)
  const months = monthRange(monthOf(plan.asOf), plan.finance.horizonMonths)
  const serving = servingCosts(plan, compute)
  const training = trainingSpends(plan, compute)
  const trainingShares = training.spends.map((spend) => sharesOf(months, spend.startMonth, spend.days))
  const trainingUsd = new Array<number>(months.length).fill(0)
  training.spends.forEach((spend, index) => {
    for (const { index: t, share } of trainingShares[index]!) trainingUsd[t]! += share * spend.costUsd
  })
  return {
    plan,
    months,
    servingCosts: serving.costs,
    trainingRuns: training.spends,
    notes: [...serving.notes, ...training.notes],
    ...teamSeries(plan.team, months),
    otherCosts: otherCostSeries(plan.finance, months),
    products: plan.products.map((product, index) =>
      productSeries(product, serving.costs[index] ?? null, months[0]!, months.length),
    ),
    trainingShares,
    trainingUsd,
  }
}

/** The months a run spans within the horizon and the share of its cost in each. */
function sharesOf(months: readonly string[], startMonth: string, days: number) {
  const series = new Array<number>(months.length).fill(0)
  spreadOverDays(series, months[0]!, startMonth, days, 1)
  return series.flatMap((share, index) => (share > 0 ? [{ index, share }] : []))
}

const ratio = (now: number | undefined, base: number | undefined): number =>
  now === undefined || base === undefined || base === 0 ? 1 : now / base

/** A run's cost under a changed plan: rental cost scales with the price per GPU-hour and the discount kept. */
function runCostUsd(spend: TrainingSpend, base: TrainingRun, run: TrainingRun): number {
  if (run === base) return spend.costUsd
  const kept = (pricing: TrainingRun['pricing']) =>
    pricing.mode === 'committed' ? 1 - pricing.committedDiscount : 1
  return (
    spend.costUsd *
    ratio(run.pricing.pricePerGpuHourUsd, base.pricing.pricePerGpuHourUsd) *
    ratio(kept(run.pricing), kept(base.pricing))
  )
}

/** Serving cost of a product under a changed plan: proportional to its model's price per GPU-hour. */
function servingUnder(prepared: PreparedProjection, plan: VenturePlan, index: number): ServingCost | null {
  const cost = prepared.servingCosts[index] ?? null
  const product = plan.products[index]
  if (cost === null || product?.servingModel === undefined) return cost
  const find = (models: readonly Model[]) => models.find((model) => model.id === product.servingModel)
  const now = find(plan.models)
  const base = find(prepared.plan.models)
  if (now === base) return cost
  const scale = ratio(now?.serving?.pricePerGpuHourUsd, base?.serving?.pricePerGpuHourUsd)
  // Another field of the model changed (a training price): serving is as prepared, and stays reusable.
  if (scale === 1) return cost
  return {
    ...cost,
    inputUsdPerMillionTokens: cost.inputUsdPerMillionTokens * scale,
    outputUsdPerMillionTokens: cost.outputUsdPerMillionTokens * scale,
  }
}

/** The parts of a projection that do not depend on the rounds, reusing every unchanged one. */
function componentsOf(prepared: PreparedProjection, plan: VenturePlan) {
  const base = prepared.plan
  const months = prepared.months
  const count = months.length
  const firstMonth = months[0]!
  const { teamUsd, teamByFunctionUsd } = plan.team === base.team ? prepared : teamSeries(plan.team, months)
  const otherCosts =
    plan.finance === base.finance ? prepared.otherCosts : otherCostSeries(plan.finance, months)
  const products = plan.products.map((product, index) => {
    const serving = servingUnder(prepared, plan, index)
    return product === base.products[index] && serving === prepared.servingCosts[index]
      ? prepared.products[index]!
      : productSeries(product, serving, firstMonth, count)
  })
  if (plan.models === base.models)
    return {
      teamUsd,
      teamByFunctionUsd,
      otherCosts,
      products,
      trainingUsd: prepared.trainingUsd,
      trainingRuns: prepared.trainingRuns,
    }
  const trainingUsd = new Array<number>(count).fill(0)
  const trainingRuns = prepared.trainingRuns.map((spend, index) => {
    const baseRun = valueAtPath(base, spend.path) as TrainingRun
    const now = (valueAtPath(plan, spend.path) as TrainingRun | undefined) ?? baseRun
    const costUsd = runCostUsd(spend, baseRun, now)
    if (now.startMonth === spend.startMonth) {
      for (const { index: t, share } of prepared.trainingShares[index]!) trainingUsd[t]! += share * costUsd
    } else spreadOverDays(trainingUsd, firstMonth, now.startMonth, spend.days, costUsd)
    return costUsd === spend.costUsd && now.startMonth === spend.startMonth
      ? spend
      : { ...spend, costUsd, startMonth: now.startMonth }
  })
  return { teamUsd, teamByFunctionUsd, otherCosts, products, trainingUsd, trainingRuns }
}

/**
 * Cash at each month's end only, written into `out` at `offset + t × stride`: the Monte Carlo's inner loop,
 * which needs no other series. Returns the index of the first month cash ends below zero, −1 when none does.
 * @example
 * projectCashInto(prepared, plan, [true], new Float64Array(60), 0, 1) //=> -1
 */
export function projectCashInto(
  prepared: PreparedProjection,
  plan: VenturePlan,
  roundsClose: readonly boolean[] | undefined,
  out: Float64Array,
  offset: number,
  stride: number,
): number {
  const count = prepared.months.length
  const { teamUsd, otherCosts, products, trainingUsd } = componentsOf(prepared, plan)
  const funding = fundingFlows(plan, prepared.months[0]!, count, roundsClose)
  let cash = plan.funding.cashUsd
  let runsOut = -1
  for (let t = 0; t < count; t++) {
    let net =
      funding.inflowsUsd[t]! -
      teamUsd[t]! -
      otherCosts.totalUsd[t]! -
      trainingUsd[t]! -
      funding.debtServiceUsd[t]!
    for (const series of products) net += series.revenueUsd[t]! - series.costOfRevenueUsd[t]!
    cash += net
    out[offset + t * stride] = cash
    if (runsOut < 0 && cash < 0) runsOut = t
  }
  return runsOut
}

/**
 * Projects `plan` (the prepared plan, or a copy-on-write variant of it) month by month. Month 0 is the
 * plan's month and counts in full; cash[t] = cash[t−1] + revenue + funding inflows − every outflow.
 * `roundsClose[i]` says whether planned round i closes (default: all close).
 * @example
 * projectPrepared(prepareProjection(plan)).cashUsd.at(-1) // cash at the horizon's end
 */
export function projectPrepared(
  prepared: PreparedProjection,
  plan: VenturePlan = prepared.plan,
  roundsClose?: readonly boolean[],
): Projection {
  const months = prepared.months
  const count = months.length
  const firstMonth = months[0]!
  const { teamUsd, teamByFunctionUsd, otherCosts, products, trainingUsd, trainingRuns } = componentsOf(
    prepared,
    plan,
  )
  const funding = fundingFlows(plan, firstMonth, count, roundsClose)
  const revenueUsd = new Array<number>(count)
  const costOfRevenueUsd = new Array<number>(count)
  const grossProfitUsd = new Array<number>(count)
  const grossBurnUsd = new Array<number>(count)
  const netBurnUsd = new Array<number>(count)
  const cashUsd = new Array<number>(count)
  let cash = plan.funding.cashUsd
  for (let t = 0; t < count; t++) {
    let revenue = 0
    let cogs = 0
    for (const series of products) {
      revenue += series.revenueUsd[t]!
      cogs += series.costOfRevenueUsd[t]!
    }
    const outflow =
      cogs + teamUsd[t]! + otherCosts.totalUsd[t]! + trainingUsd[t]! + funding.debtServiceUsd[t]!
    revenueUsd[t] = revenue
    costOfRevenueUsd[t] = cogs
    grossProfitUsd[t] = revenue - cogs
    grossBurnUsd[t] = outflow
    netBurnUsd[t] = outflow - revenue
    cash += revenue + funding.inflowsUsd[t]! - outflow
    cashUsd[t] = cash
  }
  return {
    months,
    openingCashUsd: plan.funding.cashUsd,
    products,
    revenueUsd,
    costOfRevenueUsd,
    grossProfitUsd,
    teamUsd,
    teamByFunctionUsd,
    otherCostsUsd: otherCosts.totalUsd,
    marketingUsd: otherCosts.marketingUsd,
    trainingUsd,
    debtServiceUsd: funding.debtServiceUsd,
    grossBurnUsd,
    netBurnUsd,
    fundingInflowsUsd: funding.inflowsUsd,
    cashUsd,
    trainingRuns,
    servingCosts: prepared.servingCosts,
    notes: prepared.notes,
  }
}

/**
 * Prepares and projects a plan in one call.
 * @example
 * projectPlan(plan).runsOut // see `runway`
 */
export function projectPlan(plan: VenturePlan, compute?: ComputeAnalysis): Projection {
  return projectPrepared(prepareProjection(plan, compute))
}
