/**
 * @module plan/ai-system
 * The facts about a product's AI system that the compliance rules read (EU AI Act, GDPR, PIPL, US rules).
 * Every fact has a conservative default so a new plan validates; the compliance engine says which facts
 * it relied on.
 */
import type { z } from 'zod'
import {
  bool,
  isoDate,
  list,
  marketCode,
  nonNegativeInteger,
  oneOf,
  positiveNumber,
  ratio,
  record,
  text,
} from './fields.ts'

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

/**
 * Uses the compliance rules single out (EU AI Act Art. 5 and Annex III points, NYC LL144, Colorado
 * SB 26-189), plus common uses that are deliberately outside them (fraud detection, motor insurance), so a
 * plan can say "not credit scoring" explicitly.
 */
export const aiUseCases = [
  'subliminal-manipulation',
  'exploiting-vulnerabilities',
  'social-scoring',
  'crime-prediction-by-profiling',
  'facial-image-scraping',
  'intimate-imagery-generation',
  'child-abuse-material-generation',
  'critical-infrastructure-safety',
  'education-admission',
  'education-assessment',
  'education-level-assignment',
  'exam-proctoring',
  'job-ad-targeting',
  'candidate-screening',
  'worker-management',
  'public-benefits-eligibility',
  'credit-scoring',
  'life-health-insurance-pricing',
  'emergency-call-triage',
  'law-enforcement-risk-assessment',
  'law-enforcement-evidence',
  'lie-detection',
  'migration-risk-assessment',
  'asylum-visa-examination',
  'border-identification',
  'judicial-assistance',
  'election-influence',
  'housing-decisions',
  'healthcare-access',
  'legal-services',
  'fraud-detection',
  'motor-insurance-pricing',
  'chatbot',
  'content-recommendation',
  'spam-filtering',
] as const

/** The conditions of EU AI Act Art. 6(3) under which an Annex III system is not high-risk. */
export const highRiskDerogations = [
  'none',
  'narrow-procedural-task',
  'improves-completed-human-activity',
  'detects-decision-patterns',
  'preparatory-task',
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
    sensitiveAttributes: bool()
      .default(false)
      .describe(
        'Categorisation infers race, political opinions, union membership, beliefs, sex life or orientation',
      ),
    medicalOrSafetyPurpose: bool()
      .default(false)
      .describe('Emotion recognition for medical or safety reasons'),
  }).prefault({}),
  syntheticContent: list(oneOf(syntheticContentKinds)).default([]),
  openSource: bool().default(false).describe('Weights released under a free and open-source licence'),
  generalPurposeModel: bool().default(false),
  productSafetyRegimes: list(oneOf(productSafetyRegimes)).default([]),
  productThirdPartyAssessment: bool()
    .default(true)
    .describe('The product regime requires a notified body (third-party) conformity assessment'),
  establishment: marketCode()
    .optional()
    .describe("Where the operator is established; defaults to the company's home market"),
  useCases: list(oneOf(aiUseCases))
    .default([])
    .describe(
      'What the system is used for, in the terms the rules use (Annex III points, credit scoring, …)',
    ),
  highRiskDerogation: oneOf(highRiskDerogations)
    .default('none')
    .describe('The EU AI Act Art. 6(3) condition the provider relies on, if any'),
  interactsWithPeople: bool()
    .optional()
    .describe(
      'Talks with people directly; defaults to whether it generates text or audio for the people it affects',
    ),
  publicOpinionAttributes: bool()
    .default(false)
    .describe('(China) a service with public-opinion attributes or social-mobilisation capacity'),
  trainsModel: bool()
    .optional()
    .describe(
      'The operator trains or fine-tunes the model; defaults to whether its serving model has training runs',
    ),
  trainingComputeFlops: positiveNumber()
    .optional()
    .describe(
      'Cumulative training compute of the general-purpose model when it is not planned under `models`',
    ),
  modification: record({
    baseModel: text().optional(),
    computeShare: ratio().describe(
      "Compute of the modification as a share of the original model's training compute",
    ),
    baseModelSystemicRisk: bool().default(false),
  })
    .optional()
    .describe("Fine-tuning or otherwise modifying someone else's general-purpose model"),
  placedOnMarketOn: isoDate()
    .optional()
    .describe('When the system or model was first placed on the market; defaults to the launch month'),
  personalDataLocations: list(marketCode())
    .default([])
    .describe('Where personal data is stored or accessed from (transfers are judged from these)'),
  completedObligations: list(text())
    .default([])
    .describe('Ids of obligations already met, so the to-do list and indicators skip them'),
})

export type AiSystem = z.output<typeof aiSystemSchema>
