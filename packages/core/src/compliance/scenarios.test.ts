/**
 * Product scenarios written from the legal texts (EU AI Act as amended by Regulation (EU) 2026/1744,
 * GDPR, PIPL, China's generative-AI, deep-synthesis and labelling rules, NYC LL144, Colorado SB 26-189),
 * each checked for its tier and its key obligations with their articles; as of 2026-11-28 unless stated.
 */
import { describe, expect, it } from 'vitest'
import { citing, runScenario, type ScenarioInput } from './scenario-support.ts'

const ids = (input: ScenarioInput) => runScenario(input).obligations.map((obligation) => obligation.id)

describe('emotion recognition', () => {
  it('returns prohibited for employees in a call centre (Art. 5(1)(f), since 2025-02-02, Art. 99(3) fine)', () => {
    const result = runScenario({
      aiSystem: { biometrics: { emotionRecognition: true }, affectedGroups: ['employees'], role: 'deployer' },
      markets: ['EU'],
    })
    expect(result.euTiers).toContain('prohibited')
    const [ban] = citing(result, 'Art. 5(1)(f)')
    expect(ban?.appliesFrom).toBe('2025-02-02')
    expect(ban?.maxFine).toMatchObject({ fixedAmount: 35_000_000, turnoverPercent: 7, whicheverIs: 'lower' })
  })

  it('returns high-risk Annex III 1(c) and the deployer notice of Art. 50(3) for customers in shops', () => {
    const result = runScenario({
      aiSystem: { biometrics: { emotionRecognition: true }, affectedGroups: ['customers'] },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['high-risk', 'transparency'])
    expect(result.annexIIIPoints).toEqual(['1(c)'])
    expect(citing(result, 'Art. 50(3)')[0]?.bearer).toBe('deployer')
    expect(citing(result, 'Art. 5(1)(f)')).toHaveLength(0)
  })

  it('returns high-risk, not prohibited, for drivers-at-work fatigue detection (medical or safety reason)', () => {
    const result = runScenario({
      aiSystem: {
        biometrics: { emotionRecognition: true, medicalOrSafetyPurpose: true },
        affectedGroups: ['employees'],
      },
      markets: ['EU'],
    })
    expect(result.euTiers).not.toContain('prohibited')
    expect(result.annexIIIPoints).toEqual(['1(c)'])
  })
})

describe('biometric identification', () => {
  it('returns minimal for 1:1 face verification at login (excluded from Annex III 1(a)), with GDPR Art. 9', () => {
    const result = runScenario({
      aiSystem: {
        biometrics: { identification: 'verification' },
        personalData: { processed: true, specialCategories: ['biometric'], peopleCount: 5000 },
      },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['minimal'])
    expect(citing(result, 'Art. 9(2)')[0]?.instrument).toBe('gdpr')
  })

  it('returns high-risk 1(a) with a possible notified body for remote identification after the fact', () => {
    const result = runScenario({
      aiSystem: {
        biometrics: { identification: 'remote-post' },
        personalData: { processed: true, specialCategories: ['biometric'], peopleCount: 100_000 },
      },
      markets: ['EU'],
    })
    expect(result.annexIIIPoints).toEqual(['1(a)'])
    expect(result.conformityAssessment).toMatch(/Annex VII/)
    expect(citing(result, 'Art. 35(3)(c)')).toHaveLength(1)
  })

  it('returns prohibited for real-time remote identification by the police in public spaces (Art. 5(1)(h))', () => {
    const result = runScenario({
      aiSystem: { sector: 'law-enforcement', biometrics: { identification: 'remote-real-time' } },
      markets: ['EU'],
    })
    expect(result.euTiers).toContain('prohibited')
    expect(citing(result, 'Art. 5(1)(h)')).toHaveLength(1)
  })

  it('returns prohibited for categorisation by race or political opinion (Art. 5(1)(g))', () => {
    const result = runScenario({
      aiSystem: { biometrics: { categorisation: true, sensitiveAttributes: true } },
      markets: ['EU'],
    })
    expect(citing(result, 'Art. 5(1)(g)')).toHaveLength(1)
  })
})

describe('financial services', () => {
  it('returns high-risk 5(b) and the fundamental-rights impact assessment (Art. 27) for credit scoring', () => {
    const result = runScenario({
      aiSystem: { sector: 'finance', useCases: ['credit-scoring'], decisionsAboutPeople: 'supports' },
      markets: ['EU'],
    })
    expect(result.annexIIIPoints).toEqual(['5(b)'])
    expect(citing(result, 'Art. 27')[0]?.bearer).toBe('deployer')
  })

  it('returns minimal for fraud detection (excepted from Annex III 5(b))', () => {
    expect(
      runScenario({ aiSystem: { sector: 'finance', useCases: ['fraud-detection'] }, markets: ['EU'] })
        .euTiers,
    ).toEqual(['minimal'])
  })

  it('returns high-risk 5(c) for life and health insurance pricing', () => {
    const result = runScenario({
      aiSystem: {
        sector: 'insurance',
        useCases: ['life-health-insurance-pricing'],
        decisionsAboutPeople: 'makes',
      },
      markets: ['EU'],
    })
    expect(result.annexIIIPoints).toEqual(['5(c)'])
    expect(citing(result, 'Art. 27')).toHaveLength(1)
  })

  it('returns minimal in the EU but Colorado duties for motor insurance pricing', () => {
    const result = runScenario({
      aiSystem: { sector: 'insurance', useCases: ['motor-insurance-pricing'], decisionsAboutPeople: 'makes' },
      markets: ['EU', 'US-CO'],
    })
    expect(result.euTiers).toEqual(['minimal'])
    expect(result.obligations.some((obligation) => obligation.instrument === 'colorado-sb26-189')).toBe(true)
  })

  it('returns Colorado duties as upcoming on 2026-11-28 and in force on 2027-01-01 (loan approvals)', () => {
    const input: ScenarioInput = {
      aiSystem: {
        sector: 'finance',
        useCases: ['credit-scoring'],
        decisionsAboutPeople: 'makes',
        role: 'deployer',
      },
      markets: ['US-CO'],
    }
    const before = runScenario(input).obligations.find((o) => o.id === 'co-pre-use-notice')
    const after = runScenario({ ...input, asOf: '2027-01-01' }).obligations.find(
      (o) => o.id === 'co-pre-use-notice',
    )
    expect(before?.status).toBe('upcoming')
    expect(after?.status).toBe('in-force')
  })
})

describe('employment', () => {
  it('returns high-risk 4(a) but no NYC audit for targeted job ads', () => {
    const result = runScenario({
      aiSystem: { sector: 'employment', useCases: ['job-ad-targeting'], decisionsAboutPeople: 'supports' },
      markets: ['EU', 'US-NY'],
    })
    expect(result.annexIIIPoints).toEqual(['4(a)'])
    expect(result.obligations.some((obligation) => obligation.instrument === 'nyc-ll144')).toBe(false)
  })

  it('returns high-risk 4(b) and Art. 26(7) for monitoring workers', () => {
    const result = runScenario({
      aiSystem: {
        useCases: ['worker-management'],
        affectedGroups: ['employees'],
        decisionsAboutPeople: 'supports',
      },
      markets: ['EU'],
    })
    expect(result.annexIIIPoints).toEqual(['4(b)'])
    expect(citing(result, 'Art. 26')[0]?.obligation).toMatch(/26\(7\)/)
  })

  it("returns only the NYC duties, the employer's own, for a hiring tool used in New York City", () => {
    const result = runScenario({
      aiSystem: { role: 'deployer', useCases: ['candidate-screening'], decisionsAboutPeople: 'supports' },
      markets: ['US-NY'],
      homeMarket: 'US',
    })
    expect(result.euTiers).toEqual([])
    expect(result.todo.map((item) => item.obligationId)).toEqual([
      'nyc-bias-audit',
      'nyc-candidate-notice',
      'nyc-data-policy',
      'nyc-publish-summary',
    ])
    expect(result.obligations[0]?.maxFine).toMatchObject({ currency: 'USD', fixedAmount: 1500 })
  })
})

describe('Art. 6(3) derogation', () => {
  const screening = { sector: 'employment' as const, useCases: ['candidate-screening' as const] }

  it('returns not high-risk, with the documentation and registration duty (Art. 6(4), Art. 49(2)), without profiling', () => {
    const result = runScenario({
      aiSystem: { ...screening, highRiskDerogation: 'preparatory-task' },
      markets: ['EU'],
    })
    expect(result.euTiers).not.toContain('high-risk')
    expect(citing(result, 'Art. 49(2)')).toHaveLength(1)
    expect(citing(result, 'Art. 9')).toHaveLength(0)
  })

  it('returns high-risk and a warning naming both facts when the system profiles people', () => {
    const result = runScenario({
      aiSystem: { ...screening, highRiskDerogation: 'preparatory-task', profiling: true },
      markets: ['EU'],
    })
    expect(result.euTiers).toContain('high-risk')
    expect(result.warnings[0]?.paths).toEqual([
      ['products', 0, 'aiSystem', 'highRiskDerogation'],
      ['products', 0, 'aiSystem', 'profiling'],
    ])
  })
})

describe('generative content', () => {
  it("returns the deployer's Art. 50(4) duty as its own and the provider's Art. 50(2) as the supplier's (deployer-only image generator)", () => {
    const result = runScenario({
      aiSystem: { role: 'deployer', syntheticContent: ['image', 'deepfake'], affectedGroups: ['public'] },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['transparency'])
    expect(citing(result, 'Art. 50(4)')[0]?.ownDuty).toBe(true)
    expect(citing(result, 'Art. 50(2)')[0]?.ownDuty).toBe(false)
    expect(result.todo.some((item) => item.obligationId === 'aia-art-50-2')).toBe(false)
  })

  it('returns Art. 50(2) from 2026-12-02 for a generator placed on the market before 2026-08-02 (Regulation (EU) 2026/1744)', () => {
    const result = runScenario({
      aiSystem: { syntheticContent: ['image'] },
      markets: ['EU'],
      launchMonth: '2026-03',
    })
    const [marking] = citing(result, 'Art. 50(2)')
    expect(marking?.appliesFrom).toBe('2026-12-02')
    expect(marking?.transitionalNote).toMatch(/2026-12-02/)
  })

  it('returns only Art. 50(1) and 50(5) for a customer-service chatbot without generated media', () => {
    const result = runScenario({ aiSystem: { useCases: ['chatbot'] }, markets: ['EU'] })
    expect(result.obligations.filter((o) => o.instrument === 'eu-ai-act').map((o) => o.article)).toEqual([
      'Art. 4',
      'Art. 50(1)',
      'Art. 50(5)',
    ])
  })

  it('returns prohibited from 2026-12-02 for a nudification app: upcoming on 2026-11-28, in force on 2026-12-02', () => {
    const input: ScenarioInput = {
      aiSystem: { useCases: ['intimate-imagery-generation'], syntheticContent: ['image'] },
      markets: ['EU'],
    }
    expect(citing(runScenario(input), 'Art. 5(1)(ba)')[0]?.status).toBe('upcoming')
    expect(citing(runScenario({ ...input, asOf: '2026-12-02' }), 'Art. 5(1)(ba)')[0]?.status).toBe('in-force')
  })

  it('returns prohibited for social scoring (Art. 5(1)(c))', () => {
    expect(runScenario({ aiSystem: { useCases: ['social-scoring'] }, markets: ['EU'] }).euTiers).toContain(
      'prohibited',
    )
  })
})

describe('general-purpose models', () => {
  const gpai = { generalPurposeModel: true, trainsModel: true } as const

  it('returns gpai only, without Art. 53(1)(a)-(b) and Art. 54, for an open-source model under 10^25 FLOP (Art. 53(2), 54(6))', () => {
    const result = runScenario({
      aiSystem: { ...gpai, openSource: true, trainingComputeFlops: 3e24, establishment: 'US' },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['gpai'])
    const articles = result.obligations.map((obligation) => obligation.article)
    expect(articles).toEqual(expect.arrayContaining(['Art. 53(1)(c)', 'Art. 53(1)(d)']))
    expect(articles).not.toContain('Art. 53(1)(a)')
    expect(articles).not.toContain('Art. 54')
  })

  it('returns systemic risk only strictly above 10^25 FLOP (Art. 51(2))', () => {
    const at = (flops: number) =>
      runScenario({ aiSystem: { ...gpai, trainingComputeFlops: flops }, markets: ['EU'] }).euTiers
    expect(at(1e25)).not.toContain('gpai-systemic-risk')
    expect(at(1.0000001e25)).toContain('gpai-systemic-risk')
  })

  it('returns the 2027-08-02 deadline for a model placed on the market before 2025-08-02 (Art. 111(3))', () => {
    const result = runScenario({
      aiSystem: { ...gpai, trainingComputeFlops: 1e24 },
      markets: ['EU'],
      launchMonth: '2025-03',
    })
    expect(citing(result, 'Art. 53(1)(c)')[0]?.appliesFrom).toBe('2027-08-02')
  })

  it('returns the modifier as provider above one third of the original compute, not below (Commission GPAI guidelines)', () => {
    const modified = (share: number) =>
      ids({ aiSystem: { role: 'deployer', modification: { computeShare: share } }, markets: ['EU'] })
    expect(modified(0.4)).toContain('aia-gpai-modifier')
    expect(modified(0.2)).not.toContain('aia-gpai-modifier')
  })

  it('warns naming role and modification when a "deployer" modifies a model with more than a third of its compute', () => {
    const result = runScenario({
      aiSystem: { role: 'deployer', modification: { computeShare: 0.5 } },
      markets: ['EU'],
    })
    expect(result.warnings[0]?.message).toMatch(/role.*computeShare/)
  })
})

describe('product-safety regimes', () => {
  it('returns high-risk via Annex I Section A from 2028-08-02 for a medical-imaging device, with GDPR Art. 9 and a DPIA', () => {
    const result = runScenario({
      aiSystem: {
        sector: 'health',
        productSafetyRegimes: ['medical-device'],
        affectedGroups: ['patients'],
        decisionsAboutPeople: 'supports',
        personalData: { processed: true, specialCategories: ['health'], peopleCount: 400_000 },
      },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['high-risk'])
    expect(citing(result, 'Art. 9').find((o) => o.instrument === 'eu-ai-act')?.appliesFrom).toBe('2028-08-02')
    expect(result.conformityAssessment).toMatch(/Annex I product legislation/)
    expect(citing(result, 'Art. 35(3)(b)')).toHaveLength(1)
    expect(citing(result, 'Art. 9(2)')).toHaveLength(1)
  })

  it('returns the sectoral tier (Art. 2(2), Annex I Section B) and no direct Chapter III duties for autonomous driving', () => {
    const result = runScenario({
      aiSystem: { sector: 'transport', productSafetyRegimes: ['vehicle'] },
      markets: ['EU'],
    })
    expect(result.euTiers).toEqual(['high-risk-sectoral'])
    expect(citing(result, 'Art. 9')).toHaveLength(0)
    expect(citing(result, 'Art. 2(2)')[0]?.appliesFrom).toBe('2028-08-02')
  })

  it('returns the authorised representative (Art. 22) for a high-risk provider established outside the EU', () => {
    const result = runScenario({
      aiSystem: { useCases: ['exam-proctoring'], establishment: 'CN' },
      markets: ['EU'],
      homeMarket: 'CN',
    })
    expect(result.annexIIIPoints).toEqual(['3(d)'])
    expect(citing(result, 'Art. 22')).toHaveLength(1)
  })
})

describe('China', () => {
  const publicService: ScenarioInput = {
    aiSystem: {
      syntheticContent: ['text', 'image'],
      affectedGroups: ['public'],
      publicOpinionAttributes: true,
      personalData: { processed: true, peopleCount: 2_000_000 },
    },
    markets: ['CN'],
    homeMarket: 'CN',
  }

  it('returns the Interim Measures, deep-synthesis and labelling duties for a public-facing generative service', () => {
    const result = runScenario(publicService)
    expect(result.euTiers).toEqual([])
    expect(result.obligations.map((obligation) => obligation.id)).toEqual(
      expect.arrayContaining([
        'cn-genai-art-7',
        'cn-genai-art-17',
        'cn-ds-art-16',
        'cn-ds-art-19',
        'cn-label-art-4',
        'cn-label-art-5',
        'pipl-art-13',
      ]),
    )
    expect(result.obligations.find((o) => o.id === 'cn-label-art-4')?.appliesFrom).toBe('2025-09-01')
    expect(result.intellectualProperty.map((o) => o.id)).toContain('cn-genai-art-7')
  })

  it('returns none of the generative rules for an enterprise-internal assistant', () => {
    const found = ids({
      ...publicService,
      aiSystem: { ...publicService.aiSystem, affectedGroups: ['employees'] },
    })
    expect(found.some((id) => id.startsWith('cn-'))).toBe(false)
  })

  it('returns the CAC security assessment above 1 million people exported a year', () => {
    expect(
      ids({ ...publicService, aiSystem: { ...publicService.aiSystem, personalDataLocations: ['SG'] } }),
    ).toContain('pipl-art-40')
  })

  it('returns the standard contract route, the PIPL representative and a PIPIA for an EU firm with 150,000 users in China', () => {
    const found = ids({
      aiSystem: { personalData: { processed: true, peopleCount: 150_000 }, profiling: true },
      markets: ['CN'],
    })
    expect(found).toEqual(expect.arrayContaining(['pipl-art-38', 'pipl-art-53', 'pipl-art-55']))
  })
})

describe('GDPR transfers', () => {
  it('returns the EU representative and standard contractual clauses for a Chinese firm serving the EU (no adequacy for China)', () => {
    const found = ids({
      aiSystem: { personalData: { processed: true, peopleCount: 200_000 } },
      markets: ['EU'],
      homeMarket: 'CN',
    })
    expect(found).toEqual(expect.arrayContaining(['gdpr-art-27', 'gdpr-art-46']))
  })

  it('returns Art. 45 adequacy, not SCCs, for data hosted in Japan', () => {
    const found = ids({
      aiSystem: { personalData: { processed: true, peopleCount: 10 }, personalDataLocations: ['JP'] },
      markets: ['EU'],
    })
    expect(found).toContain('gdpr-art-45')
    expect(found).not.toContain('gdpr-art-46')
  })
})

describe('facts and fines', () => {
  it('warns naming role and trainsModel for a "deployer" that trains the model', () => {
    const result = runScenario({ aiSystem: { role: 'deployer', trainsModel: true }, markets: ['EU'] })
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'contradictory_facts',
        paths: [
          ['products', 0, 'aiSystem', 'role'],
          ['products', 0, 'aiSystem', 'trainsModel'],
        ],
      }),
    ])
  })

  it('returns the higher of the two caps for a company of 1,000 people and the lower for a small mid-cap (Art. 99(4), 99(6a))', () => {
    const fine = (headcount: number) =>
      citing(
        runScenario({ aiSystem: { useCases: ['credit-scoring'] }, markets: ['EU'], headcount }),
        'Art. 9',
      )[0]?.maxFine.whicheverIs
    expect(fine(1000)).toBe('higher')
    expect(fine(500)).toBe('lower')
  })

  it('returns NIST AI RMF and ISO/IEC 42001 ids for every obligation', () => {
    const result = runScenario({ aiSystem: { useCases: ['credit-scoring'] }, markets: ['EU'] })
    expect(citing(result, 'Art. 10')[0]?.crosswalk).toEqual({
      nistAiRmf: ['MAP 4.1', 'MEASURE 2.11'],
      iso42001: ['A.7.2', 'A.7.4', 'A.7.5'],
    })
    expect(
      result.obligations.every((o) => o.crosswalk.nistAiRmf.length > 0 && o.crosswalk.iso42001.length > 0),
    ).toBe(true)
  })

  it('skips completed obligations in the to-do list', () => {
    const open = runScenario({
      aiSystem: { useCases: ['chatbot'], completedObligations: ['aia-art-4'] },
      markets: ['EU'],
    })
    expect(open.todo.map((item) => item.obligationId)).not.toContain('aia-art-4')
    expect(open.obligations.map((obligation) => obligation.id)).toContain('aia-art-4')
  })

  it('returns a timeline ordered by date', () => {
    const { timeline } = runScenario({
      aiSystem: { useCases: ['credit-scoring'], syntheticContent: ['text'] },
      markets: ['EU'],
    })
    expect(timeline.map((entry) => entry.date)).toEqual(['2025-02-02', '2026-08-02', '2027-12-02'])
  })
})

describe('scope (Art. 2)', () => {
  it('returns the Art. 2(12) exclusion, and no AI literacy duty, for an open-source system with no tier', () => {
    const found = ids({ aiSystem: { openSource: true, useCases: ['spam-filtering'] }, markets: ['EU'] })
    expect(found).toContain('aia-art-2-12')
    expect(found).not.toContain('aia-art-4')
    expect(found).not.toContain('aia-art-95')
  })

  it('returns no exclusion for an open-source system that is high-risk (Art. 2(12) exception)', () => {
    const result = runScenario({
      aiSystem: { openSource: true, useCases: ['credit-scoring'] },
      markets: ['EU'],
    })
    expect(result.euTiers).toContain('high-risk')
    expect(result.obligations.map((o) => o.id)).not.toContain('aia-art-2-12')
  })

  it('returns the territorial reach of Art. 2(1)(c) for a provider established outside the EU', () => {
    const result = runScenario({ aiSystem: { useCases: ['chatbot'] }, markets: ['EU'], homeMarket: 'US' })
    expect(citing(result, 'Art. 2(1)(c)')).toHaveLength(1)
  })
})
