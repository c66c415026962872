import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { UserError } from '../errors.ts'
import { parsePlan } from '../plan/parse.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { lognormalFromInterval, lognormalVariance, pertVariance } from '../random/analytic.ts'
import { analyzeRisks, daysBetween } from './analyze-risks.ts'
import { quantifiedRegisterFromPlan } from './from-plan.ts'
import { simulateRegister } from './simulate.ts'

const example = (name: string) =>
  parsePlan(readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')).plan

/** Φ⁻¹(0.95), so a 90 % interval spans μ ± 1.6449σ in log space. */
const z95 = 1.6448536269514722

describe('analyzeRisks', () => {
  it('returns inherent and residual scores and bands on the default 5 × 5 matrix (4 × 4 = 16 is critical from 15)', () => {
    const { risks } = analyze(example('llm-api-cn-eu'))
    expect(
      risks.register.map((risk) => [
        risk.id,
        risk.inherent.score,
        risk.inherent.band,
        risk.residual.score,
        risk.residual.band,
      ]),
    ).toEqual([
      ['compute-supply', 16, 'critical', 9, 'medium'],
      ['funding-gap', 15, 'critical', 10, 'high'],
      ['cross-border-data', 12, 'high', 6, 'medium'],
    ])
    expect(risks.totals.inherentByBand).toEqual({ low: 0, medium: 0, high: 1, critical: 2 })
    expect(risks.totals.residualByBand).toEqual({ low: 0, medium: 2, high: 1, critical: 0 })
  })

  it('returns the exact expected annual loss: PERT mean (a + 4m + b)/6 (Vose 2008, §9.1.4) times the frequency', () => {
    const { risks } = analyze(example('llm-api-cn-eu'))
    const crossBorder = risks.register.find((risk) => risk.id === 'cross-border-data')!.quantified!
    // (100,000 + 4 × 800,000 + 20,000,000) / 6 = 3,883,333.33…; × 0.1 a year = 388,333.33…
    expect(crossBorder.meanLossPerEventUsd).toBeCloseTo(23_300_000 / 6, 6)
    expect(crossBorder.inherentExpectedLossUsd).toBeCloseTo(388_333.333_333, 4)
    // Its controls are plain lines without an effect, so nothing changes after them.
    expect(crossBorder.residualExpectedLossUsd).toBe(crossBorder.inherentExpectedLossUsd)
  })

  it('returns a lognormal mean exp(μ + σ²/2) from the 90 % interval and halves it for a 50 % loss-reducing control', () => {
    const { risks } = analyze(example('llm-api-cn-eu'))
    const supply = risks.register.find((risk) => risk.id === 'compute-supply')!
    // 90 % interval $200k–$5M: μ = ln √(2e5 · 5e6) = ln 1e6, σ = ln 25 / (2 · 1.6449).
    const sigma = Math.log(25) / (2 * z95)
    const mean = 1e6 * Math.exp((sigma * sigma) / 2)
    expect(supply.quantified!.meanLossPerEventUsd).toBeCloseTo(mean, 6)
    expect(supply.quantified!.inherentExpectedLossUsd).toBeCloseTo(0.3 * mean, 6)
    expect(supply.quantified!.residualExpectedLossUsd).toBeCloseTo(0.15 * mean, 6)
    // 0.3 events a year is "possible" (≤ 0.5); a mean of about $1.6M is "major" (≤ $10M): 3 × 4 = 12, high.
    expect(supply.quantified!.position).toEqual({ likelihood: 3, impact: 4, score: 12, band: 'high' })
    expect(supply.controlsAnnualCostUsd).toBe(250_000)
    expect(risks.totals.annualPremiumUsd).toBe(60_000)
    expect(risks.totals.quantifiedRisks).toBe(2)
  })

  it('returns the exact ALE the seeded Monte Carlo agrees with, within 4 standard errors of the compound-Poisson variance λE[X²]', () => {
    const plan = example('medical-imaging')
    const { risks } = analyze(plan)
    const years = 100_000
    const register = quantifiedRegisterFromPlan(plan.risks.register)
    const simulation = simulateRegister(register, { seed: 11, years })
    for (const input of register) {
      const simulated = simulation.risks.find((risk) => risk.id === input.id)!
      const exact = risks.register.find((risk) => risk.id === input.id)!.quantified!
      const loss = input.lossPerEventUsd
      // E[X²] = Var X + (E X)²: PERT variance (μ − a)(b − μ)/7 (Vose 2008 §9.1.4); lognormal (e^σ² − 1)e^(2μ+σ²).
      const variance =
        loss.kind === 'pert'
          ? pertVariance(loss)
          : lognormalVariance(lognormalFromInterval(loss.low, loss.high))
      const secondMoment = variance + exact.meanLossPerEventUsd ** 2
      // A yearly compound-Poisson sum has variance λE[X²]; the mean of n years has that over n.
      const standardError = Math.sqrt((input.frequencyPerYear * secondMoment) / years)
      expect(Math.abs(simulated.inherent.meanUsd - exact.inherentExpectedLossUsd)).toBeLessThan(
        4 * standardError,
      )
      expect(simulated.inherentExpectedLossUsd).toBeCloseTo(exact.inherentExpectedLossUsd, 6)
    }
  })

  it('returns overdue reviews relative to asOf: 2026-10-31 is 28 days before 2026-11-28', () => {
    const { risks } = analyze(example('speech-hardware'))
    expect(risks.overdueReviews).toEqual([
      {
        risk: 'supply-chain',
        title: 'A single contract manufacturer and one DSP chip supplier',
        nextReviewOn: '2026-10-31',
        daysOverdue: 28,
      },
    ])
    const { risks: onTime } = analyze(example('llm-api-cn-eu'))
    expect(onTime.overdueReviews).toEqual([])
    expect(onTime.register[0]!.daysOverdue).toBe(0)
  })

  it('returns scores from a non-multiplicative lookup grid with the plan’s own bands', () => {
    const plan = example('llm-api-cn-eu')
    const gridPlan: VenturePlan = {
      ...plan,
      risks: {
        ...plan.risks,
        matrix: {
          likelihood: [{ label: 'low' }, { label: 'medium' }, { label: 'high' }],
          impact: [{ label: 'low' }, { label: 'medium' }, { label: 'high' }],
          grid: [
            [1, 2, 4],
            [2, 4, 7],
            [4, 7, 9],
          ],
          bands: [
            { name: 'green', minScore: 1 },
            { name: 'amber', minScore: 4 },
            { name: 'red', minScore: 7 },
          ],
        },
        register: plan.risks.register.map((risk, index) => ({
          ...risk,
          likelihood: 3,
          impact: index + 1,
          residualLikelihood: 1,
          residualImpact: 1,
        })),
      },
    }
    const risks = analyzeRisks(gridPlan, analyze(plan))
    expect(risks.register.map((risk) => [risk.inherent.score, risk.inherent.band])).toEqual([
      [4, 'amber'],
      [7, 'red'],
      [9, 'red'],
    ])
    expect(risks.totals.residualByBand).toEqual({ green: 3, amber: 0, red: 0 })
  })
})

describe('analyze with risk figures in indicators', () => {
  it('returns a warning from an indicator over risks.totals, and an unknown risk figure as an error with its path', () => {
    const plan = example('llm-api-cn-eu')
    const indicator = {
      id: 'loss-share',
      title: 'Expected loss after controls as % of cash',
      risk: 'compute-supply',
      value: 'risks.totals.residualExpectedLossUsd / funding.cashUsd * 100',
      warnWhen: 'above' as const,
      amber: 1,
      red: 50,
    }
    const analysis = analyze({ ...plan, risks: { ...plan.risks, indicators: [indicator] } })
    // (0.15 × lognormal mean ≈ $242k + $388k) / $21.5M ≈ 2.9 % — above the 1 % amber line.
    expect(analysis.warnings[0]).toMatchObject({ indicator: 'loss-share', level: 'amber' })
    expect(analysis.warnings[0]!.value).toBeCloseTo(
      (analysis.risks.totals.residualExpectedLossUsd / 21_500_000) * 100,
      9,
    )
    const typo = { ...indicator, value: 'risks.totals.residualLossUsd' }
    try {
      analyze({ ...plan, risks: { ...plan.risks, indicators: [typo] } })
      expect.unreachable()
    } catch (error) {
      const issue = (error as UserError).issues[0]!
      expect(issue.path).toEqual(['risks', 'indicators', 0, 'value'])
      expect(issue.message).toContain('risks.totals.residualExpectedLossUsd')
    }
  })
})

describe('analyzeRisks edge cases', () => {
  it('returns an empty section for a plan without risks', () => {
    const plan = example('llm-api-cn-eu')
    const risks = analyzeRisks({ ...plan, risks: { register: [], indicators: [] } }, analyze(plan))
    expect(risks.register).toEqual([])
    expect(risks.totals).toMatchObject({ risks: 0, quantifiedRisks: 0, inherentExpectedLossUsd: 0 })
  })

  it('throws invalid_risk_level with the path when a hand-built plan skips validation', () => {
    const plan = example('llm-api-cn-eu')
    const broken = {
      ...plan,
      risks: { ...plan.risks, register: [{ ...plan.risks.register[0]!, impact: 9 }] },
    }
    try {
      analyzeRisks(broken, analyze(plan))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['risks', 'register', 0, 'impact'])
    }
  })
})

describe('daysBetween', () => {
  it('returns whole days across month ends and leap days (2028-02-28 → 2028-03-01 is 2 days)', () => {
    expect(daysBetween('2026-01-30', '2026-03-01')).toBe(30)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-03-01', '2026-01-30')).toBe(-30)
  })
})
