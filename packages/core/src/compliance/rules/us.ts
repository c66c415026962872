/**
 * @module compliance/rules/us
 * United States: NYC Local Law 144 on automated employment decision tools (bias audit, published
 * summary, candidate notice; enforced from 2023-07-05) and Colorado SB 26-189 on automated
 * decision-making technology in consequential decisions (from 2027-01-01; it repealed SB 24-205 before
 * that law took effect).
 */
import { when } from '../conditions.ts'
import type { Rule } from '../types.ts'

const nyc = {
  jurisdiction: 'US-NY',
  instrument: 'nyc-ll144',
  source: 'nyc-ll144',
  bearer: 'employer',
  appliesFrom: '2023-07-05',
  penalty: 'nyc-20-872',
} as const
const colorado = {
  jurisdiction: 'US-CO',
  instrument: 'colorado-sb26-189',
  source: 'colorado',
  appliesFrom: '2027-01-01',
  penalty: 'colorado-cpa',
} as const
const aedt = when.yes('derived.nycAedt')
const consequential = when.yes('derived.consequentialDecision')

export const usRules: readonly Rule[] = [
  {
    ...nyc,
    id: 'nyc-bias-audit',
    article: '§ 20-871(a)(1); 6 RCNY § 5-301',
    when: aedt,
    obligation:
      'Use the tool only if an independent bias audit was done within the year before: selection or scoring rates and impact ratios for sex, race/ethnicity and intersectional categories.',
    topic: 'fairness',
  },
  {
    ...nyc,
    id: 'nyc-publish-summary',
    article: '§ 20-871(a)(2); 6 RCNY § 5-302',
    when: aedt,
    obligation:
      'Publish a summary of the latest bias audit (results, data source, the distribution date of the tool) on the employment section of the website.',
    topic: 'transparency',
  },
  {
    ...nyc,
    id: 'nyc-candidate-notice',
    article: '§ 20-871(b)(1)-(2); 6 RCNY § 5-303',
    when: aedt,
    obligation:
      'Tell candidates and employees who live in NYC, at least ten business days before use, that the tool is used and which qualifications it assesses, and how to ask for an alternative process or accommodation.',
    topic: 'transparency',
    tags: ['explainability'],
  },
  {
    ...nyc,
    id: 'nyc-data-policy',
    article: '§ 20-871(b)(3)',
    when: aedt,
    obligation:
      'Disclose the type and source of data collected and the retention policy, on the website or within 30 days of a written request.',
    topic: 'record-keeping',
  },
  {
    ...colorado,
    id: 'co-developer-documentation',
    article: 'SB 26-189: developer disclosures',
    when: consequential,
    bearer: 'developer',
    obligation:
      'Give deployers documentation of intended uses, training data types, known limitations and risks of algorithmic discrimination, and how to monitor the technology.',
    topic: 'documentation',
    tags: ['explainability'],
  },
  {
    ...colorado,
    id: 'co-pre-use-notice',
    article: 'SB 26-189: consumer notice',
    when: consequential,
    bearer: 'deployer',
    obligation:
      'Tell consumers before use that automated decision-making technology is used in the consequential decision.',
    topic: 'transparency',
  },
  {
    ...colorado,
    id: 'co-adverse-explanation',
    article: 'SB 26-189: adverse outcomes',
    when: consequential,
    bearer: 'deployer',
    obligation:
      'After an adverse outcome, give a plain-language explanation of the role of the technology; the consumer may ask for more within 30 days.',
    topic: 'explanation',
    tags: ['explainability'],
  },
  {
    ...colorado,
    id: 'co-correction-review',
    article: 'SB 26-189: correction and human review',
    when: consequential,
    bearer: 'deployer',
    obligation:
      'On request, let consumers correct inaccurate personal data and have the decision reviewed by a human.',
    topic: 'human-oversight',
  },
  {
    ...colorado,
    id: 'co-records',
    article: 'SB 26-189: records',
    when: consequential,
    bearer: 'deployer',
    obligation: 'Keep records of the use of the technology in consequential decisions for three years.',
    topic: 'record-keeping',
  },
]
