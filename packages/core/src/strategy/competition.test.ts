import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import {
  analyzeCompetition,
  normaliseWeights,
  talentFromTeam,
  technologyFromModels,
  weightedScore,
} from './competition.ts'
import { examplePlan } from './test-support/examples.ts'

describe('normaliseWeights', () => {
  it('returns shares of the sum', () => {
    expect(normaliseWeights({ technology: 2, data: 1, talent: 1, businessModel: 0, ecosystem: 0 })).toEqual({
      technology: 0.5,
      data: 0.25,
      talent: 0.25,
      businessModel: 0,
      ecosystem: 0,
    })
  })

  it('throws a UserError at market.weights when the weights sum to 0', () => {
    try {
      normaliseWeights({ technology: 0, data: 0, talent: 0, businessModel: 0, ecosystem: 0 })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues).toEqual([
        expect.objectContaining({ code: 'weights_zero', path: ['market', 'weights'] }),
      ])
    }
  })
})

describe('weightedScore', () => {
  it('returns Σ weight × score (hand-worked)', () => {
    const weights = { technology: 0.4, data: 0.3, talent: 0.1, businessModel: 0.1, ecosystem: 0.1 }
    // 0.4×5 + 0.3×2 + 0.1×(3 + 4 + 1) = 2 + 0.6 + 0.8 = 3.4
    expect(
      weightedScore({ technology: 5, data: 2, talent: 3, businessModel: 4, ecosystem: 1 }, weights),
    ).toBeCloseTo(3.4, 12)
  })
})

describe('talentFromTeam', () => {
  it('returns the headcount band, half a point less with high key-person dependency', () => {
    expect([0, 1, 3, 6, 11, 21].map((people) => talentFromTeam(people, 0))).toEqual([0, 1, 2, 3, 4, 5])
    expect(talentFromTeam(6, 0.6)).toBe(2.5)
  })
})

describe('analyzeCompetition', () => {
  it("returns the llm-api example's matrix on its weights 2/1/1/2/1 (hand-worked)", () => {
    const plan = examplePlan('llm-api-cn-eu')
    const matrix = analyzeCompetition(plan, 20, 0)
    // Own: (2×3.5 + 3 + 4 + 2×3 + 2.5) / 7 = 22.5 / 7; leader: (2×4.5 + 4.5 + 4.5 + 2×4 + 5) / 7 = 31 / 7.
    expect(matrix.weights.technology).toBeCloseTo(2 / 7, 12)
    expect(matrix.rows[0]!.weightedScore).toBeCloseTo(22.5 / 7, 12)
    expect(matrix.rows[1]!.weightedScore).toBeCloseTo(31 / 7, 12)
    expect(matrix.rank).toBe(3)
    expect(matrix.relativeToLeader).toBeCloseTo(22.5 / 31, 12)
    expect(matrix.ownSources.technology).toBe('plan')
    expect(matrix.strongestDimension).toBe('talent')
  })

  it('returns the equal-weight score by default: (3.5 + 3 + 4 + 3 + 2.5) / 5 = 3.2', () => {
    const plan = examplePlan('llm-api-cn-eu')
    const weights = { technology: 1, data: 1, talent: 1, businessModel: 1, ecosystem: 1 }
    const matrix = analyzeCompetition({ ...plan, market: { ...plan.market, weights } }, 20, 0)
    expect(matrix.rows[0]!.weightedScore).toBeCloseTo(3.2, 12)
  })

  it('derives our row from the plan when ownScores is absent', () => {
    const plan = examplePlan('llm-api-cn-eu')
    const { ownScores: _, ...market } = plan.market
    const matrix = analyzeCompetition({ ...plan, market }, 20, 0)
    // Own pre-training + LoRA fine-tuning (4.5) + a general-purpose model (+0.5) = 5.
    expect(matrix.rows[0]!.scores).toEqual({
      technology: 5,
      talent: 4,
      businessModel: 4,
      data: 2.5,
      ecosystem: 2.5,
    })
    expect(matrix.ownSources).toMatchObject({ technology: 'derived', data: 'assumption' })
  })

  it('returns a technology score of 1 without models and 2 when only serving', () => {
    const plan = examplePlan('llm-api-cn-eu')
    expect(technologyFromModels({ ...plan, models: [], products: [] })).toBe(1)
    const servingOnly = plan.models.map(({ training: _, ...model }) => ({ ...model, fineTuning: [] }))
    expect(technologyFromModels({ ...plan, models: servingOnly, products: [] })).toBe(2)
  })

  it("summarises Porter's five forces when rated", () => {
    const plan = examplePlan('llm-api-cn-eu')
    const force = (level: number) => ({ level })
    const fiveForces = {
      rivalry: force(5),
      newEntrants: force(3),
      substitutes: force(2),
      buyerPower: force(4),
      supplierPower: force(5),
    }
    const { fiveForces: _, ...unrated } = plan.market
    const matrix = analyzeCompetition({ ...plan, market: { ...unrated, fiveForces } }, 20, 0)
    expect(matrix.fiveForces).toEqual({
      levels: { rivalry: 5, newEntrants: 3, substitutes: 2, buyerPower: 4, supplierPower: 5 },
      averageLevel: 3.8,
      strongestForce: 'rivalry',
    })
    expect(analyzeCompetition({ ...plan, market: unrated }, 20, 0).fiveForces).toBeNull()
  })
})
