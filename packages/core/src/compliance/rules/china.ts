/**
 * @module compliance/rules/china
 * China: PIPL (Arts 3(2)/53 representative, 13-17 basis and notice, 24 automated decisions, 28-31
 * sensitive data, 38-40 and the 2024 cross-border provisions by volume, 55-56 impact assessment); the
 * Interim Measures for Generative AI Services (public-facing services); the Deep Synthesis Provisions; and
 * the 2025 Measures for Labelling AI-Generated Synthetic Content (explicit and implicit labels).
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'

const cn = when.yes('inChina')
const personal = when.all(cn, when.yes('aiSystem.personalData.processed'))
const pipl = {
  jurisdiction: 'CN',
  instrument: 'cn-pipl',
  source: 'pipl',
  bearer: 'controller',
  appliesFrom: '2021-11-01',
  penalty: 'pipl-66',
} as const
const genai = {
  jurisdiction: 'CN',
  instrument: 'cn-genai-measures',
  source: 'cn-genai',
  bearer: 'provider',
  appliesFrom: '2023-08-15',
  penalty: 'cn-admin',
} as const
const deepSynthesis = {
  jurisdiction: 'CN',
  instrument: 'cn-deep-synthesis',
  source: 'cn-deep-synthesis',
  bearer: 'provider',
  appliesFrom: '2023-01-10',
  penalty: 'cn-admin',
} as const
const labelling = {
  jurisdiction: 'CN',
  instrument: 'cn-labelling-measures',
  source: 'cn-labelling',
  bearer: 'provider',
  appliesFrom: '2025-09-01',
  penalty: 'cn-admin',
} as const
const generative = when.yes('derived.chinaGenerativeService')
/** Deep synthesis and labelling rules reach services offered to the public (Labelling Measures Art. 2). */
const synthetic = when.all(cn, when.yes('derived.generatesSyntheticContent'), when.yes('publicFacing'))
const exportRoute = (route: string) => when.is('derived.chinaExportRoute', route)

export const chinaRules: readonly Rule[] = [
  {
    ...pipl,
    id: 'pipl-art-53',
    article: 'PIPL Art. 3(2); Art. 53',
    when: when.all(personal, when.not(when.yes('establishedInChina'))),
    obligation:
      'Processing data of people in China from abroad: set up a dedicated office or name a representative in China and file its details.',
    topic: 'representative',
  },
  {
    ...pipl,
    id: 'pipl-art-13',
    article: 'PIPL Art. 13; Art. 17',
    when: personal,
    obligation:
      'Have a legal basis (usually consent) and tell people, before collection, who processes what, why, how long and how to exercise their rights.',
    topic: 'lawful-basis',
  },
  {
    ...pipl,
    id: 'pipl-art-24',
    article: 'PIPL Art. 24(1)-(2)',
    when: when.all(
      personal,
      when.any(when.yes('aiSystem.profiling'), when.not(when.is('aiSystem.decisionsAboutPeople', 'none'))),
    ),
    obligation:
      'Automated decision-making must be transparent and fair, with no unreasonable differential treatment in prices or terms; offer a non-personalised option or an easy opt-out for personalised push.',
    topic: 'fairness',
  },
  {
    ...pipl,
    id: 'pipl-art-24-3',
    article: 'PIPL Art. 24(3)',
    when: when.all(personal, when.is('aiSystem.decisionsAboutPeople', 'makes')),
    obligation:
      'For decisions with a significant impact on a person, explain them on request and let the person refuse a decision made solely by automated means.',
    topic: 'explanation',
    tags: ['explainability'],
  },
  {
    ...pipl,
    id: 'pipl-art-28',
    article: 'PIPL Art. 28; Art. 29; Art. 30',
    when: when.all(personal, when.yes('derived.piplSensitive')),
    obligation:
      'Sensitive personal information (biometrics, health, financial accounts, location, children under 14, …): only for a specific purpose with strict protection, with separate consent, and tell people why it is necessary and its impact.',
    topic: 'consent',
  },
  {
    ...pipl,
    id: 'pipl-art-31',
    article: 'PIPL Art. 31',
    when: when.all(personal, when.yes('aiSystem.personalData.minors')),
    obligation:
      "Children under 14: get a parent's or guardian's consent and adopt dedicated processing rules.",
    topic: 'minors',
  },
  {
    ...pipl,
    id: 'pipl-art-55',
    article: 'PIPL Art. 55; Art. 56',
    when: when.all(
      personal,
      when.any(
        when.yes('derived.piplSensitive'),
        when.not(when.is('aiSystem.decisionsAboutPeople', 'none')),
        when.yes('aiSystem.profiling'),
        when.yes('derived.exportsFromChina'),
      ),
    ),
    obligation:
      'Carry out and record a personal-information protection impact assessment beforehand; keep it at least three years.',
    topic: 'impact-assessment',
  },
  {
    ...pipl,
    id: 'pipl-art-40',
    article: 'PIPL Art. 38; Art. 40; Cross-Border Data Flow Provisions Art. 7',
    when: when.all(personal, exportRoute('security-assessment')),
    obligation:
      'Exporting personal information of more than 1 million people (or sensitive data of more than 10,000) in a year: pass the CAC security assessment before export.',
    source: 'cn-data-export',
    appliesFrom: '2024-03-22',
    topic: 'data-transfer',
  },
  {
    ...pipl,
    id: 'pipl-art-38',
    article: 'PIPL Art. 38(1); Cross-Border Data Flow Provisions Art. 8',
    when: when.all(personal, exportRoute('standard-contract')),
    obligation:
      'Exporting personal information of 100,000 to 1 million people (or sensitive data of fewer than 10,000) in a year: file the CAC standard contract or obtain certification, with separate consent (Art. 39).',
    source: 'cn-data-export',
    appliesFrom: '2024-03-22',
    topic: 'data-transfer',
  },
  {
    ...pipl,
    id: 'pipl-export-exempt',
    article: 'Cross-Border Data Flow Provisions Art. 5',
    when: when.all(personal, exportRoute('exempt')),
    obligation:
      'Export of non-sensitive personal information of fewer than 100,000 people a year is exempt from assessment, contract and certification; notice and separate consent (Art. 39) still apply.',
    source: 'cn-data-export',
    appliesFrom: '2024-03-22',
    topic: 'data-transfer',
  },
  {
    ...genai,
    id: 'cn-genai-art-7',
    article: 'Interim Measures Art. 7',
    when: generative,
    obligation:
      'Train only on data and base models from lawful sources; do not infringe IP; get consent for personal information; improve the quality, truthfulness and diversity of training data.',
    topic: 'data-governance',
    tags: ['ip'],
  },
  {
    ...genai,
    id: 'cn-genai-art-9',
    article: 'Interim Measures Art. 9',
    when: generative,
    obligation:
      'Bear the responsibility of a content producer and of a personal-information processor; sign a service agreement with users.',
    topic: 'content-safety',
  },
  {
    ...genai,
    id: 'cn-genai-art-10',
    article: 'Interim Measures Art. 10',
    when: when.all(generative, when.yes('aiSystem.personalData.minors')),
    obligation: 'Take measures against over-reliance on and addiction to the service by minors.',
    topic: 'minors',
  },
  {
    ...genai,
    id: 'cn-genai-art-12',
    article: 'Interim Measures Art. 12',
    when: generative,
    obligation: 'Label generated images, video and other content under the Deep Synthesis Provisions.',
    topic: 'labelling',
  },
  {
    ...genai,
    id: 'cn-genai-art-14',
    article: 'Interim Measures Art. 14; Art. 15',
    when: generative,
    obligation:
      'Stop and remove illegal content, retrain to fix it, report to the authority, and run a complaint channel.',
    topic: 'content-safety',
  },
  {
    ...genai,
    id: 'cn-genai-art-17',
    article: 'Interim Measures Art. 17',
    when: when.all(generative, when.yes('aiSystem.publicOpinionAttributes')),
    obligation:
      'A service with public-opinion attributes or social-mobilisation capacity: pass a security assessment and file the algorithm (Algorithm Recommendation Provisions) before launch.',
    topic: 'filing',
  },
  {
    ...deepSynthesis,
    id: 'cn-ds-art-9',
    article: 'Deep Synthesis Provisions Art. 9',
    when: synthetic,
    obligation:
      "Verify users' real identity (mobile number, ID or the national online identity service) before they publish content.",
    topic: 'content-safety',
  },
  {
    ...deepSynthesis,
    id: 'cn-ds-art-16',
    article: 'Deep Synthesis Provisions Art. 16; Art. 17',
    when: synthetic,
    obligation:
      'Add marks to generated content that do not affect use, and conspicuous labels where it may confuse or mislead (chat, synthetic voices, faces, immersive scenes).',
    topic: 'labelling',
  },
  {
    ...deepSynthesis,
    id: 'cn-ds-art-19',
    article: 'Deep Synthesis Provisions Art. 19',
    when: when.all(synthetic, when.yes('aiSystem.publicOpinionAttributes')),
    obligation: 'File the algorithm within ten working days of providing the service.',
    topic: 'filing',
    dueWithinDays: 14,
  },
  {
    ...labelling,
    id: 'cn-label-art-4',
    article: 'Labelling Measures Art. 4',
    when: synthetic,
    obligation:
      'Add explicit labels users can perceive: text prompts or marks in text, spoken or rhythmic cues in audio, visible marks on images and video, prompts in virtual scenes.',
    topic: 'labelling',
  },
  {
    ...labelling,
    id: 'cn-label-art-5',
    article: 'Labelling Measures Art. 5',
    when: synthetic,
    obligation:
      'Add implicit labels in file metadata: the content attribute, the provider name or code and a content id (digital watermarks encouraged).',
    topic: 'labelling',
  },
  {
    ...labelling,
    id: 'cn-label-art-8',
    article: 'Labelling Measures Art. 8; Art. 9',
    when: synthetic,
    obligation:
      "State the labelling rules in the user agreement; unlabelled output only on request with the user's responsibilities agreed and logs kept at least six months.",
    topic: 'labelling',
  },
]
