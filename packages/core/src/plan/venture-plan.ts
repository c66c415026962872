/**
 * @module plan/venture-plan
 * The venture plan: one schema for the whole venture. Every engine reads its section; `parsePlan`
 * validates text against it; `schema/venture-plan.schema.json` is generated from it.
 */
import { z } from 'zod'
import { assumptionSchema } from './assumption.ts'
import { companySchema } from './company.ts'
import { isoDate, list, record } from './fields.ts'
import { financeSettingsSchema } from './finance.ts'
import { fundingSchema } from './funding.ts'
import { marketSchema } from './market.ts'
import { modelSchema } from './model.ts'
import { productSchema } from './product.ts'
import { risksSchema } from './risk.ts'
import { strategySchema } from './strategy.ts'
import { teamSchema } from './team.ts'

/** The plan format this code reads and writes. Older formats are upgraded by `migratePlan`. */
export const currentFormatVersion = 1

export const venturePlanSchema = record({
  $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors'),
  formatVersion: z.literal(currentFormatVersion, { error: 'expected:formatVersion' }),
  asOf: isoDate().describe('The date the plan speaks for: cash, team and rules are as of this day'),
  company: companySchema,
  products: list(productSchema).default([]),
  models: list(modelSchema).default([]),
  team: teamSchema.prefault({}),
  funding: fundingSchema,
  finance: financeSettingsSchema.prefault({}),
  market: marketSchema.prefault({}),
  risks: risksSchema.prefault({}),
  strategy: strategySchema.prefault({}),
  assumptions: list(assumptionSchema).default([]),
})

/** A validated plan with every default filled in. */
export type VenturePlan = z.output<typeof venturePlanSchema>
/** A plan as a person writes it: defaults may be left out. */
export type VenturePlanInput = z.input<typeof venturePlanSchema>
