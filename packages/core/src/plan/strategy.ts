/**
 * @module plan/strategy
 * The seven-step strategic plan of the seed (question 13), SWOT and goals as OKRs.
 */
import type { z } from 'zod'
import { id, list, number, record, score, text } from './fields.ts'

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

/** The seed's key success factors (question 11), scored on the readiness scorecard. */
export const readinessFactors = [
  'coreTechnology',
  'dataResources',
  'team',
  'marketPositioning',
  'businessModel',
  'userFeedback',
  'funding',
] as const

const manualFactor = record({
  score: score(),
  evidence: text().optional(),
  nextAction: text().optional(),
})

export const readinessSchema = record({
  target: score().default(4).describe('The score every factor should reach'),
  factors: record({
    coreTechnology: manualFactor.optional(),
    dataResources: manualFactor.optional(),
    team: manualFactor.optional(),
    marketPositioning: manualFactor.optional(),
    businessModel: manualFactor.optional(),
    userFeedback: manualFactor.optional(),
    funding: manualFactor.optional(),
  })
    .prefault({})
    .describe('Scores set by hand; figures derived from the plan take precedence where they exist'),
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
  readiness: readinessSchema.prefault({}),
})

export type Strategy = z.output<typeof strategySchema>
