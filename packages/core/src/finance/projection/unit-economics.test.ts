import { describe, expect, it } from 'vitest'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { examplePlan } from '../test-support/example-plans.ts'
import { projectPlan } from './project.ts'
import { unitEconomics } from './unit-economics.ts'

const base = examplePlan('medical-imaging')

/** One SaaS product at $100 a seat, 100 seats at launch, 10 new a month, 2 % monthly churn; $1,000 a month of marketing. */
function saasPlan(): VenturePlan {
  const [product] = base.products
  return {
    ...base,
    products: [
      {
        ...product!,
        launchMonth: '2026-11',
        servingModel: undefined,
        revenue: {
          model: 'saas',
          pricePerSeatMonthlyUsd: 100,
          seatsAtLaunch: 100,
          newSeatsPerMonth: 10,
          newSeatsMonthlyGrowthRate: 0,
          annualChurnRate: 1 - 0.98 ** 12,
          annualExpansionRate: 0,
          tokensPerSeatMonthly: 0,
        },
      },
    ],
    finance: {
      ...base.finance,
      otherCosts: [{ name: 'Ads', category: 'marketing', monthlyUsd: 1000, monthlyGrowthRate: 0 }],
    },
  } as VenturePlan
}

describe('unitEconomics', () => {
  // Hand-worked: ARPA $100; no cost of revenue, so gross margin 100 %; churn 2 % a month; LTV = 100 × 1 / 0.02
  // = $5,000; CAC = $3,000 of marketing / 30 new seats in the quarter = $100; payback = 100 / 100 = 1 month;
  // GRR = NRR = 0.98^12 = 78.47 % (no expansion).
  it('returns ARPA, LTV, CAC, payback and retention for a hand-worked SaaS plan', () => {
    const plan = saasPlan()
    const economics = unitEconomics(plan, projectPlan(plan))
    expect(economics.month).toBe('2027-11')
    expect(economics.arpaMonthlyUsd).toBeCloseTo(100, 9)
    expect(economics.grossMarginPct).toBeCloseTo(100, 9)
    expect(economics.monthlyChurnPct).toBeCloseTo(2, 9)
    expect(economics.ltvUsd).toBeCloseTo(5000, 6)
    expect(economics.cacUsd).toBeCloseTo(100, 9)
    expect(economics.paybackMonths).toBeCloseTo(1, 9)
    expect(economics.grossRevenueRetentionPct).toBeCloseTo(0.98 ** 12 * 100, 9)
    expect(economics.netRevenueRetentionPct).toBeCloseTo(0.98 ** 12 * 100, 9)
  })

  it('returns no CAC when the plan has no marketing costs, rather than free customers', () => {
    const plan = { ...saasPlan(), finance: { ...base.finance, otherCosts: [] } }
    expect(unitEconomics(plan, projectPlan(plan)).cacUsd).toBeNull()
  })

  it('returns ARR from recurring streams and a burn multiple with its band', () => {
    const plan = saasPlan()
    const projection = projectPlan(plan)
    const economics = unitEconomics(plan, projection)
    expect(economics.arrUsd).toBeCloseTo(projection.revenueUsd[12]! * 12, 6)
    const netBurn = projection.netBurnUsd.slice(10, 13).reduce((sum, value) => sum + value, 0)
    const netNewArr = economics.arrUsd - projection.revenueUsd[9]! * 12
    expect(economics.burnMultiple).toBeCloseTo(netBurn / netNewArr, 6)
    expect(economics.burnMultipleBand).toBe('bad')
  })
})
