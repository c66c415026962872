import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { parsePlan } from '../plan/parse.ts'
import { fundingScore, teamScore } from './readiness.ts'
import { examplePlan, exampleText } from './test-support/examples.ts'

const factor = (text: string, name: string) =>
  analyze(parsePlan(text).plan).strategy.readiness.factors.find((item) => item.factor === name)!

describe('fundingScore', () => {
  it('returns the band of the runway (module header: 6, 9, 12, 18, 24 months)', () => {
    expect([0, 5.9, 6, 9, 11.9, 12, 18, 23.9, 24, 60].map(fundingScore)).toEqual([
      0, 0, 1, 2, 2, 3, 4, 4, 5, 5,
    ])
    expect(fundingScore(null)).toBe(5)
  })
})

describe('teamScore', () => {
  it('returns 5 × (staffed + half of planned) / needed, in half points', () => {
    const need = (status: 'staffed' | 'planned' | 'missing') => ({ status }) as never
    expect(teamScore({ needs: [need('staffed'), need('missing')] })).toBe(2.5)
    expect(teamScore({ needs: [need('staffed'), need('planned'), need('missing')] })).toBe(2.5)
    expect(teamScore({ needs: [] })).toBe(5)
  })
})

describe('scoreReadiness', () => {
  it('returns seven factors with a source for each', () => {
    const card = analyze(examplePlan('llm-api-cn-eu')).strategy.readiness
    expect(card.factors.map((item) => item.factor)).toEqual([
      'coreTechnology',
      'dataResources',
      'team',
      'marketPositioning',
      'businessModel',
      'userFeedback',
      'funding',
    ])
    expect(card.factors.find((item) => item.factor === 'userFeedback')).toMatchObject({
      score: 3,
      source: 'manual',
      gap: 1,
    })
  })

  it('returns an unscored factor with the whole target as gap when neither figure nor hand score exists', () => {
    const plan = examplePlan('llm-api-cn-eu')
    delete plan.strategy.readiness.factors.userFeedback
    const card = analyze(plan).strategy.readiness
    expect(card.factors.find((item) => item.factor === 'userFeedback')).toMatchObject({
      score: null,
      source: 'missing',
      gap: 4,
    })
    expect(card.scoredCount).toBe(6)
  })

  it('returns a lower funding score when the plan holds less cash', () => {
    const text = exampleText('llm-api-cn-eu')
    const rich = factor(text, 'funding')
    const poor = factor(
      text
        .replace('cashUsd: 21500000', 'cashUsd: 3000000')
        .replace(/plannedRounds:[\s\S]*?probability: 0.6\n/, 'plannedRounds: []\n'),
      'funding',
    )
    expect(rich.score).toBe(5)
    expect(poor.score!).toBeLessThan(rich.score!)
  })

  it('returns a lower team score when a needed role is removed from the hiring plan', () => {
    const text = exampleText('llm-api-cn-eu')
    const before = factor(text, 'team')
    const after = factor(
      text.replace(/ {4}- \{\n {8}title: Legal and compliance counsel,[\s\S]*?\n {6}\}\n/, ''),
      'team',
    )
    expect(before.score).toBe(5)
    // Legal owner now missing: 4 of 5 needs staffed → 5 × 4/5 = 4.
    expect(after.score).toBe(4)
    expect(after.evidence.params.missing).toBe('legal-owner')
  })

  it('returns a hand-set score where no figure exists, and the derived one where it does', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.strategy.readiness.factors.userFeedback = {
      score: 2,
      evidence: 'Weekly interviews',
      nextAction: 'Add thumbs-down',
    }
    plan.strategy.readiness.factors.funding = { score: 1 }
    const card = analyze(plan).strategy.readiness
    expect(card.factors.find((item) => item.factor === 'userFeedback')).toMatchObject({
      score: 2,
      source: 'manual',
      manualEvidence: 'Weekly interviews',
      gap: 2,
      nextAction: 'Add thumbs-down',
    })
    expect(card.factors.find((item) => item.factor === 'funding')).toMatchObject({
      score: 5,
      source: 'derived',
    })
  })
})
