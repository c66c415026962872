/**
 * The scenarios of the project's reference file (`shared/reference/compliance.yaml`, as of 2026-11-28):
 * tier, citations, dates and fines must match the expected values there.
 */
import { describe, expect, it } from 'vitest'
import { complianceRules, penalties } from './rules/index.ts'
import { citing, runScenario } from './scenario-support.ts'

const asOf = '2026-11-28'

describe('reference EU-11: CV screening and ranking SaaS (EU, NYC, Colorado)', () => {
  const result = runScenario({
    aiSystem: {
      intendedPurpose: 'Parse CVs, score and rank applicants, auto-reject the bottom 50%',
      sector: 'employment',
      role: 'provider',
      useCases: ['candidate-screening'],
      affectedGroups: ['job-applicants'],
      personalData: { processed: true, peopleCount: 50_000 },
      decisionsAboutPeople: 'makes',
      profiling: true,
    },
    markets: ['EU', 'US-NY', 'US-CO'],
    asOf,
  })

  it('returns the high-risk tier only', () => {
    expect(result.euTiers).toEqual(['high-risk'])
    expect(result.annexIIIPoints).toEqual(['4(a)'])
  })

  it.each([
    'Annex III point 4(a)',
    'Art. 6(2)',
    'Art. 9',
    'Art. 10',
    'Art. 11',
    'Art. 12',
    'Art. 13',
    'Art. 14',
    'Art. 15',
    'Art. 16',
    'Art. 17',
    'Art. 43',
    'Art. 49',
    'Art. 72',
  ])('cites %s from 2027-12-02 (Digital Omnibus date)', (article) => {
    const hits = citing(result, article).filter((obligation) => obligation.instrument === 'eu-ai-act')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((obligation) => obligation.appliesFrom === '2027-12-02')).toBe(true)
    expect(hits.every((obligation) => obligation.status === 'upcoming')).toBe(true)
  })

  it("returns the deployers' duties Art. 26 and Art. 86, borne by the customers", () => {
    for (const article of ['Art. 26', 'Art. 86']) {
      const [duty] = citing(result, article)
      expect(duty?.bearer).toBe('deployer')
      expect(duty?.ownDuty).toBe(false)
    }
    expect(citing(result, 'Art. 26')[0]?.obligation).toMatch(/26\(7\).*26\(11\)/)
  })

  it('returns internal control (Annex VI) as the conformity assessment', () => {
    expect(result.conformityAssessment).toMatch(/Annex VI.*Art\. 43\(2\)/)
  })

  it.each(['Art. 22', 'Art. 35(3)(a)', 'Art. 13(2)(f)', 'Art. 15(1)(h)'])('cites GDPR %s', (article) => {
    expect(citing(result, article).some((obligation) => obligation.instrument === 'gdpr')).toBe(true)
  })

  it('returns the NYC LL144 audit, summary and ten-business-day notice, in force since 2023-07-05', () => {
    const nyc = result.obligations.filter((obligation) => obligation.instrument === 'nyc-ll144')
    expect(nyc.map((obligation) => obligation.id)).toEqual(
      expect.arrayContaining(['nyc-bias-audit', 'nyc-publish-summary', 'nyc-candidate-notice']),
    )
    expect(nyc.find((o) => o.id === 'nyc-bias-audit')?.obligation).toMatch(
      /sex, race\/ethnicity and intersectional/,
    )
    expect(nyc.find((o) => o.id === 'nyc-candidate-notice')?.obligation).toMatch(/ten business days/)
    expect(nyc.every((obligation) => obligation.appliesFrom === '2023-07-05')).toBe(true)
  })

  it('returns the Colorado SB 26-189 duties from 2027-01-01', () => {
    const colorado = result.obligations.filter((obligation) => obligation.instrument === 'colorado-sb26-189')
    expect(colorado.map((obligation) => obligation.id)).toEqual([
      'co-adverse-explanation',
      'co-correction-review',
      'co-developer-documentation',
      'co-pre-use-notice',
      'co-records',
    ])
    expect(colorado.every((obligation) => obligation.appliesFrom === '2027-01-01')).toBe(true)
    expect(colorado.find((o) => o.id === 'co-adverse-explanation')?.obligation).toMatch(/30 days/)
    expect(colorado.find((o) => o.id === 'co-records')?.obligation).toMatch(/three years/)
  })

  it('returns the Art. 99(4) fine, the lower of EUR 15m and 3 % for an SME (Art. 99(6))', () => {
    const fine = citing(result, 'Art. 9')[0]?.maxFine
    expect(fine).toMatchObject({
      fixedAmount: 15_000_000,
      turnoverPercent: 3,
      currency: 'EUR',
      whicheverIs: 'lower',
    })
  })
})

describe('reference EU-24: homework-help chatbot for pupils (no grading)', () => {
  const result = runScenario({
    aiSystem: {
      sector: 'education',
      useCases: ['chatbot'],
      affectedGroups: ['students', 'children'],
      personalData: { processed: true, minors: true, peopleCount: 20_000 },
      syntheticContent: ['text'],
    },
    markets: ['EU'],
    asOf,
  })

  it('returns the transparency tier and not high-risk', () => {
    expect(result.euTiers).toEqual(['transparency'])
  })

  it.each(['Art. 50(1)', 'Art. 50(2)', 'Art. 50(5)'])('cites %s from 2026-08-02', (article) => {
    const [hit] = citing(result, article)
    expect(hit?.appliesFrom).toBe('2026-08-02')
    expect(hit?.status).toBe('in-force')
  })

  it.each(['Art. 8', 'Art. 12', 'Art. 35'])('cites GDPR %s', (article) => {
    expect(citing(result, article).some((obligation) => obligation.instrument === 'gdpr')).toBe(true)
  })
})

describe('reference EU-29: corporate e-mail spam filter', () => {
  const result = runScenario({ aiSystem: { useCases: ['spam-filtering'] }, markets: ['EU'], asOf })

  it('returns the minimal tier only', () => {
    expect(result.euTiers).toEqual(['minimal'])
  })

  it('cites Art. 4 (from 2025-02-02) and Art. 95 (voluntary codes)', () => {
    expect(citing(result, 'Art. 4')[0]?.appliesFrom).toBe('2025-02-02')
    expect(citing(result, 'Art. 95')).toHaveLength(1)
  })
})

describe('reference EU-35: open-weights frontier model trained with 5e25 FLOP', () => {
  const result = runScenario({
    aiSystem: {
      role: 'provider',
      establishment: 'US',
      generalPurposeModel: true,
      trainsModel: true,
      trainingComputeFlops: 5e25,
      openSource: true,
    },
    markets: ['EU', 'US'],
    homeMarket: 'US',
    launchMonth: '2026-01',
    asOf,
  })

  it('returns the gpai and gpai-systemic-risk tiers', () => {
    expect(result.euTiers).toEqual(expect.arrayContaining(['gpai', 'gpai-systemic-risk']))
  })

  it.each([
    'Art. 51(1)(a)',
    'Art. 51(2)',
    'Art. 52(1)',
    'Art. 53(1)(a)',
    'Art. 53(1)(b)',
    'Art. 53(1)(c)',
    'Art. 53(1)(d)',
    'Art. 54',
    'Art. 55(1)',
  ])(
    'cites %s from 2025-08-02 although the weights are open (systemic risk removes the exemption)',
    (article) => {
      const [hit] = citing(result, article)
      expect(hit?.appliesFrom).toBe('2025-08-02')
    },
  )

  it('returns the Art. 101 fine: 3 % or EUR 15m, whichever is higher, imposed by the Commission', () => {
    const fine = citing(result, 'Art. 55(1)')[0]?.maxFine
    expect(fine).toMatchObject({
      article: 'Art. 101(1)',
      fixedAmount: 15_000_000,
      turnoverPercent: 3,
      whicheverIs: 'higher',
    })
    expect(fine?.text).toMatch(/2026-08-02/)
  })

  it('returns the notification to the Commission due within two weeks', () => {
    const item = result.todo.find((todo) => todo.obligationId === 'aia-art-52-1')
    expect(item?.dueOn).toBe('2026-01-15')
  })

  it('returns the authorised representative duty for the non-EU provider', () => {
    expect(citing(result, 'Art. 54')[0]?.obligation).toMatch(/authorised representative/)
  })
})

describe('reference dates and fines (compliance.yaml `dates` and `fines`)', () => {
  const ruleDate = (id: string) => complianceRules.find((rule) => rule.id === id)?.appliesFrom
  const transitional = (id: string) =>
    complianceRules.find((rule) => rule.id === id)?.transitional?.appliesFrom

  it.each([
    ['prohibitions_art5', ruleDate('aia-art-5-1-a'), '2025-02-02'],
    ['art5_new_points_ba_bb', ruleDate('aia-art-5-1-ba'), '2026-12-02'],
    ['art5_new_points_ba_bb', ruleDate('aia-art-5-1-bb'), '2026-12-02'],
    ['ai_literacy_art4', ruleDate('aia-art-4'), '2025-02-02'],
    ['gpai_obligations', ruleDate('aia-art-53-1-c'), '2025-08-02'],
    ['gpai_models_placed_before_2025_08_02_deadline', transitional('aia-art-53-1-c'), '2027-08-02'],
    ['commission_gpai_fines_art101', penalties.find((p) => p.id === 'aia-101')?.appliesFrom, '2026-08-02'],
    ['penalties_chapter_xii', penalties.find((p) => p.id === 'aia-99-4')?.appliesFrom, '2025-08-02'],
    ['transparency_art50', ruleDate('aia-art-50-1'), '2026-08-02'],
    ['art50_2_marking_for_systems_placed_before_2026_08_02', transitional('aia-art-50-2'), '2026-12-02'],
    ['high_risk_annex_iii', ruleDate('aia-art-9'), '2027-12-02'],
    ['high_risk_annex_i', transitional('aia-art-9'), '2028-08-02'],
    ['colorado_sb26_189', ruleDate('co-pre-use-notice'), '2027-01-01'],
    ['china_labelling_measures', ruleDate('cn-label-art-4'), '2025-09-01'],
    ['nyc_ll144_enforcement', ruleDate('nyc-bias-audit'), '2023-07-05'],
  ])('returns %s = %s', (_name, computed, published) => {
    expect(computed).toBe(published)
  })

  it.each([
    ['eu_ai_act_art5', 'aia-99-3', 35_000_000, 7, ['sme']],
    ['eu_ai_act_operator_obligations_incl_art50', 'aia-99-4', 15_000_000, 3, ['sme', 'small-mid-cap']],
    ['eu_ai_act_misleading_info', 'aia-99-5', 7_500_000, 1, ['sme', 'small-mid-cap']],
    ['eu_ai_act_gpai_providers', 'aia-101', 15_000_000, 3, undefined],
    ['gdpr_83_4', 'gdpr-83-4', 10_000_000, 2, undefined],
    ['gdpr_83_5', 'gdpr-83-5', 20_000_000, 4, undefined],
    ['pipl_art66', 'pipl-66', 50_000_000, 5, undefined],
    ['nyc_ll144', 'nyc-20-872', 1500, null, undefined],
  ] as const)('returns the %s cap', (_name, id, amount, percent, lowerFor) => {
    const penalty = penalties.find((candidate) => candidate.id === id)
    expect([penalty?.fixedAmount, penalty?.turnoverPercent, penalty?.lowerCapFor]).toEqual([
      amount,
      percent,
      lowerFor,
    ])
  })
})
