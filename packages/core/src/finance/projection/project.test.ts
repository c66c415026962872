import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { setAtPath } from '../simulation/assumptions.ts'
import { examplePlan } from '../test-support/example-plans.ts'
import { defaultAliveOf } from './alive.ts'
import { prepareProjection, projectCashInto, projectPlan, projectPrepared } from './project.ts'
import type { Projection } from './types.ts'
import { burnMultipleBand } from './unit-economics.ts'

const llm = examplePlan('llm-api-cn-eu')
const prepared = prepareProjection(llm)

describe('projectPrepared', () => {
  it('returns one entry per month over the horizon, starting at the plan month', () => {
    const projection = projectPrepared(prepared)
    expect(projection.months).toHaveLength(60)
    expect(projection.months[0]).toBe('2026-11')
    expect(projection.teamUsd[0]).toBeCloseTo(299_700, 6)
    expect(projection.otherCostsUsd[0]).toBeCloseTo(102_000, 6)
  })

  it('returns team cost by function adding up to the team cost (loaded salaries from the hiring plan)', () => {
    const projection = projectPrepared(prepared)
    const technology = projection.teamByFunctionUsd.technology!
    // 2026-11: chief scientist 18,000 + 14 × 7,500 + 5 × 6,500 = 155,500 in salaries, × 1.35 on-costs.
    expect(technology[0]).toBeCloseTo(155_500 * 1.35, 6)
    projection.teamUsd.forEach((total, t) => {
      const sum = Object.values(projection.teamByFunctionUsd).reduce((acc, series) => acc + series[t]!, 0)
      expect(sum).toBeCloseTo(total, 6)
    })
  })

  it('returns the planned rounds in their month in the base case, whatever their probability', () => {
    const projection = projectPrepared(prepared)
    // Series B (probability 0.6) in 2027-10, month 11: the base case counts it in full.
    expect(projection.fundingInflowsUsd[11]).toBe(45_000_000)
    const without = projectPrepared(prepared, llm, [false])
    expect(without.fundingInflowsUsd[11]).toBe(0)
  })

  it('returns training runs as dated spend starting in their month', () => {
    const projection = projectPrepared(prepared)
    const january = projection.months.indexOf('2027-01')
    expect(projection.trainingUsd.slice(0, january).every((value) => value === 0)).toBe(true)
    const total = projection.trainingUsd.reduce((sum, value) => sum + value, 0)
    const runs = projection.trainingRuns.reduce((sum, run) => sum + run.costUsd, 0)
    expect(total).toBeCloseTo(runs, 6)
  })

  it('keeps the cash identity cash[t] = cash[t−1] + revenue + inflows − outflows (property)', () => {
    const identityHolds = (projection: Projection) =>
      projection.cashUsd.every((cash, t) => {
        const before = t === 0 ? projection.openingCashUsd : projection.cashUsd[t - 1]!
        const expected =
          before + projection.revenueUsd[t]! + projection.fundingInflowsUsd[t]! - projection.grossBurnUsd[t]!
        return Math.abs(cash - expected) <= 1e-6 * Math.max(1, Math.abs(cash))
      })
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.boolean(),
        (cash, growth, closes) => {
          let plan = setAtPath(llm, ['funding', 'cashUsd'], cash)
          plan = setAtPath(plan, ['products', 0, 'revenue', 'monthlyGrowthRate'], growth)
          return identityHolds(projectPrepared(prepared, plan, [closes]))
        },
      ),
      { numRuns: 200 },
    )
    for (const name of ['medical-imaging', 'speech-hardware'] as const)
      expect(identityHolds(projectPlan(examplePlan(name)))).toBe(true)
  })

  it('returns the same figures for a copy-on-write variant as for a fresh projection of it', () => {
    const variant = setAtPath(llm, ['products', 0, 'revenue', 'monthlyGrowthRate'], 0.03)
    expect(projectPrepared(prepared, variant).cashUsd).toEqual(projectPlan(variant).cashUsd)
  })

  it('returns the same cash from the Monte Carlo’s lean path as from the full projection', () => {
    const variant = setAtPath(
      setAtPath(llm, ['models', 0, 'training', 'pricing', 'pricePerGpuHourUsd'], 3.1),
      ['products', 0, 'revenue', 'monthlyGrowthRate'],
      0.02,
    )
    const full = projectPrepared(prepared, variant, [false]).cashUsd
    const lean = new Float64Array(120)
    projectCashInto(prepared, variant, [false], lean, 1, 2)
    full.forEach((cash, t) => {
      expect(lean[1 + 2 * t]).toBeCloseTo(cash, 4)
    })
  })

  it('scales a run with its price per GPU-hour', () => {
    const doubled = setAtPath(llm, ['models', 0, 'training', 'pricing', 'pricePerGpuHourUsd'], 4.2)
    const base = projectPrepared(prepared).trainingRuns[0]!.costUsd
    expect(projectPrepared(prepared, doubled).trainingRuns[0]!.costUsd).toBeCloseTo(base * 2, 6)
  })

  it('throws for a round dated before the company was founded, at its path', () => {
    const early = setAtPath(llm, ['funding', 'plannedRounds', 0, 'month'], '2023-01')
    try {
      prepareProjection(early)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['funding', 'plannedRounds', 0, 'month'])
    }
  })
})

describe('defaultAliveOf', () => {
  // RUN-01 (Trevor Blackwell's calculator, test case 1): revenue $200/week growing 3 %/week, expenses
  // $2,000/week flat → break-even in week 77.898457, capital needed $94,901.35. Built as a monthly
  // projection whose first-quarter mean is exactly $200/week and whose growth is 3 %/week compounded.
  it('returns the calculator’s break-even week and capital needed from a monthly projection (RUN-01)', () => {
    const weeksPerMonth = 365.2425 / 7 / 12
    const monthly = 1.03 ** weeksPerMonth
    const scale = 3 / (1 + monthly + monthly ** 2)
    const months = 6
    const revenueUsd = Array.from({ length: months }, (_, t) => 200 * weeksPerMonth * scale * monthly ** t)
    const grossBurnUsd = new Array<number>(months).fill(2000 * weeksPerMonth)
    const result = defaultAliveOf({
      openingCashUsd: 100_000,
      revenueUsd,
      grossBurnUsd,
      months: new Array(months).fill(''),
    } as unknown as Projection)
    expect(result.breakevenWeek).toBeCloseTo(77.898457, 5)
    expect(result.capitalNeededUsd).toBeCloseTo(94_901.35, 1)
    expect(result.defaultAlive).toBe(true)
  })
  it('returns default dead when there is no revenue to grow', () => {
    const result = defaultAliveOf({
      openingCashUsd: 1e6,
      revenueUsd: [0, 0, 0, 0, 0, 0],
      grossBurnUsd: [1, 1, 1, 1, 1, 1],
      months: [],
    } as unknown as Projection)
    expect(result.defaultAlive).toBe(false)
    expect(result.breakevenMonths).toBeNull()
  })
})

describe('burnMultipleBand', () => {
  it('returns the bands of David Sacks, "The Burn Multiple" (2020)', () => {
    expect([0.5, 1.2, 1.7, 2.5, 3.5].map(burnMultipleBand)).toEqual([
      'amazing',
      'great',
      'good',
      'suspect',
      'bad',
    ])
  })
})
