import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/index.ts'
import { analyzeCompute } from '../compute/index.ts'
import { analyzeFinance } from './analysis.ts'
import { servingCosts } from './projection/serving-cost.ts'
import { trainingSpends } from './projection/training-spend.ts'
import { examplePlan } from './test-support/example-plans.ts'

const llm = examplePlan('llm-api-cn-eu')

describe('analyzeFinance', () => {
  it('returns the figures indicators address, with monthly series over the horizon', () => {
    const finance = analyze(llm).finance
    expect(finance.cashUsd).toBe(21_500_000)
    expect(finance.runwayMonths).toBeNull()
    expect(finance.runsOutInMonth).toBeNull()
    expect(finance.runwayAtCurrentBurnMonths).toBeCloseTo(21_500_000 / finance.monthlyBurnUsd, 9)
    expect(finance.monthly.cashUsd).toHaveLength(60)
    expect(Object.keys(finance.revenueByModelUsd).sort()).toEqual(['api', 'solution'])
    expect(finance.capTable?.holders.reduce((sum, holder) => sum + holder.ownershipPct, 0)).toBeCloseTo(
      100,
      9,
    )
    expect(finance.capTable?.rounds[0]?.name).toBe('Series B')
  })

  it('returns a runway when cash runs out, and the month it does', () => {
    const poor = { ...llm, funding: { ...llm.funding, cashUsd: 1_000_000, plannedRounds: [] } }
    const finance = analyzeFinance(poor)
    expect(finance.runwayMonths).not.toBeNull()
    expect(finance.runsOutInMonth).toMatch(/^\d{4}-\d{2}$/)
    expect(finance.runwayWithoutRoundsMonths).toBe(finance.runwayMonths)
  })

  it('notes serving that cannot be priced instead of costing it at zero silently', () => {
    const finance = analyzeFinance(examplePlan('speech-hardware'))
    expect(finance.notes.map((note) => note.code)).toContain('servingNoPrice')
    expect(finance.notes.find((note) => note.code === 'servingNoPrice')?.path).toEqual([
      'products',
      0,
      'servingModel',
    ])
  })
})

describe('compute adapters', () => {
  it('returns the same serving price and training cost from the planner as from the analysis’ compute section', () => {
    const compute = analyzeCompute(llm)
    expect(servingCosts(llm).costs).toEqual(servingCosts(llm, compute).costs)
    expect(servingCosts(llm, compute).costs[0]?.outputUsdPerMillionTokens).toBe(
      compute.models[0]?.serving?.costPerMillionOutputTokensUsd,
    )
    const spends = trainingSpends(llm, compute).spends
    expect(spends.map((spend) => spend.costUsd)).toEqual(compute.training.map((run) => run.costUsd))
    expect(trainingSpends(llm).spends.map((spend) => spend.costUsd)).toEqual(
      spends.map((spend) => spend.costUsd),
    )
  })
})
