/**
 * @module finance/projection/other-costs
 * The costs that are neither people nor compute (rent, software, marketing, …), month by month.
 */
import type { FinanceSettings } from '../../plan/finance.ts'
import { monthsBetween } from '../../time/month.ts'

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

/**
 * Other costs per month over `months`, in total and for the `marketing` category alone (CAC's numerator).
 * @example
 * otherCostSeries({ horizonMonths: 12, otherCosts: [{ name: 'Ads', category: 'marketing', monthlyUsd: 5,
 *   monthlyGrowthRate: 0 }] }, ['2026-01', '2026-02']).marketingUsd //=> [5, 5]
 */
export function otherCostSeries(
  finance: FinanceSettings,
  months: readonly string[],
): { totalUsd: number[]; marketingUsd: number[] } {
  const firstMonth = months[0] ?? ''
  const totalUsd = new Array<number>(months.length).fill(0)
  const marketingUsd = new Array<number>(months.length).fill(0)
  for (const cost of finance.otherCosts) {
    const start = cost.startMonth ?? firstMonth
    months.forEach((month, index) => {
      if (month < start || (cost.endMonth !== undefined && month > cost.endMonth)) return
      const amount = cost.monthlyUsd * (1 + cost.monthlyGrowthRate) ** monthsBetween(start, month)
      totalUsd[index]! += amount
      if (cost.category === 'marketing') marketingUsd[index]! += amount
    })
  }
  return { totalUsd, marketingUsd }
}
