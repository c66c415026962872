import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { evaluateIndicators } from '../analysis/indicators.ts'
import { parsePlanText } from '../plan/parse.ts'
import { analyzeCompliance } from './analyze-compliance.ts'

function example(name: string) {
  const parsed = parsePlanText(
    readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8'),
  )
  if (!parsed.ok) throw new Error(`${name} is invalid`)
  return parsed.plan
}

describe('analyzeCompliance', () => {
  it('returns the GPAI tier for the LLM API below 10^25 FLOP, training compute read from the compute planner', () => {
    const analysis = analyze(example('llm-api-cn-eu'))
    const [chat] = analysis.compliance.products
    // 13B parameters × 3e12 tokens ≈ 6·N·D = 2.3e23 FLOP plus the LoRA run: far below 10^25.
    expect(chat?.facts.trainingComputeFlops).toBeGreaterThan(2e23)
    expect(chat?.facts.trainingComputeFlops).toBeLessThan(1e25)
    expect(chat?.euTiers).toEqual(['gpai', 'transparency'])
    expect(chat?.obligations.map((obligation) => obligation.id)).toEqual(
      expect.arrayContaining([
        'aia-art-53-1-c',
        'aia-art-54',
        'gdpr-art-27',
        'gdpr-art-46',
        'cn-genai-art-7',
      ]),
    )
  })

  it('returns high-risk via Annex I for the medical-imaging triage device from 2028-08-02', () => {
    const [triage] = analyze(example('medical-imaging')).compliance.products
    expect(triage?.euTiers).toContain('high-risk')
    expect(triage?.obligations.find((obligation) => obligation.id === 'aia-art-9')?.appliesFrom).toBe(
      '2028-08-02',
    )
  })

  it('evaluates as of another date when asked, and totals the to-dos', () => {
    const plan = example('llm-api-cn-eu')
    const later = analyzeCompliance(plan, { asOf: '2029-01-01' })
    expect(later.asOf).toBe('2029-01-01')
    expect(later.products.flatMap((p) => p.obligations).every((o) => o.status === 'in-force')).toBe(true)
    expect(later.totals.openTodoCount).toBe(later.products.reduce((sum, p) => sum + p.todo.length, 0))
  })

  it('throws for an evaluation date that is not a date', () => {
    expect(() => analyzeCompliance(example('speech-hardware'), { asOf: '2027-13-01' })).toThrowError(
      /YYYY-MM-DD/,
    )
  })

  it('returns figures the risk register can watch: to-dos due within 90 days and overdue', () => {
    const analysis = analyze(example('llm-api-cn-eu'))
    const [result] = evaluateIndicators(
      [
        {
          id: 'compliance-due',
          title: 'Compliance to-dos due within 90 days',
          value: 'compliance.totals.dueWithin90DaysCount + compliance.totals.overdueCount',
          warnWhen: 'above',
          amber: 0,
          red: 5,
        },
      ],
      analysis,
    )
    expect(result?.value).toBe(
      analysis.compliance.totals.dueWithin90DaysCount + analysis.compliance.totals.overdueCount,
    )
  })
})
