/**
 * @module finance/projection/alive
 * Default alive or default dead over the projection: revenue and expenses as they are now (the mean of the
 * first three projected months, so one milestone payment does not pass for a trend), each growing at the
 * compound monthly rate from that quarter to the next, fed to the exponential form of Trevor Blackwell's
 * calculator (`defaultAlive`, which works in weeks) with today's cash.
 */
import { type DefaultAliveResult, defaultAlive } from '../default-alive.ts'
import type { Projection } from './types.ts'

const WEEKS_PER_MONTH = 365.2425 / 7 / 12

export interface DefaultAliveFigures extends DefaultAliveResult {
  readonly revenuePerMonthUsd: number
  readonly revenueGrowthMonthlyPct: number
  readonly expensesPerMonthUsd: number
  readonly expensesGrowthMonthlyPct: number
  readonly cashUsd: number
}

const monthlyGrowth = (from: number, to: number, months: number): number =>
  from > 0 && to > 0 ? (to / from) ** (1 / months) - 1 : 0

/**
 * @example
 * defaultAliveOf(projectPlan(plan)).defaultAlive //=> false
 */
export function defaultAliveOf(projection: Projection, windowMonths = 3): DefaultAliveFigures {
  const mean = (series: readonly number[], from: number) => {
    const slice = series.slice(from, from + windowMonths)
    return slice.length === 0 ? 0 : slice.reduce((sum, value) => sum + value, 0) / slice.length
  }
  const revenue = mean(projection.revenueUsd, 0)
  const expenses = mean(projection.grossBurnUsd, 0)
  const revenueGrowth = monthlyGrowth(revenue, mean(projection.revenueUsd, windowMonths), windowMonths)
  const expensesGrowth = monthlyGrowth(expenses, mean(projection.grossBurnUsd, windowMonths), windowMonths)
  const weekly = (growth: number) => (1 + growth) ** (1 / WEEKS_PER_MONTH) - 1
  const cash = Math.max(0, projection.openingCashUsd)
  const result =
    expenses > 0
      ? defaultAlive({
          revenuePerWeekUsd: revenue / WEEKS_PER_MONTH,
          revenueGrowthWeekly: weekly(revenueGrowth),
          expensesPerWeekUsd: expenses / WEEKS_PER_MONTH,
          expensesGrowthWeekly: weekly(expensesGrowth),
          cashUsd: cash,
        })
      : {
          breakevenWeek: 0,
          breakevenMonths: 0,
          breakevenFlowPerWeekUsd: revenue,
          capitalNeededUsd: 0,
          defaultAlive: true,
        }
  return {
    ...result,
    revenuePerMonthUsd: revenue,
    revenueGrowthMonthlyPct: revenueGrowth * 100,
    expensesPerMonthUsd: expenses,
    expensesGrowthMonthlyPct: expensesGrowth * 100,
    cashUsd: cash,
  }
}
