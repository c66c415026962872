/**
 * @module compliance/rules/gdpr
 * GDPR duties an AI product triggers: territorial scope and the EU representative (Arts 3(2), 27),
 * lawful basis (Art. 6), children (Art. 8), special categories (Art. 9), transparency (Arts 12-15),
 * automated decisions (Art. 22), DPIA triggers (Art. 35), transfers (Chapter V). Also the EU copyright
 * text-and-data-mining opt-out that training on EU content must honour (Directive (EU) 2019/790 Art. 4(3)).
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'

const base = {
  jurisdiction: 'EU',
  instrument: 'gdpr',
  source: 'gdpr',
  bearer: 'controller',
  appliesFrom: '2018-05-25',
} as const
const personal = when.all(
  when.yes('aiSystem.personalData.processed'),
  when.any(when.yes('inEu'), when.yes('establishedInEu')),
)
const automated = when.is('aiSystem.decisionsAboutPeople', 'makes')

export const gdprRules: readonly Rule[] = [
  {
    ...base,
    id: 'gdpr-art-27',
    article: 'Art. 3(2); Art. 27',
    when: when.all(personal, when.not(when.yes('establishedInEu'))),
    obligation:
      'Offering to people in the EU from outside it: designate a representative in the EU in writing.',
    penalty: 'gdpr-83-4',
    topic: 'representative',
  },
  {
    ...base,
    id: 'gdpr-art-6',
    article: 'Art. 5; Art. 6(1)',
    when: personal,
    obligation:
      'Choose and document a lawful basis for each purpose (training and serving separately) and apply the Art. 5 principles.',
    penalty: 'gdpr-83-5',
    topic: 'lawful-basis',
  },
  {
    ...base,
    id: 'gdpr-art-8',
    article: 'Art. 8',
    when: when.all(personal, when.yes('aiSystem.personalData.minors')),
    obligation:
      "Where consent is the basis for an online service to a child, get a parent's consent below the national age (13-16) and verify it reasonably.",
    penalty: 'gdpr-83-4',
    topic: 'minors',
  },
  {
    ...base,
    id: 'gdpr-art-9',
    article: 'Art. 9(2)',
    when: when.all(personal, when.yes('derived.sensitivePersonalData')),
    obligation:
      'Special-category data (health, biometric for identification, …): rely on an Art. 9(2) exception, e.g. explicit consent (a), employment law (b), health care (h) or research (j).',
    penalty: 'gdpr-83-5',
    topic: 'consent',
  },
  {
    ...base,
    id: 'gdpr-art-12',
    article: 'Art. 12; Art. 13; Art. 14',
    when: personal,
    obligation:
      'Give people concise, plain-language information about the processing, including AI training uses.',
    penalty: 'gdpr-83-5',
    topic: 'transparency',
  },
  {
    ...base,
    id: 'gdpr-art-13-2-f',
    article: 'Art. 13(2)(f); Art. 14(2)(g); Art. 15(1)(h)',
    when: when.all(personal, automated),
    obligation:
      'Tell people about solely automated decisions, the logic involved and their significance and consequences, also on access requests.',
    penalty: 'gdpr-83-5',
    topic: 'explanation',
    tags: ['explainability'],
  },
  {
    ...base,
    id: 'gdpr-art-22',
    article: 'Art. 22',
    when: when.all(personal, automated),
    obligation:
      'Solely automated decisions with legal or similarly significant effects need an Art. 22(2) ground (contract, law or explicit consent) and safeguards: human intervention, a way to contest (22(3)).',
    penalty: 'gdpr-83-5',
    topic: 'human-oversight',
    tags: ['explainability'],
  },
  {
    ...base,
    id: 'gdpr-art-35-3-a',
    article: 'Art. 35(3)(a)',
    when: when.all(
      personal,
      when.yes('aiSystem.profiling'),
      when.not(when.is('aiSystem.decisionsAboutPeople', 'none')),
    ),
    obligation:
      'DPIA required: systematic and extensive evaluation by automated means, including profiling, that decisions rely on.',
    penalty: 'gdpr-83-4',
    topic: 'impact-assessment',
  },
  {
    ...base,
    id: 'gdpr-art-35-3-b',
    article: 'Art. 35(3)(b)',
    when: when.all(
      personal,
      when.yes('derived.sensitivePersonalData'),
      when.atLeast('aiSystem.personalData.peopleCount', 10_000),
    ),
    obligation:
      'DPIA required: large-scale processing of special-category data (we read 10,000 people or more as large scale).',
    penalty: 'gdpr-83-4',
    topic: 'impact-assessment',
  },
  {
    ...base,
    id: 'gdpr-art-35-3-c',
    article: 'Art. 35(3)(c)',
    when: when.all(
      personal,
      when.oneOf('aiSystem.biometrics.identification', ['remote-post', 'remote-real-time']),
    ),
    obligation: 'DPIA required: systematic monitoring of publicly accessible areas on a large scale.',
    penalty: 'gdpr-83-4',
    topic: 'impact-assessment',
  },
  {
    ...base,
    id: 'gdpr-art-35-1',
    article: 'Art. 35(1)',
    when: when.all(
      personal,
      when.includesAny('aiSystem.affectedGroups', [
        'children',
        'students',
        'employees',
        'patients',
        'job-applicants',
      ]),
    ),
    obligation:
      'DPIA expected: an innovative technology (AI) applied to vulnerable people meets two of the WP248 criteria.',
    penalty: 'gdpr-83-4',
    topic: 'impact-assessment',
    source: 'edpb-dpia',
  },
  {
    ...base,
    id: 'gdpr-art-46',
    article: 'Art. 44; Art. 46(2)(c)',
    when: when.all(personal, when.nonEmpty('derived.transfersToNonAdequate')),
    obligation:
      'Personal data goes to a country without an adequacy decision (e.g. China): sign the Commission standard contractual clauses and assess the destination law (transfer impact assessment).',
    penalty: 'gdpr-83-5',
    topic: 'data-transfer',
  },
  {
    ...base,
    id: 'gdpr-art-45',
    article: 'Art. 45',
    when: when.all(personal, when.nonEmpty('derived.transfersToAdequate')),
    obligation:
      'Transfers to a country with an adequacy decision need no further tool; for the US only to organisations certified under the EU-US Data Privacy Framework.',
    penalty: 'gdpr-83-5',
    topic: 'data-transfer',
  },
  {
    jurisdiction: 'EU',
    instrument: 'eu-dsm-directive',
    source: 'dsm',
    id: 'dsm-art-4-3',
    article: 'Directive (EU) 2019/790 Art. 4(3)',
    when: when.all(when.yes('inEu'), when.yes('trainsModel')),
    obligation:
      'Text-and-data mining of lawfully accessible content is allowed only where rightholders have not opted out in a machine-readable way: check opt-outs and keep licences for the rest of the training data.',
    bearer: 'provider',
    appliesFrom: '2021-06-07',
    penalty: 'none',
    topic: 'copyright',
    tags: ['ip'],
  },
]
