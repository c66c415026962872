/**
 * @module plan/product
 * Products: the seed's application scenarios, how each one earns money, and its AI system's facts.
 */
import { z } from 'zod'
import { aiSystemSchema } from './ai-system.ts'
import {
  id,
  list,
  marketCode,
  month,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  rate,
  ratio,
  record,
  text,
  usd,
} from './fields.ts'

/** The application scenarios of the seed document (question 3), plus `other`. */
export const scenarios = [
  'image-recognition',
  'speech',
  'nlp',
  'recommendation',
  'autonomous-driving',
  'other',
] as const

const saasModel = record({
  model: z.literal('saas'),
  pricePerSeatMonthlyUsd: usd(),
  seatsAtLaunch: nonNegativeInteger().default(0),
  newSeatsPerMonth: nonNegativeNumber().default(0),
  newSeatsMonthlyGrowthRate: rate().default(0),
  annualChurnRate: ratio().default(0.1),
  annualExpansionRate: rate().default(0),
  tokensPerSeatMonthly: nonNegativeNumber().default(0).describe('Model tokens one seat consumes a month'),
})

const apiModel = record({
  model: z.literal('api'),
  pricePerMillionInputTokensUsd: usd(),
  pricePerMillionOutputTokensUsd: usd(),
  inputTokensPerMonthAtLaunch: nonNegativeNumber(),
  outputTokensPerMonthAtLaunch: nonNegativeNumber(),
  monthlyGrowthRate: rate().default(0),
})

const milestone = record({ month: month(), share: ratio() })

const solutionModel = record({
  model: z.literal('solution'),
  contracts: list(
    record({
      customer: text(),
      valueUsd: usd(),
      milestones: list(milestone).min(1, { error: 'expected:array' }),
    }),
  ).default([]),
})

const hardwareModel = record({
  model: z.literal('hardware'),
  unitPriceUsd: usd(),
  billOfMaterialsUsd: usd(),
  unitsPerMonthAtLaunch: nonNegativeNumber(),
  monthlyGrowthRate: rate().default(0),
})

const contentLicensingModel = record({
  model: z.literal('content-licensing'),
  monthlyRevenueUsd: usd(),
  monthlyGrowthRate: rate().default(0),
})

const paidCoursesModel = record({
  model: z.literal('paid-courses'),
  pricePerEnrolmentUsd: usd(),
  enrolmentsPerMonth: nonNegativeNumber(),
  monthlyGrowthRate: rate().default(0),
})

/** How a product earns money: the seed's business models (question 5, 14). */
export const revenueModelSchema = z.discriminatedUnion(
  'model',
  [saasModel, apiModel, solutionModel, hardwareModel, contentLicensingModel, paidCoursesModel],
  { error: 'expected:oneOf' },
)

export const revenueModels = [
  'saas',
  'api',
  'solution',
  'hardware',
  'content-licensing',
  'paid-courses',
] as const

export const productSchema = record({
  id: id(),
  name: text(),
  scenario: oneOf(scenarios),
  description: text().optional(),
  launchMonth: month(),
  markets: list(marketCode()).optional().describe("Defaults to the company's markets served"),
  servingModel: id().optional().describe('Id of the model in `models` that serves this product'),
  revenue: revenueModelSchema,
  aiSystem: aiSystemSchema.prefault({}),
})

export type Product = z.output<typeof productSchema>
export type RevenueModel = z.output<typeof revenueModelSchema>
