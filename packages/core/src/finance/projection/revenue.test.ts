import { describe, expect, it } from 'vitest'
import type { Product } from '../../plan/product.ts'
import { monthlyChurnFromAnnual, productSeries } from './revenue.ts'

const product = (
  revenue: Product['revenue'],
  launchMonth = '2026-01',
): Pick<Product, 'id' | 'revenue' | 'launchMonth'> => ({
  id: 'p',
  launchMonth,
  revenue,
})

describe('monthlyChurnFromAnnual', () => {
  it('returns 1 − (1 − c)^(1/12), not c/12 (hand-worked: 1 − 0.8^(1/12) = 0.0184230)', () => {
    expect(monthlyChurnFromAnnual(0.2)).toBeCloseTo(0.018423, 6)
    // Twelve months at the monthly rate lose exactly the annual share.
    expect((1 - monthlyChurnFromAnnual(0.2)) ** 12).toBeCloseTo(0.8, 12)
  })
  it('returns 0 for no churn and 1 for total churn', () => {
    expect(monthlyChurnFromAnnual(0)).toBe(0)
    expect(monthlyChurnFromAnnual(1)).toBe(1)
  })
})

describe('productSeries', () => {
  it('returns SaaS seats with new seats, churn and expansion (hand-worked)', () => {
    const series = productSeries(
      product({
        model: 'saas',
        pricePerSeatMonthlyUsd: 100,
        seatsAtLaunch: 10,
        newSeatsPerMonth: 5,
        newSeatsMonthlyGrowthRate: 0,
        annualChurnRate: 1 - 0.9 ** 12, // 10 % a month
        annualExpansionRate: 0,
        tokensPerSeatMonthly: 1_000_000,
      }),
      { productId: 'p', inputUsdPerMillionTokens: 1, outputUsdPerMillionTokens: 3, inputTokenShare: 0.5 },
      '2026-01',
      3,
    )
    // Month 0: 10 + 5 = 15 seats. Month 1: 15 × 0.9 + 5 = 18.5. Month 2: 18.5 × 0.9 + 5 = 21.65.
    expect(series.customers[0]).toBeCloseTo(15, 9)
    expect(series.customers[1]).toBeCloseTo(18.5, 9)
    expect(series.customers[2]).toBeCloseTo(21.65, 9)
    expect(series.churnedCustomers[1]).toBeCloseTo(1.5, 9)
    expect(series.revenueUsd[2]).toBeCloseTo(2165, 6)
    // Serving: 21.65 M tokens, half input at $1, half output at $3 per million = $43.30.
    expect(series.servingComputeUsd[2]).toBeCloseTo(43.3, 6)
  })

  it('returns API revenue from tokens × price per million, growing from the launch month', () => {
    const series = productSeries(
      product(
        {
          model: 'api',
          pricePerMillionInputTokensUsd: 0.5,
          pricePerMillionOutputTokensUsd: 1.5,
          inputTokensPerMonthAtLaunch: 2e9,
          outputTokensPerMonthAtLaunch: 1e9,
          monthlyGrowthRate: 0.1,
        },
        '2025-11',
      ),
      null,
      '2026-01',
      2,
    )
    // Launched two months before the plan's month: volume already × 1.1² = 1.21.
    expect(series.revenueUsd[0]).toBeCloseTo((2000 * 0.5 + 1000 * 1.5) * 1.21, 6)
    expect(series.costOfRevenueUsd[0]).toBe(0)
  })

  it('returns nothing before the launch month', () => {
    const series = productSeries(
      product({ model: 'content-licensing', monthlyRevenueUsd: 100, monthlyGrowthRate: 0.1 }, '2026-03'),
      null,
      '2026-01',
      4,
    )
    expect(series.revenueUsd.map((value) => Math.round(value * 100) / 100)).toEqual([0, 0, 100, 110])
  })

  it('returns hardware revenue with the bill of materials as cost of revenue', () => {
    const series = productSeries(
      product({
        model: 'hardware',
        unitPriceUsd: 149,
        billOfMaterialsUsd: 68,
        unitsPerMonthAtLaunch: 100,
        monthlyGrowthRate: 0,
      }),
      null,
      '2026-01',
      1,
    )
    expect(series.revenueUsd[0]).toBe(14_900)
    expect(series.costOfRevenueUsd[0]).toBe(6_800)
  })

  it('returns solution milestones in their months and course enrolments', () => {
    const solution = productSeries(
      product({
        model: 'solution',
        contracts: [
          {
            customer: 'A',
            valueUsd: 1_000,
            milestones: [
              { month: '2026-02', share: 0.3 },
              { month: '2030-01', share: 0.7 },
            ],
          },
        ],
      }),
      null,
      '2026-01',
      3,
    )
    expect(solution.revenueUsd).toEqual([0, 300, 0])
    const courses = productSeries(
      product({
        model: 'paid-courses',
        pricePerEnrolmentUsd: 50,
        enrolmentsPerMonth: 10,
        monthlyGrowthRate: 0,
      }),
      null,
      '2026-01',
      1,
    )
    expect(courses.revenueUsd[0]).toBe(500)
  })
})
