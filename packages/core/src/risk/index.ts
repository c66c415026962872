/**
 * @module risk
 * Risk quantification: matrix scoring, and a seeded Monte Carlo of annual losses with controls and insurance;
 * the plan's register scored for the analysis; the bilingual starter catalogue and its suggestions.
 * The only public door of the risk engine.
 */
export type {
  OverdueReview,
  RegisterRiskFigures,
  RiskAnalysis,
  RiskQuantityFigures,
} from './analyze-risks.ts'
export { analyzeRisks, daysBetween } from './analyze-risks.ts'
export { catalogueRisk, catalogueRisks, catalogueText } from './catalogue/catalogue.ts'
export type { SuggestionFact, SuggestionFigures } from './catalogue/facts.ts'
export { runwayFact } from './catalogue/facts.ts'
export type { RiskSuggestion } from './catalogue/suggest.ts'
export { suggestionThresholds, suggestRisks } from './catalogue/suggest.ts'
export type { CatalogueRisk, CatalogueText } from './catalogue/types.ts'
export type { RiskScoreChange } from './compare.ts'
export { compareRiskRegisters } from './compare.ts'
export {
  lossDistributionFromPlan,
  quantifiedRegisterFromPlan,
  quantifiedRiskFromPlan,
  riskControlFromPlan,
  riskControlTitle,
  riskMatrixFromPlan,
} from './from-plan.ts'
export type { HeatMapCell, MatrixPosition, RiskBand, RiskMatrix, ScaleLevel } from './matrix.ts'
export {
  bandOf,
  checkRiskMatrix,
  defaultRiskMatrix,
  heatMap,
  levelForQuantity,
  positionForQuantities,
  riskMatrixIssues,
  scoreRisk,
} from './matrix.ts'
export { controlReturns, meanLossPerEventUsd } from './prepare.ts'
export type { SimulationOptions } from './simulate.ts'
export { maxSimulatedYears, simulateRegister } from './simulate.ts'
export { defaultExceedancePoints, exceedanceCurve, exceedanceGrid, percentilesOfLosses } from './summary.ts'
export type {
  ControlReturn,
  ExceedancePoint,
  InsurancePolicy,
  LossDistribution,
  LossSummary,
  QuantifiedRisk,
  RegisterSimulation,
  RiskControl,
  RiskSimulation,
} from './types.ts'
export { checkQuantifiedRisks, quantifiedRiskIssues } from './validate.ts'
