/**
 * @module compliance/rules/eu-ai-act
 * EU AI Act: scope-wide duties, prohibited practices (Art. 5, with the points added by the Digital
 * Omnibus and their later date), transparency (Art. 50, split by provider and deployer) and the
 * voluntary codes for minimal-risk systems. High-risk and GPAI duties are in their own files.
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'

const eu = when.yes('inEu')
const base = { jurisdiction: 'EU', instrument: 'eu-ai-act', source: 'aia' } as const
const prohibitionsFrom = '2025-02-02'
const transparencyFrom = '2026-08-02'

const prohibited = (
  point: string,
  condition: Parameters<typeof when.all>[0],
  obligation: string,
  appliesFrom = prohibitionsFrom,
): Rule => ({
  ...base,
  id: `aia-art-5-1-${point}`,
  article: `Art. 5(1)(${point})`,
  when: when.all(eu, condition),
  obligation,
  bearer: 'provider-and-deployer',
  appliesFrom,
  penalty: 'aia-99-3',
  topic: 'prohibition',
  tier: 'prohibited',
})

export const euAiActGeneralRules: readonly Rule[] = [
  {
    ...base,
    id: 'aia-art-2-1',
    article: 'Art. 2(1)(a); Art. 2(1)(c)',
    when: when.all(eu, when.not(when.yes('establishedInEu'))),
    obligation:
      'The AI Act reaches you although you are established outside the EU: you place the system on the EU market, or its output is used in the EU.',
    bearer: 'provider-and-deployer',
    appliesFrom: '2024-08-01',
    penalty: 'none',
    topic: 'scope',
  },
  {
    ...base,
    id: 'aia-art-2-12',
    article: 'Art. 2(12)',
    when: when.all(eu, when.yes('derived.euOpenSourceExcluded')),
    obligation:
      'Released under a free and open-source licence and neither prohibited, high-risk nor under Art. 50: the AI Act does not apply to this system (this changes if any of those does).',
    bearer: 'provider',
    appliesFrom: '2024-08-01',
    penalty: 'none',
    topic: 'scope',
    afterTiers: true,
  },
  {
    ...base,
    id: 'aia-art-4',
    article: 'Art. 4',
    when: when.all(eu, when.not(when.yes('derived.euOpenSourceExcluded'))),
    afterTiers: true,
    obligation:
      'Make sure staff and others operating the system on your behalf have sufficient AI literacy for their role.',
    bearer: 'provider-and-deployer',
    appliesFrom: '2025-02-02',
    penalty: 'aia-99-1',
    topic: 'literacy',
  },
  prohibited(
    'a',
    when.includes('aiSystem.useCases', 'subliminal-manipulation'),
    'Stop: subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm are banned.',
  ),
  prohibited(
    'b',
    when.includes('aiSystem.useCases', 'exploiting-vulnerabilities'),
    'Stop: exploiting vulnerabilities due to age, disability or social or economic situation is banned.',
  ),
  prohibited(
    'c',
    when.includes('aiSystem.useCases', 'social-scoring'),
    'Stop: social scoring that leads to unjustified or disproportionate detrimental treatment is banned.',
  ),
  prohibited(
    'd',
    when.includes('aiSystem.useCases', 'crime-prediction-by-profiling'),
    'Stop: predicting the risk that a person commits a crime solely from profiling or personality traits is banned.',
  ),
  prohibited(
    'e',
    when.includes('aiSystem.useCases', 'facial-image-scraping'),
    'Stop: building facial recognition databases by untargeted scraping of images from the internet or CCTV is banned.',
  ),
  prohibited(
    'f',
    when.all(
      when.yes('aiSystem.biometrics.emotionRecognition'),
      when.includesAny('aiSystem.affectedGroups', ['employees', 'students']),
      when.not(when.yes('aiSystem.biometrics.medicalOrSafetyPurpose')),
    ),
    'Stop: inferring emotions of people at the workplace or in education is banned unless for medical or safety reasons.',
  ),
  prohibited(
    'g',
    when.all(
      when.yes('aiSystem.biometrics.categorisation'),
      when.yes('aiSystem.biometrics.sensitiveAttributes'),
    ),
    'Stop: biometric categorisation that deduces race, political opinions, union membership, beliefs or sex life is banned.',
  ),
  prohibited(
    'h',
    when.all(
      when.is('aiSystem.biometrics.identification', 'remote-real-time'),
      when.is('aiSystem.sector', 'law-enforcement'),
    ),
    'Stop: real-time remote biometric identification in public spaces for law enforcement is banned outside the narrow Art. 5(1)(h) exceptions with prior authorisation.',
  ),
  prohibited(
    'ba',
    when.includes('aiSystem.useCases', 'intimate-imagery-generation'),
    'Stop: systems that generate non-consensual intimate images, video or audio of identifiable people are banned (added by Regulation (EU) 2026/1744).',
    '2026-12-02',
  ),
  prohibited(
    'bb',
    when.includes('aiSystem.useCases', 'child-abuse-material-generation'),
    'Stop: systems that generate child sexual abuse material are banned (added by Regulation (EU) 2026/1744).',
    '2026-12-02',
  ),
  {
    ...base,
    id: 'aia-art-50-1',
    article: 'Art. 50(1)',
    when: when.all(eu, when.yes('interactsWithPeople')),
    obligation:
      'Design the system so people are told they are interacting with an AI system, unless obvious.',
    bearer: 'provider',
    appliesFrom: transparencyFrom,
    penalty: 'aia-99-4',
    topic: 'transparency',
    tier: 'transparency',
    tags: ['explainability'],
  },
  {
    ...base,
    id: 'aia-art-50-2',
    article: 'Art. 50(2)',
    when: when.all(eu, when.yes('derived.generatesSyntheticContent')),
    obligation:
      'Mark synthetic audio, image, video and text outputs in a machine-readable format so they are detectable as AI-generated.',
    bearer: 'provider',
    appliesFrom: transparencyFrom,
    transitional: {
      when: when.yes('derived.placedBeforeTransparencyDate'),
      appliesFrom: '2026-12-02',
      note: 'Systems placed on the market before 2026-08-02 have until 2026-12-02 (Regulation (EU) 2026/1744).',
    },
    penalty: 'aia-99-4',
    topic: 'labelling',
    tier: 'transparency',
  },
  {
    ...base,
    id: 'aia-art-50-3',
    article: 'Art. 50(3)',
    when: when.all(
      eu,
      when.any(
        when.yes('aiSystem.biometrics.emotionRecognition'),
        when.yes('aiSystem.biometrics.categorisation'),
      ),
    ),
    obligation:
      'Tell the people exposed to emotion recognition or biometric categorisation that it is in operation, and process their data lawfully.',
    bearer: 'deployer',
    appliesFrom: transparencyFrom,
    penalty: 'aia-99-4',
    topic: 'transparency',
    tier: 'transparency',
  },
  {
    ...base,
    id: 'aia-art-50-4',
    article: 'Art. 50(4)',
    when: when.all(eu, when.includes('aiSystem.syntheticContent', 'deepfake')),
    obligation:
      'Disclose that deep-fake image, audio or video content has been artificially generated or manipulated (lighter duty for evidently artistic or satirical work).',
    bearer: 'deployer',
    appliesFrom: transparencyFrom,
    penalty: 'aia-99-4',
    topic: 'labelling',
    tier: 'transparency',
  },
  {
    ...base,
    id: 'aia-art-50-5',
    article: 'Art. 50(5)',
    when: when.all(
      eu,
      when.any(
        when.yes('interactsWithPeople'),
        when.yes('derived.generatesSyntheticContent'),
        when.yes('aiSystem.biometrics.emotionRecognition'),
        when.yes('aiSystem.biometrics.categorisation'),
      ),
    ),
    obligation:
      'Give the Art. 50 information clearly and distinguishably, at the latest at the first interaction or exposure, in an accessible form.',
    bearer: 'provider-and-deployer',
    appliesFrom: transparencyFrom,
    penalty: 'aia-99-4',
    topic: 'transparency',
  },
  {
    ...base,
    id: 'aia-art-95',
    article: 'Art. 95',
    when: when.all(eu, when.yes('derived.euMinimal')),
    obligation:
      'No mandatory requirements beyond AI literacy; consider a voluntary code of conduct applying some high-risk requirements.',
    bearer: 'provider-and-deployer',
    appliesFrom: '2024-08-01',
    penalty: 'none',
    topic: 'voluntary-code',
    tier: 'minimal',
    afterTiers: true,
  },
]
