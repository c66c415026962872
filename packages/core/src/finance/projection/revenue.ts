/**
 * @module finance/projection/revenue
 * Revenue, cost of revenue and accounts per product and month, by business model. A product earns from its
 * `launchMonth`; a product launched before the plan's month is run forward from its launch so today's
 * volume already carries the growth since then. Growth rates are monthly and compound.
 */
import type { Product } from '../../plan/product.ts'
import { monthsBetween } from '../../time/month.ts'
import type { ProductSeries, ServingCost } from './types.ts'

/**
 * Monthly churn from an annual rate: 1 − (1 − c)^(1/12), not c/12 (which overstates retention losses).
 * @example
 * monthlyChurnFromAnnual(0.2) // ≈ 0.018423
 */
export function monthlyChurnFromAnnual(annualChurn: number): number {
  return 1 - (1 - annualChurn) ** (1 / 12)
}

/**
 * The monthly series of one product over `horizonMonths` months from `firstMonth`.
 * SaaS: seats at launch plus `newSeatsPerMonth` (growing by `newSeatsMonthlyGrowthRate`) in the launch
 * month, then each month seats × (1 − monthly churn) + new seats; price per seat grows by the monthly
 * equivalent of `annualExpansionRate`. API: input and output tokens grow from their launch volume;
 * revenue is tokens × price per million. Solution: each milestone pays value × share in its month.
 * Hardware: units × price, bill of materials as cost of revenue. Licensing and courses: growing streams.
 * Serving compute (tokens × the serving price per million) is cost of revenue wherever tokens are served.
 * @example
 * productSeries({ id: 'x', revenue: { model: 'content-licensing', monthlyRevenueUsd: 100, monthlyGrowthRate: 0.1 },
 *   launchMonth: '2026-01' }, null, '2026-01', 2).revenueUsd //=> [100, 110]
 */
export function productSeries(
  product: Pick<Product, 'id' | 'revenue' | 'launchMonth'>,
  serving: ServingCost | null,
  firstMonth: string,
  horizonMonths: number,
): ProductSeries {
  const revenueUsd = new Array<number>(horizonMonths).fill(0)
  const costOfRevenueUsd = new Array<number>(horizonMonths).fill(0)
  const servingComputeUsd = new Array<number>(horizonMonths).fill(0)
  const customers = new Array<number>(horizonMonths).fill(0)
  const newCustomers = new Array<number>(horizonMonths).fill(0)
  const churnedCustomers = new Array<number>(horizonMonths).fill(0)
  const revenue = product.revenue
  const launchOffset = monthsBetween(firstMonth, product.launchMonth)
  const inputPrice = serving?.inputUsdPerMillionTokens ?? 0
  const outputPrice = serving?.outputUsdPerMillionTokens ?? 0
  const inputShare = serving?.inputTokenShare ?? 1
  const servingUsd = (inputTokens: number, outputTokens: number): number =>
    (inputTokens * inputPrice + outputTokens * outputPrice) / 1e6

  if (revenue.model === 'solution') {
    for (const contract of revenue.contracts) {
      for (const milestone of contract.milestones) {
        const index = monthsBetween(firstMonth, milestone.month)
        if (index >= 0 && index < horizonMonths) revenueUsd[index]! += contract.valueUsd * milestone.share
      }
    }
  } else {
    const churn = revenue.model === 'saas' ? monthlyChurnFromAnnual(revenue.annualChurnRate) : 0
    const expansion = revenue.model === 'saas' ? (1 + revenue.annualExpansionRate) ** (1 / 12) - 1 : 0
    const growthRate =
      revenue.model === 'saas' ? revenue.newSeatsMonthlyGrowthRate : revenue.monthlyGrowthRate
    // Running products instead of powers: the loop is the Monte Carlo's inner loop.
    let growth = 1
    let uplift = 1
    let seats = 0
    for (
      let index = launchOffset;
      index < horizonMonths;
      index++, growth *= 1 + growthRate, uplift *= 1 + expansion
    ) {
      const age = index - launchOffset
      let earned = 0
      let cost = 0
      let serve = 0
      if (revenue.model === 'saas') {
        const added = revenue.newSeatsPerMonth * growth
        const lost = age === 0 ? 0 : seats * churn
        seats = (age === 0 ? revenue.seatsAtLaunch : seats - lost) + added
        earned = seats * revenue.pricePerSeatMonthlyUsd * uplift
        const tokens = seats * revenue.tokensPerSeatMonthly
        serve = servingUsd(tokens * inputShare, tokens * (1 - inputShare))
        if (index >= 0) {
          customers[index] = seats
          newCustomers[index] = added + (age === 0 ? revenue.seatsAtLaunch : 0)
          churnedCustomers[index] = lost
        }
      } else if (revenue.model === 'api') {
        const input = revenue.inputTokensPerMonthAtLaunch * growth
        const output = revenue.outputTokensPerMonthAtLaunch * growth
        earned =
          (input * revenue.pricePerMillionInputTokensUsd + output * revenue.pricePerMillionOutputTokensUsd) /
          1e6
        serve = servingUsd(input, output)
      } else if (revenue.model === 'hardware') {
        const units = revenue.unitsPerMonthAtLaunch * growth
        earned = units * revenue.unitPriceUsd
        cost = units * revenue.billOfMaterialsUsd
      } else if (revenue.model === 'content-licensing') {
        earned = revenue.monthlyRevenueUsd * growth
      } else {
        earned = revenue.enrolmentsPerMonth * growth * revenue.pricePerEnrolmentUsd
      }
      if (index < 0) continue
      revenueUsd[index] = earned
      servingComputeUsd[index] = serve
      costOfRevenueUsd[index] = cost + serve
    }
  }
  return {
    productId: product.id,
    revenueModel: revenue.model,
    revenueUsd,
    costOfRevenueUsd,
    servingComputeUsd,
    customers,
    newCustomers,
    churnedCustomers,
  }
}
