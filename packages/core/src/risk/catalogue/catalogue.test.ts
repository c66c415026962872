import { describe, expect, it } from 'vitest'
import { riskCategories } from '../../plan/risk.ts'
import { catalogueRisk, catalogueRisks, catalogueText } from './catalogue.ts'

// NIST AI 600-1 (July 2024), §2: the twelve risks unique to or exacerbated by generative AI.
const nistRisks = [
  '§2.1 CBRN Information or Capabilities',
  '§2.2 Confabulation',
  '§2.3 Dangerous, Violent, or Hateful Content',
  '§2.4 Data Privacy',
  '§2.5 Environmental Impacts',
  '§2.6 Harmful Bias and Homogenization',
  '§2.7 Human-AI Configuration',
  '§2.8 Information Integrity',
  '§2.9 Information Security',
  '§2.10 Intellectual Property',
  '§2.11 Obscene, Degrading, and/or Abusive Content',
  '§2.12 Value Chain and Component Integration',
]

// The seed's risks (question 9) the catalogue must hold.
const seedRisks = [
  'training-cost',
  'data-privacy',
  'explainability',
  'compute-supply',
  'generalisation',
  'market-demand',
  'funding-gap',
  'key-person',
  'policy-change',
  'intellectual-property',
  'algorithmic-discrimination',
]

describe('catalogueRisks', () => {
  it('returns the seed’s eleven risks, each citing the seed', () => {
    for (const id of seedRisks) expect(catalogueRisk(id)?.sources[0]).toMatch(/^Seed question 9/)
  })

  it('returns every one of the twelve NIST AI 600-1 generative-AI risks, cited by section and name', () => {
    const cited = new Set(catalogueRisks.flatMap((risk) => risk.sources))
    for (const name of nistRisks) expect(cited.has(`NIST AI 600-1 ${name}`)).toBe(true)
  })

  it('returns MIT AI Risk Repository citations that name real domains (1.1–7.6, Slattery et al. 2024)', () => {
    const subdomains: Record<number, number> = { 1: 3, 2: 2, 3: 2, 4: 3, 5: 2, 6: 6, 7: 6 }
    const mit = catalogueRisks.flatMap((risk) => risk.sources).filter((source) => source.startsWith('MIT'))
    expect(mit.length).toBeGreaterThan(10)
    for (const source of mit) {
      for (const match of source.matchAll(/(\d)\.(\d)/g)) {
        expect(Number(match[2])).toBeLessThanOrEqual(subdomains[Number(match[1])] ?? 0)
      }
    }
  })

  it('returns unique ids, the seed’s categories, levels on the default scale, and text in both languages', () => {
    expect(new Set(catalogueRisks.map((risk) => risk.id)).size).toBe(catalogueRisks.length)
    for (const risk of catalogueRisks) {
      expect(riskCategories).toContain(risk.category)
      expect([risk.likelihood, risk.impact].every((level) => level >= 1 && level <= 5)).toBe(true)
      for (const language of ['en', 'zh-CN'] as const) {
        const text = catalogueText(risk, language)
        expect(text.title.length).toBeGreaterThan(0)
        expect(text.description.length).toBeGreaterThan(0)
        expect(text.controls.length).toBeGreaterThan(0)
        expect(text.contingencyPlan.length).toBeGreaterThan(0)
      }
      // Same number of controls and steps in each language: the translation is complete.
      expect(risk.text['zh-CN'].controls.length).toBe(risk.text.en.controls.length)
      expect(risk.text['zh-CN'].contingencyPlan.length).toBe(risk.text.en.contingencyPlan.length)
      expect(risk.text['zh-CN'].title).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})

describe('catalogueRisk edge cases', () => {
  it('returns undefined for an unknown id', () => {
    expect(catalogueRisk('no-such-risk')).toBeUndefined()
  })
})
