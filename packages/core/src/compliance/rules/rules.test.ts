import { describe, expect, it } from 'vitest'
import { complianceRules, legalSources, obligationsZh, penalties } from './index.ts'

describe('complianceRules', () => {
  it('returns unique ids', () => {
    const ids = complianceRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('returns every rule with a known penalty and source, and an ISO date', () => {
    const penaltyIds = new Set(penalties.map((penalty) => penalty.id))
    for (const rule of complianceRules) {
      expect(penaltyIds.has(rule.penalty), rule.id).toBe(true)
      expect(Object.keys(legalSources), rule.id).toContain(rule.source)
      expect(rule.appliesFrom, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('returns a Chinese text for every rule, and none for a rule that does not exist', () => {
    for (const rule of complianceRules)
      expect(rule.obligationZh ?? obligationsZh[rule.id], rule.id).toBeTruthy()
    const ids = new Set(complianceRules.map((rule) => rule.id))
    expect(Object.keys(obligationsZh).filter((id) => !ids.has(id))).toEqual([])
  })
})
