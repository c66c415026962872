/**
 * @module strategy
 * The strategy workspace's public door: market sizing, competition, readiness scorecard, the seven-step
 * plan with OKRs and SWOT, team needs, sustainability, international expansion and scenario templates.
 */
export {
  analyzeStrategy,
  cashMonths,
  type StrategyAnalysis,
  type StrategyInputFigures,
} from './analyze-strategy.ts'
export {
  analyzeCompetition,
  businessModelFromProducts,
  type Competition,
  type CompetitorRow,
  type Dimension,
  type DimensionScores,
  dimensions,
  type Force,
  forces,
  normaliseWeights,
  talentFromTeam,
  technologyFromModels,
  weightedScore,
} from './competition.ts'
export {
  analyzeExpansion,
  type DataTransfer,
  type Expansion,
  jurisdictionOf,
  type MarketRules,
} from './expansion.ts'
export {
  type MarketSizing,
  type MethodSizing,
  type SizingInput,
  type SomSensitivity,
  sizeBottomUp,
  sizeMarket,
  sizeTopDown,
} from './market-sizing.ts'
export { gradeKeyResult, gradeObjectives, type KeyResultGrade, type ObjectiveGrade } from './okr.ts'
export {
  type FactorScore,
  fundingScore,
  type Readiness,
  type ReadinessFactor,
  scoreReadiness,
  teamScore,
} from './readiness.ts'
export { coversMarket, type Regime, regimes } from './regimes.ts'
export { scenarioPlan } from './scenario-plan.ts'
export {
  type Bilingual,
  type RegulatoryFact,
  type ScenarioTemplate,
  type ScenarioTemplateId,
  scenarioTemplateIds,
  scenarioTemplates,
} from './scenario-templates.ts'
export { type StepStatus, type StrategicPlanStatus, strategicPlanStatus } from './strategic-plan.ts'
export {
  analyzeSustainability,
  type ComputeFigures,
  cleanestGrid,
  mostEfficientGpu,
  type Sustainability,
  type Workload,
  wattsPerTflop,
} from './sustainability.ts'
export { type RoleNeed, type RoleNeedId, roleNeedIds, type TeamNeeds, teamNeeds } from './team-needs.ts'
export { toYaml } from './yaml-writer.ts'
