/**
 * @module plan/risk
 * The risk register (questions 9, 10, 17) and the key risk indicators bound to live figures.
 */
import { z } from 'zod'
import {
  id,
  isoDate,
  list,
  nonNegativeNumber,
  number,
  oneOf,
  positiveInteger,
  record,
  text,
  usd,
} from './fields.ts'

/** The seed's six risk categories. */
export const riskCategories = [
  'technical',
  'market',
  'legal-ethical',
  'funding',
  'talent',
  'external-policy',
] as const

/**
 * A level on the register's matrix: 1 up to the number of levels its scale has (5 by default). Checked
 * against the configured scale after the schema, since the scale is itself part of the plan.
 */
const matrixLevel = () =>
  positiveInteger().describe('Level on the risk matrix scale, 1 = lowest (default scale 1-5)')

/**
 * The risk matrix. No standard fixes scales or band thresholds (ISO 31000 leaves them to the organisation),
 * so every part is optional and falls back to the default 5 × 5 product matrix with bands low 1–4,
 * medium 5–9, high 10–14, critical 15–25.
 */
export const riskMatrixSchema = record({
  likelihood: list(
    record({
      label: text(),
      upToPerYear: nonNegativeNumber()
        .optional()
        .describe('Most events per year at this level; places quantified risks on the matrix'),
    }),
  )
    .optional()
    .describe('Likelihood levels from lowest to highest'),
  impact: list(
    record({
      label: text(),
      upToUsd: nonNegativeNumber().optional().describe('Largest loss per event at this level, USD'),
    }),
  )
    .optional()
    .describe('Impact levels from lowest to highest'),
  bands: list(record({ name: id(), minScore: number() }))
    .optional()
    .describe('Bands by ascending minScore; a score belongs to the highest band it reaches'),
  grid: list(list(number()))
    .optional()
    .describe('Scores by likelihood row (lowest first) and impact column, instead of likelihood × impact'),
})

/** A control: a line of text, or with its yearly cost and its effect for quantification. */
export const riskControlSchema = z.union(
  [
    text(),
    record({
      title: text(),
      annualCostUsd: usd().default(0),
      frequencyReductionPct: nonNegativeNumber()
        .optional()
        .describe('Share of events the control prevents, 0-100'),
      lossReductionPct: nonNegativeNumber()
        .optional()
        .describe("Share of each remaining event's loss the control removes, 0-100"),
    }),
  ],
  { error: 'expected:object' },
)

/** Loss per event: Beta-PERT from three points, or lognormal from a 90 % interval (5th and 95th percentiles). */
export const lossPerEventSchema = z.discriminatedUnion(
  'distribution',
  [
    record({
      distribution: z.literal('pert'),
      min: usd(),
      mostLikely: usd(),
      max: usd(),
    }),
    record({
      distribution: z.literal('lognormal'),
      low: usd().describe('5th percentile of the loss per event'),
      high: usd().describe('95th percentile of the loss per event'),
    }),
  ],
  { error: 'expected:oneOf' },
)

export const insurancePolicySchema = record({
  annualPremiumUsd: usd(),
  deductibleUsd: usd().default(0).describe('The insured pays the first part of each loss'),
  limitPerEventUsd: usd().describe('The most the insurer pays for one event'),
  annualAggregateLimitUsd: usd().optional().describe('The most the insurer pays in one year'),
})

export const riskSchema = record({
  id: id(),
  title: text(),
  description: text().optional().describe('Cause, event and consequence'),
  category: oneOf(riskCategories),
  owner: text().optional(),
  likelihood: matrixLevel(),
  impact: matrixLevel(),
  residualLikelihood: matrixLevel().optional().describe('Likelihood after controls'),
  residualImpact: matrixLevel().optional().describe('Impact after controls'),
  response: oneOf(['avoid', 'reduce', 'transfer', 'accept']).default('reduce'),
  responseReason: text().optional(),
  controls: list(riskControlSchema).default([]),
  insurance: insurancePolicySchema.optional().describe('A policy that transfers part of each loss'),
  frequencyPerYear: nonNegativeNumber()
    .optional()
    .describe('Expected events per year (Poisson mean; above 1 means several a year)'),
  lossPerEventUsd: lossPerEventSchema.optional().describe('Loss per event, with frequencyPerYear'),
  catalogueId: id().optional().describe('The starter-catalogue risk this one answers (avp risks suggest)'),
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
  matrix: riskMatrixSchema.optional().describe('Scales, bands and an optional lookup grid; default 5 × 5'),
  register: list(riskSchema).default([]),
  indicators: list(indicatorSchema).default([]),
})

export type Risk = z.output<typeof riskSchema>
export type Indicator = z.output<typeof indicatorSchema>
export type RiskControlInput = z.output<typeof riskControlSchema>
export type RiskMatrixInput = z.output<typeof riskMatrixSchema>
export type LossPerEventInput = z.output<typeof lossPerEventSchema>
