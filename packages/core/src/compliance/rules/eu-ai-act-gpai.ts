/**
 * @module compliance/rules/eu-ai-act-gpai
 * EU AI Act Chapter V, general-purpose AI models: Art. 51 classification (10^25 FLOP presumption),
 * Art. 52 notification, Art. 53 duties with the open-source exemption of 53(2) that systemic risk removes,
 * Art. 54 authorised representative (54(6) exemption likewise), Art. 55 systemic-risk duties. Models
 * placed on the market before 2025-08-02 have until 2027-08-02 (Art. 111(3)). A downstream modifier
 * becomes the provider when the modification uses more than a third of the original training compute
 * (Commission GPAI guidelines, 2025), with duties limited to the modification.
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'

const base = {
  jurisdiction: 'EU',
  instrument: 'eu-ai-act',
  source: 'aia',
  bearer: 'provider',
  appliesFrom: '2025-08-02',
  penalty: 'aia-101',
  transitional: {
    when: when.yes('derived.placedBeforeGpaiDate'),
    appliesFrom: '2027-08-02',
    note: 'Models placed on the market before 2025-08-02: comply by 2027-08-02 (Art. 111(3)).',
  },
} as const

const gpai = when.all(when.yes('inEu'), when.yes('derived.gpaiProvider'))
const systemic = when.all(gpai, when.yes('derived.gpaiSystemicRisk'))
/** Open-source models without systemic risk are exempt from 53(1)(a)-(b) and Art. 54. */
const notExemptOpenSource = when.any(
  when.not(when.yes('aiSystem.openSource')),
  when.yes('derived.gpaiSystemicRisk'),
)

export const euAiActGpaiRules: readonly Rule[] = [
  {
    ...base,
    id: 'aia-art-53-1-a',
    article: 'Art. 53(1)(a)',
    when: when.all(gpai, notExemptOpenSource),
    obligation:
      'Keep Annex XI technical documentation of the model, its training and testing, for the AI Office.',
    topic: 'documentation',
    tier: 'gpai',
  },
  {
    ...base,
    id: 'aia-art-53-1-b',
    article: 'Art. 53(1)(b)',
    when: when.all(gpai, notExemptOpenSource),
    obligation:
      'Give downstream providers the Annex XII information on capabilities and limits of the model.',
    topic: 'transparency',
    tier: 'gpai',
    tags: ['explainability'],
  },
  {
    ...base,
    id: 'aia-art-53-1-c',
    article: 'Art. 53(1)(c)',
    when: gpai,
    obligation:
      'Put in place a copyright policy, including honouring machine-readable reservations of rights (text-and-data-mining opt-outs).',
    topic: 'copyright',
    tier: 'gpai',
    tags: ['ip'],
  },
  {
    ...base,
    id: 'aia-art-53-1-d',
    article: 'Art. 53(1)(d)',
    when: gpai,
    obligation:
      "Publish a sufficiently detailed summary of the training content using the AI Office's template.",
    topic: 'copyright',
    tier: 'gpai',
    tags: ['ip'],
  },
  {
    ...base,
    id: 'aia-art-54',
    article: 'Art. 54',
    when: when.all(gpai, when.not(when.yes('establishedInEu')), notExemptOpenSource),
    obligation:
      'Appoint an authorised representative in the EU before placing the model on the EU market (non-EU provider).',
    topic: 'representative',
    tier: 'gpai',
  },
  {
    ...base,
    id: 'aia-art-51',
    article: 'Art. 51(1)(a); Art. 51(2)',
    when: systemic,
    obligation:
      'Presumed to have high-impact capabilities: cumulative training compute above 10^25 FLOP makes it a model with systemic risk.',
    topic: 'risk-management',
    tier: 'gpai-systemic-risk',
  },
  {
    ...base,
    id: 'aia-art-52-1',
    article: 'Art. 52(1)',
    when: systemic,
    obligation:
      'Notify the Commission without delay and within two weeks of meeting (or knowing you will meet) the threshold.',
    topic: 'notification',
    dueWithinDays: 14,
  },
  {
    ...base,
    id: 'aia-art-55-1-a',
    article: 'Art. 55(1)(a)',
    when: systemic,
    obligation:
      'Evaluate the model with state-of-the-art protocols, including documented adversarial testing.',
    topic: 'robustness-security',
  },
  {
    ...base,
    id: 'aia-art-55-1-b',
    article: 'Art. 55(1)(b)',
    when: systemic,
    obligation: 'Assess and mitigate possible systemic risks at Union level and their sources.',
    topic: 'risk-management',
  },
  {
    ...base,
    id: 'aia-art-55-1-c',
    article: 'Art. 55(1)(c)',
    when: systemic,
    obligation:
      'Track, document and report serious incidents and corrective measures to the AI Office without undue delay.',
    topic: 'incident-reporting',
  },
  {
    ...base,
    id: 'aia-art-55-1-d',
    article: 'Art. 55(1)(d)',
    when: systemic,
    obligation: 'Ensure adequate cybersecurity protection of the model and its physical infrastructure.',
    topic: 'robustness-security',
  },
  {
    ...base,
    id: 'aia-gpai-modifier',
    article: 'Art. 3(3), Art. 53 (Commission GPAI guidelines)',
    when: when.all(when.yes('inEu'), when.yes('derived.modifierIsProvider')),
    obligation:
      "Your modification used more than a third of the original model's training compute: you are the provider of the modified model, with Art. 53 duties limited to the modification.",
    topic: 'documentation',
    source: 'gpai-guidelines',
  },
]
