/**
 * @module plan/strategy
 * The seven-step strategic plan of the seed (question 13), SWOT and goals as OKRs.
 */
import type { z } from 'zod'
import { id, list, number, record, text } from './fields.ts'

/** The seven steps of the seed's strategic planning, in order. */
export const strategySteps = [
  'marketResearch',
  'technologyAssessment',
  'teamBuilding',
  'businessModelDesign',
  'resourceAllocation',
  'riskAnalysis',
  'goalSetting',
] as const

const conclusions = () => list(text()).default([])

export const keyResultSchema = record({
  title: text(),
  figure: text().optional().describe('Expression over analysis figures whose value measures progress'),
  start: number().default(0),
  target: number(),
  current: number().optional().describe('Hand-entered progress when no figure is bound'),
})

export const objectiveSchema = record({
  id: id(),
  objective: text(),
  keyResults: list(keyResultSchema).default([]),
})

export const strategySchema = record({
  steps: record({
    marketResearch: conclusions(),
    technologyAssessment: conclusions(),
    teamBuilding: conclusions(),
    businessModelDesign: conclusions(),
    resourceAllocation: conclusions(),
    riskAnalysis: conclusions(),
    goalSetting: conclusions(),
  }).prefault({}),
  swot: record({
    strengths: conclusions(),
    weaknesses: conclusions(),
    opportunities: conclusions(),
    threats: conclusions(),
  }).prefault({}),
  objectives: list(objectiveSchema).default([]),
})

export type Strategy = z.output<typeof strategySchema>
