/**
 * @module plan/team
 * The team by the seed's six functions (question 16), each role with its hiring month and cost.
 */
import { z } from 'zod'
import { bool, list, marketCode, month, positiveInteger, record, text, usd } from './fields.ts'

export const teamFunctions = ['technology', 'market', 'operations', 'finance', 'legal', 'hr'] as const

export const roleSchema = record({
  title: text(),
  function: z.enum(teamFunctions, { error: 'expected:oneOf' }),
  count: positiveInteger().default(1),
  startMonth: month(),
  endMonth: month().optional(),
  monthlySalaryUsd: usd(),
  location: marketCode().optional(),
  keyPerson: bool().default(false).describe('Holds know-how the venture would struggle to replace'),
})

export const teamSchema = record({
  salaryOverheadRate: z
    .number({ error: 'expected:ratio' })
    .min(0, { error: 'expected:nonNegativeNumber' })
    .max(3, { error: 'expected:ratio' })
    .default(0.25)
    .describe('Employer on-costs (taxes, benefits) as a share of salary'),
  roles: list(roleSchema).default([]),
})

export type Team = z.output<typeof teamSchema>
export type Role = z.output<typeof roleSchema>
