/**
 * @module compliance
 * The compliance engine's public door: rules as data (EU AI Act as amended, GDPR, China, NYC LL144,
 * Colorado SB 26-189), the engine that applies them as of a date, and the bias audit.
 */
export {
  analyzeCompliance,
  type ComplianceAnalysis,
  type ComplianceOptions,
  trainingFlopsByModel,
} from './analyze-compliance.ts'
export * from './bias/index.ts'
export { annexIIIPointsOf, euAdequateCountries } from './classify.ts'
export { holds } from './conditions.ts'
export { crosswalkByTopic, frameworkTitles } from './crosswalk.ts'
export { evaluateProduct, firingRules } from './engine.ts'
export { enterpriseSizeOf, type FactsContext, factWarnings, productFacts } from './facts.ts'
export { annexIIIPoints, complianceRules, legalSources, penalties } from './rules/index.ts'
export type {
  Bearer,
  ComplianceFacts,
  ComplianceWarning,
  EuTier,
  FineExposure,
  Obligation,
  ProductCompliance,
  Rule,
  TodoItem,
} from './types.ts'
