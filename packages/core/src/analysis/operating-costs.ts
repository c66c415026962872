/**
 * @module analysis/operating-costs
 * The costs that are neither people nor compute (rent, software, marketing, …), month by month.
 */
import type { FinanceSettings } from '../plan/finance.ts'
import { monthsBetween } from '../time/month.ts'

/**
 * Total other costs in `month`. A cost runs from its `startMonth` (the plan's first month when omitted)
 * through its `endMonth`, growing by `monthlyGrowthRate` each month after it starts.
 * @example
 * otherCostsInMonth({ horizonMonths: 60, otherCosts: [{ name: 'Rent', category: 'rent', monthlyUsd: 1000,
 *   monthlyGrowthRate: 0.1 }] }, '2026-03', '2026-01') //=> 1210 (to the cent)
 */
export function otherCostsInMonth(finance: FinanceSettings, month: string, firstMonth: string): number {
  let totalUsd = 0
  for (const cost of finance.otherCosts) {
    const start = cost.startMonth ?? firstMonth
    if (month < start || (cost.endMonth !== undefined && month > cost.endMonth)) continue
    totalUsd += cost.monthlyUsd * (1 + cost.monthlyGrowthRate) ** monthsBetween(start, month)
  }
  return totalUsd
}
