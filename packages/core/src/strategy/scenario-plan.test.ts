import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/index.ts'
import { parsePlanText } from '../plan/index.ts'
import { scenarioPlan } from './scenario-plan.ts'
import { scenarioTemplateIds } from './scenario-templates.ts'
import { toYaml } from './yaml-writer.ts'

describe('scenarioPlan', () => {
  for (const id of scenarioTemplateIds) {
    for (const language of ['en', 'zh-CN'] as const) {
      it(`returns a ${id} plan (${language}) that parses and analyses`, () => {
        const parsed = parsePlanText(scenarioPlan(id, language, '2026-11-28'))
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        expect(parsed.plan.asOf).toBe('2026-11-28')
        expect(analyze(parsed.plan).company.name.length).toBeGreaterThan(0)
      })
    }
  }

  it('returns the same text for the same inputs (no clock, no randomness)', () => {
    expect(scenarioPlan('nlp', 'en', '2026-11-28')).toBe(scenarioPlan('nlp', 'en', '2026-11-28'))
  })

  it('dates the training start and launch from today (launch a year later)', () => {
    const text = scenarioPlan('speech', 'en', '2027-03-05')
    expect(text).toContain('startMonth: 2027-03')
    expect(text).toContain('launchMonth: 2028-03')
  })
})

describe('toYaml', () => {
  it('returns an empty object and quoted ambiguous scalars', () => {
    expect(toYaml([{ key: 'a', value: { b: {}, c: 'no', d: '12', e: 'plain text' } }])).toBe(
      'a:\n  b: {}\n  c: "no"\n  d: "12"\n  e: plain text\n',
    )
  })
})
