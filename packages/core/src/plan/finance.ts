/**
 * @module plan/finance
 * Settings of the monthly projection and the costs that are neither people nor compute.
 */
import { z } from 'zod'
import { list, month, oneOf, rate, record, text, usd } from './fields.ts'

export const costCategories = [
  'rent',
  'cloud',
  'software',
  'marketing',
  'legal',
  'travel',
  'insurance',
  'other',
] as const

export const otherCostSchema = record({
  name: text(),
  category: oneOf(costCategories).default('other'),
  monthlyUsd: usd(),
  startMonth: month().optional(),
  endMonth: month().optional(),
  monthlyGrowthRate: rate().default(0),
})

export const financeSettingsSchema = record({
  horizonMonths: z
    .number({ error: 'expected:positiveInteger' })
    .int({ error: 'expected:positiveInteger' })
    .min(12, { error: 'expected:horizon' })
    .max(120, { error: 'expected:horizon' })
    .default(60),
  otherCosts: list(otherCostSchema).default([]),
})

export type FinanceSettings = z.output<typeof financeSettingsSchema>
