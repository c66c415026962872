/**
 * @module plan/assumption
 * Uncertain inputs for simulation: a plan value, addressed by its path, with a min / most likely / max
 * range and the distribution to draw it from.
 */
import type { z } from 'zod'
import { id, number, oneOf, record, text } from './fields.ts'

export const assumptionSchema = record({
  id: id(),
  title: text().optional(),
  path: text().describe('Plan value this range replaces, e.g. models[0].training.pricing.pricePerGpuHourUsd'),
  distribution: oneOf(['pert', 'triangular', 'uniform', 'lognormal']).default('pert'),
  min: number(),
  mostLikely: number(),
  max: number(),
  source: text().default('assumption'),
})

export type Assumption = z.output<typeof assumptionSchema>
