/**
 * @module risk
 * Risk quantification: matrix scoring, and a seeded Monte Carlo of annual losses with controls and insurance.
 * The only public door of the risk engine.
 */
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
