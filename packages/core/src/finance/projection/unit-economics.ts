/**
 * @module finance/projection/unit-economics
 * Unit economics at one month of the projection, over a trailing three-month window:
 * - ARPA: subscription (SaaS) revenue per paying account per month.
 * - Gross margin: (revenue − cost of revenue, serving compute included) / revenue.
 * - LTV = ARPA × gross margin / monthly churn, churn from annual as 1 − (1 − c)^(1/12).
 * - CAC = marketing costs (other costs in the `marketing` category) / new accounts; sales salaries are
 *   not included, so this is the paid-acquisition CAC.
 * - Payback months = CAC / (ARPA × gross margin).
 * - GRR = 1 − annual churn; NRR = (1 − annual churn) × (1 + annual expansion), revenue-weighted over SaaS products.
 * - Burn multiple = net burn / net new ARR (David Sacks, "The Burn Multiple", 2020): < 1 amazing,
 *   1–1.5 great, 1.5–2 good, 2–3 suspect, > 3 bad. ARR counts recurring streams: SaaS, API, licensing.
 * - Rule of 40 = recurring revenue (ARR) growth % over the past year (annualised from the past quarter
 *   within a year of the plan date) + profit margin %, where profit is revenue minus every operating outflow
 *   before financing (the cash operating margin, i.e. the free-cash-flow form of the rule).
 */
import type { VenturePlan } from '../../plan/venture-plan.ts'
import type { Projection } from './types.ts'

export type BurnMultipleBand = 'amazing' | 'great' | 'good' | 'suspect' | 'bad' | 'profitable' | 'no-growth'

export interface UnitEconomics {
  /** The month the figures describe (the end of the trailing window). */
  readonly month: string
  readonly arpaMonthlyUsd: number | null
  readonly grossMarginPct: number | null
  readonly monthlyChurnPct: number | null
  readonly ltvUsd: number | null
  readonly cacUsd: number | null
  readonly paybackMonths: number | null
  readonly grossRevenueRetentionPct: number | null
  readonly netRevenueRetentionPct: number | null
  readonly arrUsd: number
  readonly burnMultiple: number | null
  readonly burnMultipleBand: BurnMultipleBand
  readonly revenueGrowthPct: number | null
  readonly profitMarginPct: number | null
  readonly ruleOf40Pct: number | null
}

const RECURRING = new Set(['saas', 'api', 'content-licensing'])

/**
 * The band of a burn multiple (David Sacks, 2020).
 * @example
 * burnMultipleBand(1.7) //=> 'good'
 */
export function burnMultipleBand(multiple: number): BurnMultipleBand {
  if (multiple < 1) return 'amazing'
  if (multiple < 1.5) return 'great'
  if (multiple < 2) return 'good'
  if (multiple <= 3) return 'suspect'
  return 'bad'
}

/** Annual recurring revenue at month t: 12 × the month's recurring revenue. */
function arrAt(projection: Projection, t: number): number {
  let monthly = 0
  for (const product of projection.products)
    if (RECURRING.has(product.revenueModel)) monthly += product.revenueUsd[t] ?? 0
  return monthly * 12
}

/**
 * Unit economics at month index `at` (default: one year out, or the horizon's last month).
 * @example
 * unitEconomics(plan, projection).burnMultipleBand //=> 'suspect'
 */
export function unitEconomics(
  plan: VenturePlan,
  projection: Projection,
  at: number = Math.min(12, projection.months.length - 1),
): UnitEconomics {
  const window = [at - 2, at - 1, at].filter((t) => t >= 0)
  const total = (series: readonly number[], range: readonly number[] = window) =>
    range.reduce((sum, t) => sum + (series[t] ?? 0), 0)
  const revenue = total(projection.revenueUsd)
  const grossMargin = revenue > 0 ? total(projection.grossProfitUsd) / revenue : null
  const saas = projection.products.filter((product) => product.revenueModel === 'saas')
  const saasRevenue = saas.reduce((sum, product) => sum + (product.revenueUsd[at] ?? 0), 0)
  const accounts = saas.reduce((sum, product) => sum + (product.customers[at] ?? 0), 0)
  const arpa = accounts > 0 ? saasRevenue / accounts : null
  const churned = saas.reduce((sum, product) => sum + total(product.churnedCustomers), 0)
  const exposed = saas.reduce(
    (sum, product) =>
      sum + window.reduce((inner, t) => inner + (t > 0 ? (product.customers[t - 1] ?? 0) : 0), 0),
    0,
  )
  const monthlyChurn = exposed > 0 ? churned / exposed : null
  const newAccounts = saas.reduce((sum, product) => sum + total(product.newCustomers), 0)
  const marketing = total(projection.marketingUsd)
  // No marketing line in the plan is no CAC figure, not a free customer.
  const cac = newAccounts > 0 && marketing > 0 ? marketing / newAccounts : null
  const contribution = arpa !== null && grossMargin !== null ? arpa * grossMargin : null
  const ltv =
    contribution !== null && monthlyChurn !== null && monthlyChurn > 0 ? contribution / monthlyChurn : null
  const payback = cac !== null && contribution !== null && contribution > 0 ? cac / contribution : null
  let weight = 0
  let grr = 0
  let nrr = 0
  for (const product of plan.products) {
    if (product.revenue.model !== 'saas') continue
    const share = projection.products.find((series) => series.productId === product.id)?.revenueUsd[at] ?? 0
    weight += share
    grr += share * (1 - product.revenue.annualChurnRate)
    nrr += share * (1 - product.revenue.annualChurnRate) * (1 + product.revenue.annualExpansionRate)
  }
  const arr = arrAt(projection, at)
  const earlier = Math.max(0, at - 3)
  const netNewArr = arr - arrAt(projection, earlier)
  const netBurn = total(projection.netBurnUsd)
  let burnMultiple: number | null = null
  let band: BurnMultipleBand
  if (netBurn <= 0) band = 'profitable'
  else if (netNewArr <= 0) band = 'no-growth'
  else {
    burnMultiple = netBurn / netNewArr
    band = burnMultipleBand(burnMultiple)
  }
  const arrYearAgo = at >= 12 ? arrAt(projection, at - 12) : 0
  const arrQuarterAgo = at >= 3 ? arrAt(projection, at - 3) : 0
  const growth =
    arrYearAgo > 0
      ? (arr / arrYearAgo - 1) * 100
      : arrQuarterAgo > 0
        ? ((arr / arrQuarterAgo) ** 4 - 1) * 100
        : null
  const profitMargin = revenue > 0 ? (-total(projection.netBurnUsd) / revenue) * 100 : null
  return {
    month: projection.months[at] ?? '',
    arpaMonthlyUsd: arpa,
    grossMarginPct: grossMargin === null ? null : grossMargin * 100,
    monthlyChurnPct: monthlyChurn === null ? null : monthlyChurn * 100,
    ltvUsd: ltv,
    cacUsd: cac,
    paybackMonths: payback,
    grossRevenueRetentionPct: weight > 0 ? (grr / weight) * 100 : null,
    netRevenueRetentionPct: weight > 0 ? (nrr / weight) * 100 : null,
    arrUsd: arr,
    burnMultiple,
    burnMultipleBand: band,
    revenueGrowthPct: growth,
    profitMarginPct: profitMargin,
    ruleOf40Pct: growth !== null && profitMargin !== null ? growth + profitMargin : null,
  }
}
