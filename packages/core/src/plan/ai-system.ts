/**
 * @module plan/ai-system
 * The facts about a product's AI system that the compliance rules read (EU AI Act, GDPR, PIPL, US rules).
 * Every fact has a conservative default so a new plan validates; the compliance engine says which facts
 * it relied on.
 */
import type { z } from 'zod'
import { bool, list, nonNegativeInteger, oneOf, record, text } from './fields.ts'

export const sectors = [
  'general',
  'health',
  'employment',
  'education',
  'finance',
  'insurance',
  'law-enforcement',
  'migration',
  'justice',
  'critical-infrastructure',
  'transport',
  'media',
  'retail',
  'public-services',
  'other',
] as const

export const affectedGroups = [
  'public',
  'customers',
  'employees',
  'job-applicants',
  'students',
  'patients',
  'children',
  'drivers',
] as const

export const specialCategories = [
  'health',
  'biometric',
  'genetic',
  'racial-or-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'sex-life',
  'criminal-records',
  'financial-accounts',
  'location-tracking',
] as const

export const syntheticContentKinds = ['text', 'image', 'audio', 'video', 'deepfake'] as const

export const productSafetyRegimes = [
  'medical-device',
  'in-vitro-diagnostic',
  'machinery',
  'vehicle',
  'toy',
  'radio-equipment',
  'aviation',
  'other',
] as const

export const aiSystemSchema = record({
  intendedPurpose: text().optional().describe('What the system is for, in one sentence'),
  sector: oneOf(sectors).default('general'),
  role: oneOf(['provider', 'deployer', 'provider-and-deployer']).default('provider'),
  affectedGroups: list(oneOf(affectedGroups)).default([]),
  personalData: record({
    processed: bool().default(false),
    specialCategories: list(oneOf(specialCategories)).default([]),
    minors: bool().default(false),
    peopleCount: nonNegativeInteger().default(0).describe('People whose personal data is processed'),
  }).prefault({}),
  decisionsAboutPeople: oneOf(['none', 'supports', 'makes'])
    .default('none')
    .describe('Whether outputs make or materially influence decisions about people'),
  profiling: bool().default(false),
  biometrics: record({
    identification: oneOf(['none', 'verification', 'remote-post', 'remote-real-time']).default('none'),
    categorisation: bool().default(false),
    emotionRecognition: bool().default(false),
  }).prefault({}),
  syntheticContent: list(oneOf(syntheticContentKinds)).default([]),
  openSource: bool().default(false).describe('Weights released under a free and open-source licence'),
  generalPurposeModel: bool().default(false),
  productSafetyRegimes: list(oneOf(productSafetyRegimes)).default([]),
})

export type AiSystem = z.output<typeof aiSystemSchema>
