/**
 * @module plan/risk
 * The risk register (questions 9, 10, 17) and the key risk indicators bound to live figures.
 */
import { z } from 'zod'
import { id, isoDate, level, list, oneOf, record, text } from './fields.ts'

/** The seed's six risk categories. */
export const riskCategories = [
  'technical',
  'market',
  'legal-ethical',
  'funding',
  'talent',
  'external-policy',
] as const

export const riskSchema = record({
  id: id(),
  title: text(),
  description: text().optional().describe('Cause, event and consequence'),
  category: oneOf(riskCategories),
  owner: text().optional(),
  likelihood: level(),
  impact: level(),
  residualLikelihood: level().optional(),
  residualImpact: level().optional(),
  response: oneOf(['avoid', 'reduce', 'transfer', 'accept']).default('reduce'),
  responseReason: text().optional(),
  controls: list(text()).default([]),
  contingencyPlan: list(text()).default([]).describe('Steps to take when the risk fires'),
  nextReviewOn: isoDate().optional(),
})

/**
 * A key risk indicator: an expression over the analysis' figures (e.g. `finance.runwayMonths`) with an
 * amber and a red threshold, breached when the value goes below (or above) them.
 */
export const indicatorSchema = record({
  id: id(),
  title: text(),
  risk: id().optional().describe('Id of the risk this indicator warns about'),
  value: text().describe('Expression over analysis figures, e.g. funding.cashUsd / team.monthlyCostUsd'),
  warnWhen: oneOf(['below', 'above']),
  amber: z.number({ error: 'expected:number' }).optional(),
  red: z.number({ error: 'expected:number' }),
})

export const risksSchema = record({
  register: list(riskSchema).default([]),
  indicators: list(indicatorSchema).default([]),
})

export type Risk = z.output<typeof riskSchema>
export type Indicator = z.output<typeof indicatorSchema>
