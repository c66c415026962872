import { describe, expect, it } from 'vitest'
import { analyzeExpansion, jurisdictionOf } from './expansion.ts'
import { coversMarket } from './regimes.ts'
import { examplePlan } from './test-support/examples.ts'

describe('analyzeExpansion', () => {
  it('returns the regimes of each market of the llm-api example', () => {
    const { markets } = analyzeExpansion(examplePlan('llm-api-cn-eu'))
    const ids = (market: string) =>
      markets.find((item) => item.market === market)!.regimes.map((regime) => regime.id)
    expect(ids('EU')).toEqual(['eu-ai-act', 'gdpr'])
    expect(ids('CN')).toEqual([
      'cn-pipl',
      'cn-data-security',
      'cn-generative-ai',
      'cn-deep-synthesis',
      'cn-algorithm-recommendation',
    ])
    expect(markets.find((item) => item.market === 'EU')!.localisation).toContain('euGdprRepresentative')
    expect(markets.find((item) => item.market === 'CN')!.localisation).toContain('cnContentLabelling')
  })

  it('returns the EU → China transfer under GDPR chapter V when EU data is served from China', () => {
    const { transfers } = analyzeExpansion(examplePlan('llm-api-cn-eu'))
    expect(transfers).toEqual([
      expect.objectContaining({
        from: 'EU',
        to: 'CN',
        rule: 'gdpr-chapter-v',
        products: ['qm-api', 'qm-enterprise-qa'],
      }),
    ])
  })

  it('returns a China → EU transfer under PIPL when Chinese users are served from an EU region', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.models[0]!.serving = { ...plan.models[0]!.serving!, region: 'de' }
    const { transfers } = analyzeExpansion(plan)
    expect(transfers).toEqual([expect.objectContaining({ from: 'CN', to: 'EU', rule: 'pipl-outbound' })])
  })

  it('returns no transfer without personal data', () => {
    const plan = examplePlan('llm-api-cn-eu')
    for (const product of plan.products) product.aiSystem.personalData.processed = false
    expect(analyzeExpansion(plan).transfers).toEqual([])
  })
})

describe('coversMarket and jurisdictionOf', () => {
  it('returns whether a regime market covers a member state or state', () => {
    expect(coversMarket('EU', 'EU-DE')).toBe(true)
    expect(coversMarket('US-CA', 'US')).toBe(false)
    expect(jurisdictionOf('US-CA')).toBe('US')
  })
})
