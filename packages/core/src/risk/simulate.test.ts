import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { simulateRegister } from './simulate.ts'
import type { LossSummary, QuantifiedRisk } from './types.ts'

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected)

// A fixed loss isolates frequency, controls and insurance from the loss distribution.
const fixedLoss = { kind: 'pert', min: 100_000, mode: 100_000, max: 100_000 } as const

const pertRisk: QuantifiedRisk = {
  id: 'training-overrun',
  frequencyPerYear: 2,
  lossPerEventUsd: { kind: 'pert', min: 20_000, mode: 60_000, max: 300_000 },
}
const lognormalRisk: QuantifiedRisk = {
  id: 'data-breach',
  frequencyPerYear: 2.5,
  lossPerEventUsd: { kind: 'lognormal', low: 50_000, high: 500_000 },
}

describe('simulateRegister', () => {
  it('returns an ALE within 1 % of frequency × mean loss at 100,000 years (PERT mean per Vose 2008 §9.1.4)', () => {
    const { risks } = simulateRegister([pertRisk, lognormalRisk], { seed: 1 })
    for (const risk of risks) {
      expect(relativeError(risk.inherent.meanUsd, risk.inherentExpectedLossUsd)).toBeLessThan(0.01)
    }
    // (20k + 4·60k + 300k)/6 = 93,333.33 per event, twice a year.
    expect(risks[0]!.inherentExpectedLossUsd).toBeCloseTo(186_666.67, 1)
  })
  it('returns Poisson percentiles for a fixed loss: P95 of Poisson(1) is 3 events', () => {
    const [risk] = simulateRegister([{ id: 'r', frequencyPerYear: 1, lossPerEventUsd: fixedLoss }], {
      seed: 2,
    }).risks
    // Poisson(1): P(N ≤ 1) = 0.7358, P(N ≤ 2) = 0.9197, P(N ≤ 3) = 0.9810, P(N ≤ 4) = 0.9963.
    expect(risk!.inherent).toMatchObject({
      p50Usd: 100_000,
      p90Usd: 200_000,
      p95Usd: 300_000,
      p99Usd: 400_000,
    })
    expect(Math.abs(risk!.inherent.probabilityOfLoss - (1 - Math.exp(-1)))).toBeLessThan(0.005)
  })
  it('returns a residual ALE within 1 % of the exact effect of the controls', () => {
    const risk: QuantifiedRisk = {
      ...pertRisk,
      controls: [
        { id: 'budget-alerts', frequencyReductionPct: 50, annualCostUsd: 10_000 },
        { id: 'checkpointing', lossReductionPct: 20, annualCostUsd: 5_000 },
      ],
    }
    const [result] = simulateRegister([risk], { seed: 3 }).risks
    expect(result!.residualExpectedLossUsd).toBeCloseTo(result!.inherentExpectedLossUsd * 0.5 * 0.8, 6)
    expect(relativeError(result!.residual.meanUsd, result!.residualExpectedLossUsd)).toBeLessThan(0.01)
    // All controls: (186,667 − 74,667 − 15,000) / 15,000 ≈ 6.47, simulated.
    expect(result!.returnOnControls).toBeCloseTo((186_666.67 * 0.6 - 15_000) / 15_000, 0)
    expect(result!.controls.map((control) => control.returnOnCost)).toEqual([
      expect.closeTo((186_666.67 * 0.5 - 10_000) / 10_000, 3),
      expect.closeTo((186_666.67 * 0.2 - 5_000) / 5_000, 3),
    ])
  })
  it('returns retained losses after a per-event deductible and limit', () => {
    const policy = { deductibleUsd: 20_000, limitPerEventUsd: 50_000, annualPremiumUsd: 12_000 }
    const [result] = simulateRegister(
      [{ id: 'r', frequencyPerYear: 1, lossPerEventUsd: fixedLoss, insurance: policy }],
      {
        seed: 4,
      },
    ).risks
    // Each event: 100k − min(100k − 20k, 50k) = 50k retained.
    expect(relativeError(result!.retained.meanUsd, 50_000)).toBeLessThan(0.01)
    expect(result!.retained.p95Usd).toBe(150_000)
    expect(result!.totalCostOfRiskUsd).toBeCloseTo(result!.retained.meanUsd + 12_000, 6)
  })
  it('returns retained losses capped by the yearly aggregate limit', () => {
    const policy = {
      deductibleUsd: 0,
      limitPerEventUsd: 50_000,
      annualAggregateLimitUsd: 60_000,
      annualPremiumUsd: 0,
    }
    const [result] = simulateRegister(
      [{ id: 'r', frequencyPerYear: 3, lossPerEventUsd: fixedLoss, insurance: policy }],
      {
        seed: 5,
      },
    ).risks
    // E[100k·N − min(50k·N, 60k)] = 300k − (50k·P(N = 1) + 60k·P(N ≥ 2)) for N ~ Poisson(3).
    const once = 3 * Math.exp(-3)
    const expected = 300_000 - (50_000 * once + 60_000 * (1 - Math.exp(-3) - once))
    expect(relativeError(result!.retained.meanUsd, expected)).toBeLessThan(0.01)
  })
  it('returns register totals whose mean is the sum of the risks’ means', () => {
    const result = simulateRegister([pertRisk, lognormalRisk], { seed: 6, years: 20_000 })
    const sum = result.risks.reduce((total, risk) => total + risk.inherent.meanUsd, 0)
    expect(result.total.inherent.meanUsd).toBeCloseTo(sum, 6)
    expect(result.total.inherent.p99Usd).toBeGreaterThanOrEqual(result.risks[1]!.inherent.p99Usd)
  })
  it('returns ordered percentiles and a falling exceedance curve on a shared grid', () => {
    const risk = { ...lognormalRisk, controls: [{ id: 'c', lossReductionPct: 30, annualCostUsd: 1 }] }
    const [result] = simulateRegister([risk], { seed: 7, years: 20_000 }).risks
    for (const view of [result!.inherent, result!.residual]) {
      expect(view.p50Usd).toBeLessThanOrEqual(view.p90Usd)
      expect(view.p90Usd).toBeLessThanOrEqual(view.p95Usd)
      expect(view.p95Usd).toBeLessThanOrEqual(view.p99Usd)
      expect(view.p99Usd).toBeLessThanOrEqual(view.maxUsd)
      const probabilities = view.exceedance.map((point) => point.probability)
      expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a))
    }
    const grid = (view: LossSummary) => view.exceedance.map((point) => point.lossUsd)
    expect(grid(result!.residual)).toEqual(grid(result!.inherent))
  })
  it('returns the same result for the same seed, and another for another seed', () => {
    const first = simulateRegister([pertRisk], { seed: 8, years: 5_000 })
    expect(simulateRegister([pertRisk], { seed: 8, years: 5_000 })).toEqual(first)
    expect(simulateRegister([pertRisk], { seed: 9, years: 5_000 }).risks[0]!.inherent.meanUsd).not.toBe(
      first.risks[0]!.inherent.meanUsd,
    )
  })
  it('returns a risk’s draws unchanged when other risks are added before it or controls are added to it', () => {
    const alone = simulateRegister([pertRisk], { seed: 10, years: 5_000 }).risks[0]!
    const withOthers = simulateRegister([lognormalRisk, pertRisk], { seed: 10, years: 5_000 }).risks[1]!
    expect(withOthers).toEqual(alone)
    const controlled = { ...pertRisk, controls: [{ id: 'c', frequencyReductionPct: 30, annualCostUsd: 1 }] }
    // The curve's grid is shared with the residual view, so compare the draws' statistics, not the grid.
    const { exceedance: _grid, ...inherent } = simulateRegister([controlled], { seed: 10, years: 5_000 })
      .risks[0]!.inherent
    const { exceedance: _aloneGrid, ...aloneInherent } = alone.inherent
    expect(inherent).toEqual(aloneInherent)
  })
})

describe('simulateRegister edge cases', () => {
  it('throws a UserError with the path of a PERT whose min exceeds its max', () => {
    const bad = { ...pertRisk, lossPerEventUsd: { kind: 'pert', min: 9, mode: 5, max: 1 } } as const
    try {
      simulateRegister([pertRisk, { ...bad, id: 'bad' }], { seed: 1, path: ['risks', 'register'] })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['risks', 'register', 1, 'lossPerEventUsd', 'min'])
    }
  })
  it('throws for a bad year count or seed', () => {
    expect(() => simulateRegister([], { seed: 1, years: 0 })).toThrow('years must be a whole number')
    expect(() => simulateRegister([], { seed: -3 })).toThrow(UserError)
  })
  it('returns zero losses for an empty register and for a risk that never fires', () => {
    const empty = simulateRegister([], { seed: 1, years: 100 })
    expect(empty.total.inherent.meanUsd).toBe(0)
    const never = simulateRegister([{ ...pertRisk, frequencyPerYear: 0 }], { seed: 1, years: 100 })
    expect(never.risks[0]!.inherent).toMatchObject({ meanUsd: 0, p99Usd: 0, probabilityOfLoss: 0 })
  })
  it('returns null returns for controls that cost nothing', () => {
    const risk = { ...pertRisk, controls: [{ id: 'free', frequencyReductionPct: 10, annualCostUsd: 0 }] }
    const [result] = simulateRegister([risk], { seed: 1, years: 100 }).risks
    expect(result!.returnOnControls).toBeNull()
    expect(result!.controls[0]!.returnOnCost).toBeNull()
  })
})
