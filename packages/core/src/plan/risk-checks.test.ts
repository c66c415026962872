import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { formatIssue } from '../i18n/format-issue.ts'
import { validatePlan } from './parse.ts'
import { riskSectionIssues } from './risk-checks.ts'

const exampleText = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')

/** The example plan as data, with its risk section replaced or patched by `change`. */
function withRisks(change: (risks: Record<string, any>) => void) {
  const data = parse(exampleText) as Record<string, any>
  change(data.risks)
  return validatePlan(data)
}

function issuesOf(result: ReturnType<typeof validatePlan>) {
  if (result.ok) throw new Error('expected the plan to be refused')
  return result.issues
}

describe('riskSectionIssues', () => {
  it('returns nothing for the three example ventures, whose registers are quantified', () => {
    for (const name of ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware']) {
      const text = readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')
      expect(validatePlan(parse(text)).ok).toBe(true)
    }
  })

  it('returns a likelihood off the default 1–5 scale with its path', () => {
    const issues = issuesOf(withRisks((risks) => (risks.register[1].likelihood = 6)))
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'risk_level_off_scale',
        path: ['risks', 'register', 1, 'likelihood'],
        params: { field: 'likelihood', received: 6, max: 5 },
      }),
    ])
    expect(formatIssue(issues[0]!, 'zh-CN')).toBe(
      'risks.register[1].likelihood: likelihood 为 6，超出 1–5 的刻度',
    )
  })

  it('returns levels off a configured 3 × 3 scale, residual ones included', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.matrix = {
          likelihood: [{ label: 'low' }, { label: 'medium' }, { label: 'high' }],
          impact: [{ label: 'low' }, { label: 'medium' }, { label: 'high' }],
          bands: [
            { name: 'low', minScore: 1 },
            { name: 'high', minScore: 4 },
          ],
        }
        for (const risk of risks.register) {
          risk.likelihood = 2
          risk.impact = 2
          delete risk.residualLikelihood
          delete risk.residualImpact
        }
        risks.register[2].impact = 4
        risks.register[0].residualLikelihood = 5
      }),
    )
    expect(issues.map((issue) => issue.path)).toEqual([
      ['risks', 'register', 0, 'residualLikelihood'],
      ['risks', 'register', 2, 'impact'],
    ])
  })

  it('returns a PERT with min > max at the path of min, in the words of range_order', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.register[2].lossPerEventUsd = { distribution: 'pert', min: 900, mostLikely: 500, max: 100 }
      }),
    )
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'range_order',
        path: ['risks', 'register', 2, 'lossPerEventUsd', 'min'],
        message: 'expected min ≤ mostLikely ≤ max, got 900 / 500 / 100',
      }),
    ])
  })

  it('returns a most likely loss outside [min, max] at the path of mostLikely', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.register[2].lossPerEventUsd = { distribution: 'pert', min: 1, mostLikely: 50, max: 10 }
      }),
    )
    expect(issues[0]?.path).toEqual(['risks', 'register', 2, 'lossPerEventUsd', 'mostLikely'])
  })

  it('returns a 90 % interval that does not rise, a percentage over 100 and a frequency without a loss', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.register[0].lossPerEventUsd = { distribution: 'lognormal', low: 5000, high: 5000 }
        risks.register[0].controls[0].lossReductionPct = 150
        risks.register[1].frequencyPerYear = 0.2
      }),
    )
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['risk_interval', 'risks.register.0.lossPerEventUsd.high'],
      ['risk_percent', 'risks.register.0.controls.0.lossReductionPct'],
      ['risk_quantity_incomplete', 'risks.register.1.lossPerEventUsd'],
    ])
  })

  it('returns an unknown loss distribution as one_of with a suggestion', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.register[2].lossPerEventUsd = { distribution: 'perts', min: 1, mostLikely: 2, max: 3 }
      }),
    )
    expect(issues[0]).toMatchObject({
      code: 'one_of',
      path: ['risks', 'register', 2, 'lossPerEventUsd', 'distribution'],
      params: { suggestion: 'pert' },
    })
  })

  it('returns a malformed matrix with plan paths (grid, band thresholds) and skips level checks', () => {
    const issues = issuesOf(
      withRisks((risks) => {
        risks.matrix = {
          grid: [
            [1, 2],
            [3, 4],
          ],
          bands: [
            { name: 'low', minScore: 5 },
            { name: 'high', minScore: 3 },
          ],
        }
      }),
    )
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'risks.matrix.grid',
      'risks.matrix.bands.1.minScore',
    ])
  })
})

describe('riskSectionIssues (property)', () => {
  it('returns a PERT issue exactly when min ≤ mostLikely ≤ max fails, whatever the three amounts', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 })
    fc.assert(
      fc.property(amount, amount, amount, (min, mostLikely, max) => {
        const issues = riskSectionIssues({
          register: [
            {
              id: 'r',
              title: 'R',
              category: 'technical',
              likelihood: 3,
              impact: 3,
              response: 'reduce',
              controls: [],
              contingencyPlan: [],
              frequencyPerYear: 1,
              lossPerEventUsd: { distribution: 'pert', min, mostLikely, max },
            },
          ],
          indicators: [],
        })
        expect(issues.length === 0).toBe(min <= mostLikely && mostLikely <= max)
      }),
    )
  })
})
