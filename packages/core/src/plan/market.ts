/**
 * @module plan/market
 * The market the venture addresses (question 6) and its competitors on the seed's five dimensions
 * (question 7): technology, data, talent, business model and ecosystem.
 */
import type { z } from 'zod'
import {
  level,
  list,
  nonNegativeInteger,
  nonNegativeNumber,
  positiveInteger,
  ratio,
  record,
  score,
  text,
  usd,
} from './fields.ts'

const sourced = {
  source: text().default('assumption').describe('Where the figure comes from, or "assumption"'),
}

export const topDownSizingSchema = record({
  totalUsd: usd().describe('Total annual spend in the wider market'),
  year: positiveInteger().optional(),
  ...sourced,
  filters: list(record({ name: text(), share: ratio(), ...sourced })).default([]),
  obtainableShare: ratio()
    .optional()
    .describe('Share of the served market won within the plan; defaults to bottomUp.obtainableShare'),
  obtainableShareSource: text().default('assumption'),
})

export const bottomUpSizingSchema = record({
  customers: nonNegativeInteger().describe('Countable customers who could buy'),
  annualContractValueUsd: usd(),
  ...sourced,
  reachableShare: ratio().default(1),
  reachableShareSource: text().default('assumption'),
  obtainableShare: ratio().describe('Share of the reachable customers won within the plan'),
  obtainableShareSource: text().default('assumption'),
})

/** How much each of the five dimensions counts in the weighted competitor score; any scale, not all 0. */
export const dimensionWeightsSchema = record({
  technology: nonNegativeNumber().default(1),
  data: nonNegativeNumber().default(1),
  talent: nonNegativeNumber().default(1),
  businessModel: nonNegativeNumber().default(1),
  ecosystem: nonNegativeNumber().default(1),
})

const force = record({ level: level().describe('1 weak … 5 intense'), notes: text().optional() })

/** Porter's five forces, each rated 1 (weak) to 5 (intense); optional. */
export const fiveForcesSchema = record({
  rivalry: force,
  newEntrants: force,
  substitutes: force,
  buyerPower: force,
  supplierPower: force,
})

export const dimensionScoresSchema = record({
  technology: score(),
  data: score(),
  talent: score(),
  businessModel: score(),
  ecosystem: score(),
})

export const competitorSchema = record({
  name: text(),
  scores: dimensionScoresSchema,
  notes: text().optional(),
})

export const marketSchema = record({
  topDown: topDownSizingSchema.optional(),
  bottomUp: bottomUpSizingSchema.optional(),
  ownScores: dimensionScoresSchema.optional().describe('Our own scores on the five dimensions'),
  competitors: list(competitorSchema).default([]),
  weights: dimensionWeightsSchema.prefault({}).describe('Weight of each dimension in the competitor score'),
  maxMethodGap: ratio()
    .default(0.2)
    .describe('Warn when top-down and bottom-up sizing differ by more than this share of the larger'),
  fiveForces: fiveForcesSchema.optional().describe("Porter's five forces (optional)"),
})

export type Market = z.output<typeof marketSchema>
