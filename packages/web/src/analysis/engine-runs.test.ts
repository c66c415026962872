import { readFileSync } from 'node:fs'
import { parsePlanText, simulateFinance, type VenturePlan } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { capTableStory, financeSimulation, riskSimulation, webSimulationSeed } from './engine-runs.ts'

function plan(name: string): VenturePlan {
  const parsed = parsePlanText(
    readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8'),
  )
  if (!parsed.ok) throw new Error(`${name} does not parse`)
  return parsed.plan
}
const demo = plan('llm-api-cn-eu')

describe('financeSimulation', () => {
  it('returns P10 ≤ P50 ≤ P90 cash in every month, reporting progress per chunk', () => {
    const progress: number[] = []
    const result = financeSimulation(demo, 500, (done) => progress.push(done))
    expect(progress).toEqual([250, 500])
    expect(result.cashP10Usd).toHaveLength(result.months.length)
    result.months.forEach((_, index) => {
      expect(result.cashP10Usd[index]!).toBeLessThanOrEqual(result.cashP50Usd[index]!)
      expect(result.cashP50Usd[index]!).toBeLessThanOrEqual(result.cashP90Usd[index]!)
    })
  })

  it('returns the same band as core run in one call with the same seed and chunks (reproducible)', () => {
    const core = simulateFinance(demo, { runs: 500, seed: webSimulationSeed, chunkSize: 250 })
    expect(financeSimulation(demo, 500).cashP10Usd).toEqual(core.cashP10Usd)
  })
})

describe('capTableStory', () => {
  const story = capTableStory(demo)

  it('returns ownership today and after each planned round, each summing to 100 %', () => {
    expect(story.stages[0]!.round).toBe('')
    expect(story.stages.length).toBe(1 + demo.funding.plannedRounds.length)
    for (const stage of story.stages) {
      const total = stage.holders.reduce((sum, holder) => sum + holder.ownershipPct, 0)
      expect(total).toBeCloseTo(100, 6)
    }
  })

  it('returns payouts that add up to the exit value at every point of the grid (no debt, no costs)', () => {
    const payout = story.payout!
    expect(payout.exitValuesUsd).toHaveLength(41)
    expect(payout.exitValuesUsd[0]).toBe(0)
    payout.exitValuesUsd.forEach((exitUsd, index) => {
      const paid = payout.series.reduce((sum, line) => sum + line.payoutsUsd[index]!, 0)
      expect(paid).toBeCloseTo(exitUsd, -1)
    })
  })
})

describe('riskSimulation', () => {
  it('returns a falling loss-exceedance curve for the quantified risks, and the same twice', () => {
    const first = riskSimulation(demo)!
    const points = first.total.retained.exceedance
    for (let index = 1; index < points.length; index++)
      expect(points[index]!.probability).toBeLessThanOrEqual(points[index - 1]!.probability)
    expect(riskSimulation(demo)!.total.retained.meanUsd).toBe(first.total.retained.meanUsd)
  })

  it('returns null for a register without quantified risks', () => {
    const bare = {
      ...demo,
      risks: { ...demo.risks, register: demo.risks.register.map(({ frequencyPerYear: _, ...risk }) => risk) },
    }
    expect(riskSimulation(bare as VenturePlan)).toBeNull()
  })
})
