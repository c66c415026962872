/**
 * @module plan/market
 * The market the venture addresses (question 6) and its competitors on the seed's five dimensions
 * (question 7): technology, data, talent, business model and ecosystem.
 */
import type { z } from 'zod'
import { list, nonNegativeInteger, positiveInteger, ratio, record, score, text, usd } from './fields.ts'

const sourced = {
  source: text().default('assumption').describe('Where the figure comes from, or "assumption"'),
}

export const topDownSizingSchema = record({
  totalUsd: usd().describe('Total annual spend in the wider market'),
  year: positiveInteger().optional(),
  ...sourced,
  filters: list(record({ name: text(), share: ratio(), ...sourced })).default([]),
})

export const bottomUpSizingSchema = record({
  customers: nonNegativeInteger().describe('Countable customers who could buy'),
  annualContractValueUsd: usd(),
  ...sourced,
  reachableShare: ratio().default(1),
  obtainableShare: ratio().describe('Share of the reachable customers won within the plan'),
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
})

export type Market = z.output<typeof marketSchema>
