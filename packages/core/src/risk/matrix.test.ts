import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import {
  bandOf,
  checkRiskMatrix,
  defaultRiskMatrix,
  heatMap,
  levelForQuantity,
  positionForQuantities,
  type RiskMatrix,
  riskMatrixIssues,
  scoreRisk,
} from './matrix.ts'

const threeByThreeGrid: RiskMatrix = {
  likelihood: [
    { level: 1, label: 'low' },
    { level: 2, label: 'medium' },
    { level: 3, label: 'high' },
  ],
  impact: [
    { level: 1, label: 'low' },
    { level: 2, label: 'medium' },
    { level: 3, label: 'high' },
  ],
  // Impact weighs more than likelihood: not a product.
  scoring: [
    [1, 3, 6],
    [2, 5, 8],
    [4, 7, 9],
  ],
  bands: [
    { name: 'green', minScore: 1 },
    { name: 'amber', minScore: 4 },
    { name: 'red', minScore: 7 },
  ],
}

describe('scoreRisk', () => {
  it('returns likelihood × impact and its band on the default 5 × 5 matrix', () => {
    expect(scoreRisk(defaultRiskMatrix, { likelihood: 3, impact: 4 })).toEqual({
      likelihood: 3,
      impact: 4,
      score: 12,
      band: 'high',
    })
    expect(scoreRisk(defaultRiskMatrix, { likelihood: 5, impact: 5 }).band).toBe('critical')
    expect(scoreRisk(defaultRiskMatrix, { likelihood: 1, impact: 4 }).band).toBe('low')
  })
  it('returns scores from a non-multiplicative lookup grid', () => {
    expect(scoreRisk(threeByThreeGrid, { likelihood: 1, impact: 3 })).toEqual({
      likelihood: 1,
      impact: 3,
      score: 6,
      band: 'amber',
    })
    expect(scoreRisk(threeByThreeGrid, { likelihood: 3, impact: 2 }).band).toBe('red')
  })
  it('throws invalid_risk_level with the path of a likelihood off the scale', () => {
    try {
      scoreRisk(defaultRiskMatrix, { likelihood: 6, impact: 2 }, ['risks', 'register', 4])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).message).toBe('likelihood 6 is off the scale 1–5')
      expect((error as UserError).issues[0]?.path).toEqual(['risks', 'register', 4, 'likelihood'])
    }
    expect(() => scoreRisk(defaultRiskMatrix, { likelihood: 2, impact: 2.5 })).toThrow('impact 2.5 is off')
    expect(() => scoreRisk(threeByThreeGrid, { likelihood: 0, impact: 1 })).toThrow('off the scale 1–3')
  })
})

describe('bandOf', () => {
  it('returns the highest band whose threshold the score reaches', () => {
    expect([4, 5, 9, 10, 14, 15, 25].map((score) => bandOf(defaultRiskMatrix, score))).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ])
  })
})

describe('positionForQuantities', () => {
  it('returns the level whose range holds the frequency and the mean loss', () => {
    expect(
      positionForQuantities(defaultRiskMatrix, { frequencyPerYear: 0.3, meanLossPerEventUsd: 2e6 }),
    ).toEqual({
      likelihood: 3,
      impact: 4,
      score: 12,
      band: 'high',
    })
    expect(levelForQuantity(defaultRiskMatrix.likelihood, 4)).toBe(5)
    expect(levelForQuantity(defaultRiskMatrix.likelihood, 0.05)).toBe(1)
  })
})

describe('heatMap', () => {
  it('returns rows from the highest likelihood down, with the risks in each cell', () => {
    const map = heatMap(defaultRiskMatrix, [
      { id: 'a', likelihood: 5, impact: 1 },
      { id: 'b', likelihood: 1, impact: 5 },
    ])
    expect(map).toHaveLength(5)
    expect(map[0]![0]).toMatchObject({ likelihood: 5, impact: 1, riskIds: ['a'], band: 'medium' })
    expect(map[4]![4]).toMatchObject({ likelihood: 1, impact: 5, riskIds: ['b'] })
  })
})

describe('riskMatrixIssues edge cases', () => {
  it('returns nothing for the default and the grid example', () => {
    expect(riskMatrixIssues(defaultRiskMatrix)).toEqual([])
    expect(riskMatrixIssues(threeByThreeGrid)).toEqual([])
  })
  it('returns a misshapen grid, falling thresholds and gaps in the levels', () => {
    const broken: RiskMatrix = {
      ...threeByThreeGrid,
      likelihood: [
        { level: 1, label: 'a' },
        { level: 3, label: 'b' },
      ],
      bands: [
        { name: 'x', minScore: 5 },
        { name: 'y', minScore: 2 },
      ],
    }
    const paths = riskMatrixIssues(broken, ['matrix']).map((issue) => issue.path.join('.'))
    expect(paths).toEqual(['matrix.likelihood.1.level', 'matrix.scoring', 'matrix.bands.1.minScore'])
    expect(() => checkRiskMatrix(broken)).toThrow('3 problems in the risk matrix')
  })
  it('returns a lowest band that leaves the lowest score without a band', () => {
    const matrix = { ...defaultRiskMatrix, bands: [{ name: 'only', minScore: 2 }] }
    expect(riskMatrixIssues(matrix)[0]?.message).toContain('at or below the lowest score (1)')
  })
})
