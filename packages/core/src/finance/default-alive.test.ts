import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { defaultAlive, impliedWeeklyGrowth } from './default-alive.ts'

// finance.yaml RUN-01: Trevor Blackwell's growth calculator (tlbtlbtlb/startuptools oom/oommodel.js and
// oom/test_oommodel.js), linked from Paul Graham, "Default Alive or Default Dead?" (Oct 2015).
describe('defaultAlive', () => {
  it('returns break-even at week 77.898457 and $94,901.35 capital for test case 1', () => {
    const result = defaultAlive({
      revenuePerWeekUsd: 200,
      revenueGrowthWeekly: 0.03,
      expensesPerWeekUsd: 2000,
      expensesGrowthWeekly: 0,
    })
    expect(result.breakevenWeek).toBeCloseTo(77.898457, 6)
    expect(result.breakevenFlowPerWeekUsd).toBeCloseTo(2000, 9)
    expect(result.capitalNeededUsd).toBeCloseTo(94_901.35, 2)
  })

  it('returns week 65.055839 and $79,255.57 for test case 2 ($200 to $50,000 a week in 156 weeks)', () => {
    const growth = impliedWeeklyGrowth(200, 50_000, 156)
    expect(growth).toBeCloseTo(0.036027803, 9)
    const result = defaultAlive({
      revenuePerWeekUsd: 200,
      revenueGrowthWeekly: growth,
      expensesPerWeekUsd: 2000,
      expensesGrowthWeekly: 0,
    })
    expect(result.breakevenWeek).toBeCloseTo(65.055839, 6)
    expect(result.capitalNeededUsd).toBeCloseTo(79_255.57, 2)
  })

  it("returns week 112.284138 (25.823576 months) and $118,907.71 for the calculator's defaults", () => {
    const result = defaultAlive({
      revenuePerWeekUsd: 100,
      revenueGrowthWeekly: 0.025,
      expensesPerWeekUsd: 1600,
      expensesGrowthWeekly: 0,
      cashUsd: 100_000,
    })
    expect(result.breakevenWeek).toBeCloseTo(112.284138, 6)
    expect(result.breakevenMonths).toBeCloseTo(25.823576, 6)
    expect(result.capitalNeededUsd).toBeCloseTo(118_907.71, 2)
    expect(result.defaultAlive).toBe(false)
  })

  it('returns no break-even when expenses grow at least as fast as revenue', () => {
    const result = defaultAlive({
      revenuePerWeekUsd: 100,
      revenueGrowthWeekly: 0.01,
      expensesPerWeekUsd: 1000,
      expensesGrowthWeekly: 0.01,
      cashUsd: 1e9,
    })
    expect(result).toMatchObject({ breakevenWeek: null, capitalNeededUsd: null, defaultAlive: false })
  })

  it('throws for negative expenses with the field as path', () => {
    expect(() =>
      defaultAlive({
        revenuePerWeekUsd: 1,
        revenueGrowthWeekly: 0,
        expensesPerWeekUsd: -1,
        expensesGrowthWeekly: 0,
      }),
    ).toThrow(UserError)
  })
})
