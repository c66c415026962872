/**
 * @module compliance/rules/eu-ai-act-high-risk
 * EU AI Act high-risk systems: the Annex III points (Art. 6(2)), the Art. 6(3) derogation with its
 * profiling override and registration duty, Annex I products (Section A through the AI Act, Section B
 * through the sectoral type-approval acts, Art. 2(2)), and the provider and deployer duties of Chapter III.
 * Dates as amended by Regulation (EU) 2026/1744: Annex III from 2027-12-02, Annex I from 2028-08-02.
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'
import { annexIIITitlesZh } from './obligations-zh.ts'

const base = { jurisdiction: 'EU', instrument: 'eu-ai-act', source: 'aia' } as const
const annexIIIFrom = '2027-12-02'
const annexIFrom = '2028-08-02'
const eu = when.yes('inEu')
const highRisk = when.all(eu, when.yes('derived.highRisk'))
const viaAnnexI = {
  when: when.is('derived.highRiskRoute', 'annex-i'),
  appliesFrom: annexIFrom,
  note: 'Annex I products: from 2028-08-02 (Art. 113 as amended by Regulation (EU) 2026/1744).',
}

/** Annex III points with our short title of each; `classify.ts` decides which ones a product meets. */
export const annexIIIPoints: ReadonlyArray<{ readonly point: string; readonly title: string }> = [
  { point: '1(a)', title: 'remote biometric identification' },
  { point: '1(b)', title: 'biometric categorisation by protected attributes' },
  { point: '1(c)', title: 'emotion recognition' },
  { point: '2', title: 'safety component of critical infrastructure' },
  { point: '3(a)', title: 'admission to education and training' },
  { point: '3(b)', title: 'evaluating learning outcomes' },
  { point: '3(c)', title: 'assessing the level of education a person will receive' },
  { point: '3(d)', title: 'monitoring students during tests' },
  { point: '4(a)', title: 'recruitment: targeted job ads, filtering applications, evaluating candidates' },
  { point: '4(b)', title: 'decisions on work relationships, task allocation, monitoring workers' },
  { point: '5(a)', title: 'eligibility for public assistance benefits and services' },
  { point: '5(b)', title: 'creditworthiness and credit scoring (fraud detection excepted)' },
  { point: '5(c)', title: 'risk assessment and pricing in life and health insurance' },
  { point: '5(d)', title: 'triage of emergency calls and dispatch' },
  { point: '6(b)', title: 'polygraphs and similar tools for law enforcement' },
  { point: '6(c)', title: 'reliability of evidence in criminal investigations' },
  { point: '6(d)', title: 'risk of offending or victimisation assessed for law enforcement' },
  { point: '7(a)', title: 'polygraphs and similar tools in migration and border control' },
  { point: '7(b)', title: 'security, irregular-migration or health risk of people entering' },
  { point: '7(c)', title: 'examining asylum, visa and residence applications' },
  { point: '7(d)', title: 'detecting, recognising or identifying people in migration contexts' },
  { point: '8(a)', title: 'assisting judicial authorities in researching and applying the law' },
  { point: '8(b)', title: 'influencing the outcome of an election or referendum' },
]

const annexIIIRules: Rule[] = annexIIIPoints.map(({ point, title }) => ({
  ...base,
  id: `aia-annex-iii-${point.replace(/[()]/g, '')}`,
  article: `Art. 6(2); Annex III point ${point}`,
  when: when.all(
    eu,
    when.includes('derived.annexIIIPoints', point),
    when.not(when.yes('derived.derogationApplies')),
  ),
  obligation: `High-risk (Annex III point ${point}: ${title}): meet the Chapter III requirements before placing on the market.`,
  obligationZh: `高风险（附件三第 ${point} 点：${annexIIITitlesZh[point] ?? title}）：投放市场前满足第三章要求。`,
  bearer: 'provider',
  appliesFrom: annexIIIFrom,
  penalty: 'aia-99-4',
  topic: 'conformity',
  tier: 'high-risk',
}))

const provider = (
  id: string,
  article: string,
  topic: Rule['topic'],
  obligation: string,
  extra: Partial<Rule> = {},
): Rule => ({
  ...base,
  id,
  article,
  when: highRisk,
  obligation,
  bearer: 'provider',
  appliesFrom: annexIIIFrom,
  transitional: viaAnnexI,
  penalty: 'aia-99-4',
  topic,
  ...extra,
})

const deployer = (
  id: string,
  article: string,
  topic: Rule['topic'],
  obligation: string,
  extra: Partial<Rule> = {},
): Rule => provider(id, article, topic, obligation, { bearer: 'deployer', ...extra })

export const euAiActHighRiskRules: readonly Rule[] = [
  ...annexIIIRules,
  {
    ...base,
    id: 'aia-art-6-3',
    article: 'Art. 6(3)-(4); Art. 49(2)',
    when: when.all(eu, when.nonEmpty('derived.annexIIIPoints'), when.yes('derived.derogationApplies')),
    obligation:
      'Not high-risk under the Art. 6(3) derogation: document the assessment before placing on the market, register the system in the EU database (Art. 49(2)) and show the assessment on request.',
    bearer: 'provider',
    appliesFrom: annexIIIFrom,
    penalty: 'aia-99-4',
    topic: 'registration',
  },
  {
    ...base,
    id: 'aia-annex-i-a',
    article: 'Art. 6(1); Annex I Section A',
    when: when.all(eu, when.yes('derived.annexISectionA')),
    obligation:
      'High-risk as (a safety component of) a product under Annex I Section A needing third-party conformity assessment: meet Chapter III within the sectoral procedure.',
    bearer: 'provider',
    appliesFrom: annexIFrom,
    penalty: 'aia-99-4',
    topic: 'conformity',
    tier: 'high-risk',
  },
  {
    ...base,
    id: 'aia-annex-i-b',
    article: 'Art. 2(2); Art. 6(1); Annex I Section B',
    when: when.all(eu, when.yes('derived.annexISectionB')),
    obligation:
      'High-risk product under Annex I Section B (vehicles, aviation, …): the Chapter III requirements reach you through the sectoral type-approval acts (Arts 102-109), not directly.',
    bearer: 'provider',
    appliesFrom: annexIFrom,
    penalty: 'none',
    topic: 'conformity',
    tier: 'high-risk-sectoral',
  },
  provider(
    'aia-art-9',
    'Art. 9',
    'risk-management',
    'Run a documented risk-management system over the whole lifecycle.',
  ),
  provider(
    'aia-art-10',
    'Art. 10',
    'data-governance',
    'Govern training, validation and test data: relevance, representativeness, errors, and examination for possible biases.',
  ),
  provider(
    'aia-art-11',
    'Art. 11',
    'documentation',
    'Draw up Annex IV technical documentation before placing on the market.',
  ),
  provider('aia-art-12', 'Art. 12', 'logging', 'Log events automatically over the lifetime of the system.'),
  provider(
    'aia-art-13',
    'Art. 13',
    'transparency',
    "Design for transparency and give deployers instructions for use, including the system's capabilities, limits and output interpretation.",
    { tags: ['explainability'] },
  ),
  provider(
    'aia-art-14',
    'Art. 14',
    'human-oversight',
    'Design for effective human oversight, including the ability to override and stop.',
  ),
  provider(
    'aia-art-15',
    'Art. 15',
    'robustness-security',
    'Achieve appropriate accuracy, robustness and cybersecurity, and declare accuracy metrics.',
  ),
  provider(
    'aia-art-16',
    'Art. 16',
    'conformity',
    'Carry the provider duties: name and address on the system, keep documentation and logs, corrective actions, cooperate with authorities.',
  ),
  provider(
    'aia-art-17',
    'Art. 17',
    'quality-management',
    'Put a written quality management system in place.',
  ),
  provider(
    'aia-art-22',
    'Art. 22',
    'representative',
    'Appoint an authorised representative established in the EU by written mandate (provider established outside the EU).',
    { when: when.all(highRisk, when.not(when.yes('establishedInEu'))) },
  ),
  provider(
    'aia-art-43',
    'Art. 43',
    'conformity',
    'Pass the conformity assessment: internal control (Annex VI) for Annex III points 2-8; Annex VI or a notified body (Annex VII) for point 1; the sectoral procedure for Annex I products.',
  ),
  provider('aia-art-47', 'Art. 47', 'conformity', 'Sign an EU declaration of conformity.'),
  provider('aia-art-48', 'Art. 48', 'conformity', 'Affix the CE marking.'),
  provider(
    'aia-art-49',
    'Art. 49(1)',
    'registration',
    'Register the system in the EU database before placing it on the market (Annex III systems).',
    { when: when.all(highRisk, when.is('derived.highRiskRoute', 'annex-iii')) },
  ),
  provider('aia-art-72', 'Art. 72', 'post-market', 'Run post-market monitoring proportionate to the risks.'),
  provider(
    'aia-art-73',
    'Art. 73',
    'incident-reporting',
    'Report serious incidents to the market surveillance authority (within 15 days at most).',
  ),
  deployer(
    'aia-art-26',
    'Art. 26',
    'human-oversight',
    "Use per the instructions, assign competent human oversight, monitor operation, keep logs at least six months; inform workers' representatives before workplace use (26(7)) and inform people subject to decisions (26(11)).",
  ),
  deployer(
    'aia-art-27',
    'Art. 27',
    'impact-assessment',
    'Carry out a fundamental-rights impact assessment before first use (public bodies, private providers of public services, and credit scoring or life/health insurance deployers).',
    {
      penalty: 'aia-99-1',
      when: when.all(
        highRisk,
        when.any(
          when.is('aiSystem.sector', 'public-services'),
          when.includesAny('derived.annexIIIPoints', ['5(b)', '5(c)']),
        ),
      ),
    },
  ),
  deployer(
    'aia-art-86',
    'Art. 86',
    'explanation',
    'Give affected persons, on request, a clear and meaningful explanation of the role of the system in decisions that significantly affect them.',
    {
      penalty: 'aia-99-1',
      when: when.all(
        highRisk,
        when.is('derived.highRiskRoute', 'annex-iii'),
        when.not(when.oneOf('aiSystem.decisionsAboutPeople', ['none'])),
      ),
      tags: ['explainability'],
    },
  ),
]
