import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import type { QuantifiedRisk } from './types.ts'
import { checkQuantifiedRisks, quantifiedRiskIssues } from './validate.ts'

const valid: QuantifiedRisk = {
  id: 'gpu-supply',
  frequencyPerYear: 0.5,
  lossPerEventUsd: { kind: 'pert', min: 10_000, mode: 50_000, max: 400_000 },
  controls: [{ id: 'second-cloud', frequencyReductionPct: 50, annualCostUsd: 20_000 }],
  insurance: { deductibleUsd: 10_000, limitPerEventUsd: 200_000, annualPremiumUsd: 8_000 },
}

describe('quantifiedRiskIssues', () => {
  it('returns nothing for a valid risk', () => {
    expect(quantifiedRiskIssues(valid, ['risks', 0])).toEqual([])
  })
  it('returns a PERT with min > max at the path of min', () => {
    const risk = { ...valid, lossPerEventUsd: { kind: 'pert', min: 500, mode: 400, max: 300 } } as const
    expect(quantifiedRiskIssues(risk, ['risks', 2])).toEqual([
      {
        code: 'invalid_risk_quantity',
        path: ['risks', 2, 'lossPerEventUsd', 'min'],
        message: 'min (500) must not exceed max (300)',
        params: {},
      },
    ])
  })
  it('returns every problem at once, each with its path', () => {
    const risk: QuantifiedRisk = {
      id: 'x',
      frequencyPerYear: -1,
      lossPerEventUsd: { kind: 'lognormal', low: 100, high: 50 },
      controls: [{ id: 'c', lossReductionPct: 140, annualCostUsd: Number.NaN }],
      insurance: { deductibleUsd: -5, limitPerEventUsd: 1, annualPremiumUsd: 0 },
    }
    expect(quantifiedRiskIssues(risk, []).map((issue) => issue.path.join('.'))).toEqual([
      'frequencyPerYear',
      'lossPerEventUsd.high',
      'controls.0.lossReductionPct',
      'controls.0.annualCostUsd',
      'insurance.deductibleUsd',
    ])
  })
})

describe('checkQuantifiedRisks edge cases', () => {
  it('throws for a lognormal interval that starts at zero', () => {
    const risk = { ...valid, lossPerEventUsd: { kind: 'lognormal', low: 0, high: 10 } } as const
    expect(() => checkQuantifiedRisks([risk], ['risks'])).toThrow(
      'the 5th-percentile loss must be a finite number above 0, got 0',
    )
  })
  it('throws one UserError for duplicate ids', () => {
    expect(() => checkQuantifiedRisks([valid, valid], ['risks'])).toThrow(
      "the risk id 'gpu-supply' is used twice",
    )
  })
  it('throws a summary message when there are several problems', () => {
    const bad = { ...valid, frequencyPerYear: Number.POSITIVE_INFINITY }
    try {
      checkQuantifiedRisks([bad, { ...bad, id: 'other' }], ['risks'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).message).toBe('2 problems in the risk register')
    }
  })
  it('returns quietly for an empty register', () => {
    expect(() => checkQuantifiedRisks([], [])).not.toThrow()
  })
})
