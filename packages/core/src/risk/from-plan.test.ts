import { describe, expect, it } from 'vitest'
import type { Risk } from '../plan/risk.ts'
import {
  lossDistributionFromPlan,
  quantifiedRegisterFromPlan,
  quantifiedRiskFromPlan,
  riskControlFromPlan,
  riskMatrixFromPlan,
} from './from-plan.ts'
import { defaultRiskMatrix } from './matrix.ts'

const risk = (extra: Partial<Risk>): Risk => ({
  id: 'gpu-supply',
  title: 'GPU supply',
  category: 'external-policy',
  likelihood: 3,
  impact: 4,
  response: 'reduce',
  controls: [],
  contingencyPlan: [],
  ...extra,
})

describe('riskMatrixFromPlan', () => {
  it('returns the default 5 × 5 matrix when the plan configures none', () => {
    expect(riskMatrixFromPlan(undefined)).toBe(defaultRiskMatrix)
  })

  it('returns levels numbered by position with their ranges, and the default parts the plan leaves out', () => {
    const matrix = riskMatrixFromPlan({
      likelihood: [{ label: 'rare', upToPerYear: 0.1 }, { label: 'often' }],
      grid: [
        [1, 2, 3, 4, 5],
        [2, 4, 6, 8, 10],
      ],
    })
    expect(matrix.likelihood).toEqual([
      { level: 1, label: 'rare', upTo: 0.1 },
      { level: 2, label: 'often' },
    ])
    expect(matrix.impact).toBe(defaultRiskMatrix.impact)
    expect(matrix.bands).toBe(defaultRiskMatrix.bands)
    expect(matrix.scoring).toEqual([
      [1, 2, 3, 4, 5],
      [2, 4, 6, 8, 10],
    ])
  })
})

describe('quantifiedRiskFromPlan', () => {
  it('returns the engine’s terms: mode for mostLikely, controls with ids, insurance without optional limits', () => {
    const quantified = quantifiedRiskFromPlan(
      risk({
        frequencyPerYear: 0.3,
        lossPerEventUsd: { distribution: 'pert', min: 1, mostLikely: 2, max: 6 },
        controls: ['Second supplier', { title: 'Reserve', annualCostUsd: 100, lossReductionPct: 50 }],
        insurance: { annualPremiumUsd: 10, deductibleUsd: 1, limitPerEventUsd: 5 },
      }),
    )
    expect(quantified).toEqual({
      id: 'gpu-supply',
      frequencyPerYear: 0.3,
      lossPerEventUsd: { kind: 'pert', min: 1, mode: 2, max: 6 },
      controls: [
        { id: 'Second supplier', annualCostUsd: 0 },
        { id: 'Reserve', annualCostUsd: 100, lossReductionPct: 50 },
      ],
      insurance: { annualPremiumUsd: 10, deductibleUsd: 1, limitPerEventUsd: 5 },
    })
  })

  it('returns undefined for a risk with no frequency or no loss, and skips it in the register', () => {
    expect(quantifiedRiskFromPlan(risk({ frequencyPerYear: 1 }))).toBeUndefined()
    expect(quantifiedRegisterFromPlan([risk({})])).toEqual([])
  })
})

describe('lossDistributionFromPlan and riskControlFromPlan edge cases', () => {
  it('returns a lognormal interval unchanged and a zero-effect control for a plain line', () => {
    expect(lossDistributionFromPlan({ distribution: 'lognormal', low: 1, high: 9 })).toEqual({
      kind: 'lognormal',
      low: 1,
      high: 9,
    })
    expect(riskControlFromPlan('Audit', 0)).toEqual({ id: 'Audit', annualCostUsd: 0 })
  })
})
