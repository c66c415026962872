import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { parsePlan, parsePlanText, validatePlan } from './parse.ts'

const example = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')

const minimal = `formatVersion: 1
asOf: 2026-11-28
company:
  name: Tiny
  foundedOn: 2026-01-05
  homeMarket: US
  marketsServed: [US]
funding:
  cashUsd: 100000
`

describe('parsePlanText', () => {
  it('returns a complete plan with defaults filled in', () => {
    const result = parsePlanText(minimal)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan.company.stage).toBe('seed')
    expect(result.plan.company.currency).toBe('USD')
    expect(result.plan.finance.horizonMonths).toBe(60)
    expect(result.plan.team.salaryOverheadRate).toBe(0.25)
    expect(result.plan.products).toEqual([])
  })

  it('reads the example venture', () => {
    const result = parsePlanText(example, { fileName: 'llm-api-cn-eu.yaml' })
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('accepts money as a decimal string and as a number alike', () => {
    const asString = parsePlanText(minimal.replace('100000', '"100000.50"'))
    const asNumber = parsePlanText(minimal.replace('100000', '100000.50'))
    expect(asString.ok && asString.plan.funding.cashUsd).toBe(100000.5)
    expect(asNumber.ok && asNumber.plan.funding.cashUsd).toBe(100000.5)
  })

  it('reports the issue example with path, value and line:column', () => {
    const text = example.replace('gpus: 512', 'gpus: -8')
    const result = parsePlanText(text, { fileName: 'plan.yaml' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue?.path).toEqual(['models', 0, 'training', 'gpus'])
    expect(issue?.message).toBe('expected a positive integer, got -8')
    const line = text.split('\n').findIndex((l) => l.includes('gpus: -8')) + 1
    expect(issue?.source).toEqual({ file: 'plan.yaml', line, column: 13 })
  })

  it('reports every mistake at once, each with its own position', () => {
    const text = minimal
      .replace('name: Tiny', 'name: Tiny\n  stag: seed')
      .replace('foundedOn: 2026-01-05', 'foundedOn: 2026-02-30')
      .replace('cashUsd: 100000', 'cashUsd: -5')
    const result = parsePlanText(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => [issue.code, issue.path.join('.'), issue.source?.line])).toEqual([
      ['unknown_key', 'company.stag', 5],
      ['expected', 'company.foundedOn', 6],
      ['expected', 'funding.cashUsd', 10],
    ])
    expect(result.issues[0]?.message).toBe('unknown key "stag"; did you mean "stage"?')
  })

  it('suggests the closest allowed word for a misspelt choice', () => {
    const result = parsePlanText(minimal.replace('name: Tiny', 'name: Tiny\n  stage: seires-a'))
    expect(!result.ok && result.issues[0]?.params?.suggestion).toBe('series-a')
  })

  it('reports a missing required key at its parent', () => {
    const result = parsePlanText(minimal.replace('  homeMarket: US\n', ''))
    expect(
      !result.ok && result.issues.map((issue) => [issue.code, issue.path.join('.'), issue.source?.line]),
    ).toEqual([['missing', 'company.homeMarket', 4]])
  })

  it('reads JSON with positions too', () => {
    const json = JSON.stringify({ ...validatePlanInput(), asOf: '2026-13-01' }, null, 2)
    const result = parsePlanText(json, { fileName: 'plan.json' })
    expect(!result.ok && result.issues[0]?.source).toEqual({ file: 'plan.json', line: 3, column: 11 })
  })

  it('reports YAML syntax errors with their position', () => {
    const result = parsePlanText('company:\n  name: [unclosed\n')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues[0]?.code).toBe('syntax')
    expect(!result.ok && result.issues[0]?.source?.line).toBeGreaterThan(0)
  })

  it('refuses duplicate keys rather than keeping the last one', () => {
    const result = parsePlanText(minimal.replace('  name: Tiny\n', '  name: Tiny\n  name: Other\n'))
    expect(!result.ok && result.issues[0]?.code).toBe('syntax')
  })

  it('explains a wrong business model with the allowed ones', () => {
    const text = `${minimal}products:\n  - id: p\n    name: P\n    scenario: nlp\n    launchMonth: 2026-05\n    revenue: { model: subscription }\n`
    const result = parsePlanText(text)
    expect(!result.ok && result.issues[0]?.message).toMatch(/expected one of saas, api, solution/)
    expect(!result.ok && result.issues[0]?.path).toEqual(['products', 0, 'revenue', 'model'])
  })
})

describe('cross-field checks', () => {
  it('returns unknown references with a suggestion', () => {
    const result = parsePlanText(example.replace('servingModel: qm-13b', 'servingModel: qm-13'))
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.params?.suggestion])).toEqual([
      ['unknown_reference', 'qm-13b'],
    ])
  })
  it('returns a range whose min exceeds its max', () => {
    const result = parsePlanText(example.replace('min: 1.6', 'min: 3.6'))
    expect(!result.ok && result.issues[0]?.code).toBe('range_order')
  })
  it('returns a round dated before the company was founded', () => {
    const result = parsePlanText(example.replace('month: 2027-10', 'month: 2023-10'))
    expect(!result.ok && result.issues[0]?.path).toEqual(['funding', 'plannedRounds', 0, 'month'])
  })
  it('returns an assumption whose path names no number', () => {
    const result = parsePlanText(
      example.replace('path: products[0].revenue.monthlyGrowthRate', 'path: products[0].revenue.growth'),
    )
    expect(!result.ok && result.issues[0]?.code).toBe('assumption_path')
  })
})

describe('parsePlan', () => {
  it('throws a UserError carrying every issue', () => {
    expect(() => parsePlan('formatVersion: 1')).toThrow(UserError)
    try {
      parsePlan('formatVersion: 1')
    } catch (error) {
      expect((error as UserError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'asOf',
        'company',
        'funding',
      ])
    }
  })
})

function validatePlanInput() {
  return {
    formatVersion: 1,
    asOf: '2026-11-28',
    company: { name: 'Tiny', foundedOn: '2026-01-05', homeMarket: 'US', marketsServed: ['US'] },
    funding: { cashUsd: 1 },
  }
}

describe('validatePlan', () => {
  it('validates plain data the same way, without positions', () => {
    const result = validatePlan({ ...validatePlanInput(), formatVersion: 9 })
    expect(!result.ok && result.issues[0]?.code).toBe('format_too_new')
  })
})
