import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { UserError } from '../errors.ts'
import { parsePlan, parsePlanText } from '../plan/parse.ts'
import { cashMonths } from './analyze-strategy.ts'
import { exampleNames, examplePlan, exampleText } from './test-support/examples.ts'

function issuesOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error.issues
    throw error
  }
  throw new Error('expected a UserError')
}

describe('analyzeStrategy', () => {
  for (const name of exampleNames) {
    it(`returns a complete strategy for the ${name} example`, () => {
      const { strategy } = analyze(examplePlan(name))
      expect(strategy.market.somUsd).toBeGreaterThan(0)
      expect(strategy.competition.rows.length).toBeGreaterThan(1)
      expect(strategy.readiness.factors).toHaveLength(7)
      expect(strategy.readiness.scoredCount).toBe(7)
      expect(strategy.plan.steps).toHaveLength(7)
      expect(strategy.plan.completeCount).toBe(7)
      expect(strategy.objectives.every((objective) => objective.grade !== null)).toBe(true)
      expect(strategy.objectives.length).toBeGreaterThan(0)
      expect(strategy.team.needs.length).toBeGreaterThan(0)
      expect(strategy.sustainability.workloads.length).toBeGreaterThan(0)
      expect(strategy.expansion.markets.length).toBeGreaterThan(0)
    })
  }

  it('returns an incomplete step when its conclusions are missing', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.strategy.steps.riskAnalysis = []
    const step = analyze(plan).strategy.plan.steps.find((item) => item.step === 'riskAnalysis')!
    expect(step).toMatchObject({ complete: false, missing: ['conclusions'] })
  })

  it('reports a filter share above 100 % with its path', () => {
    const text = exampleText('llm-api-cn-eu').replace('share: 0.45', 'share: 1.45')
    const parsed = parsePlanText(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok)
      expect(parsed.issues[0]).toMatchObject({ path: ['market', 'topDown', 'filters', 0, 'share'] })
  })

  it('reports weights that sum to 0 with their path', () => {
    const text = exampleText('llm-api-cn-eu').replace(
      'weights: { technology: 2, data: 1, talent: 1, businessModel: 2, ecosystem: 1 }',
      'weights: { technology: 0, data: 0, talent: 0, businessModel: 0, ecosystem: 0 }',
    )
    const issues = issuesOf(() => analyze(parsePlan(text).plan))
    expect(issues[0]).toMatchObject({ code: 'weights_zero', path: ['market', 'weights'] })
  })

  it('reports a key result bound to an unknown figure with its path', () => {
    const text = exampleText('llm-api-cn-eu').replace(
      'figure: funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)',
      'figure: funding.cash / (team.monthlyCostUsd + costs.monthlyOtherUsd)',
    )
    const issues = issuesOf(() => analyze(parsePlan(text).plan))
    expect(issues[0]).toMatchObject({
      code: 'unknown_figure',
      path: ['strategy', 'objectives', 0, 'keyResults', 1, 'figure'],
    })
  })

  it('lets key results read strategy figures such as the SOM', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.strategy.objectives = [
      {
        id: 'som',
        objective: 'Win share',
        keyResults: [{ title: 'SOM', figure: 'strategy.market.somUsd', start: 0, target: 21.6e6 }],
      },
    ]
    expect(analyze(plan).strategy.objectives[0]!.grade).toBeCloseTo(0.5, 12)
  })
})

describe('cashMonths', () => {
  it('returns cash over monthly spend, null without spend (hand-worked)', () => {
    const base = {
      team: { monthlyCostUsd: 80_000, headcountByFunction: {} },
      costs: { monthlyOtherUsd: 20_000 },
      funding: { cashUsd: 1.2e6 },
    }
    expect(cashMonths(base)).toBe(12)
    expect(
      cashMonths({
        ...base,
        team: { monthlyCostUsd: 0, headcountByFunction: {} },
        costs: { monthlyOtherUsd: 0 },
      }),
    ).toBeNull()
  })
})
