/**
 * @module finance
 * The finance engine's one public door: exact cap tables, safe and note conversion in priced rounds, safes at
 * an acquisition, the exit waterfall and its payout chart, and the default-alive calculation.
 */

export type { FinanceAnalysis } from './analysis.ts'
export { analyzeFinance } from './analysis.ts'
export { capTable } from './captable/cap-table.ts'
export type {
  LiquidityHolderPayout,
  LiquidityInput,
  LiquidityResult,
  SafeAtLiquidity,
} from './captable/liquidity.ts'
export { safesAtLiquidity } from './captable/liquidity.ts'
export type {
  CapTableEvent,
  CapTableInput,
  CapTableResult,
  ClassResult,
  ConversionBasis,
  ConversionResult,
  ConvertibleNote,
  Crowdfunding,
  DayCount,
  DecimalInput,
  HolderResult,
  Holding,
  PoolChange,
  PostMoneySafe,
  PreMoneySafe,
  PricedRound,
  PricingConvention,
  ProRataRight,
  RoundInvestment,
  RoundingRule,
  RoundResult,
  ShareKind,
  StrategicInvestment,
} from './captable/types.ts'
export { YC_GUIDE_ROUNDING } from './captable/types.ts'
export type { DefaultAliveInput, DefaultAliveResult } from './default-alive.ts'
export { defaultAlive, impliedWeeklyGrowth } from './default-alive.ts'
export type { PlanCapTableInput } from './plan/cap-table-from-plan.ts'
export { capTableFromPlan, capTableInputFromPlan } from './plan/cap-table-from-plan.ts'
export type { PlanExit } from './plan/waterfall-from-plan.ts'
export { preferenceTermsFromPlan, waterfallFromPlan } from './plan/waterfall-from-plan.ts'
export type { DefaultAliveFigures } from './projection/alive.ts'
export { defaultAliveOf } from './projection/alive.ts'
export { checkFundingDates, fundingFlows, loanPaymentUsd } from './projection/funding-flows.ts'
export { otherCostSeries, otherCostsInMonth } from './projection/other-costs.ts'
export type { PreparedProjection } from './projection/project.ts'
export { prepareProjection, projectPlan, projectPrepared } from './projection/project.ts'
export { monthlyChurnFromAnnual, productSeries } from './projection/revenue.ts'
export type { Runway } from './projection/runway.ts'
export { runway } from './projection/runway.ts'
export { servingCosts } from './projection/serving-cost.ts'
export { spreadOverDays, trainingSpends } from './projection/training-spend.ts'
export type {
  ProductSeries,
  Projection,
  ProjectionNote,
  ServingCost,
  TrainingSpend,
} from './projection/types.ts'
export type { BurnMultipleBand, UnitEconomics } from './projection/unit-economics.ts'
export { burnMultipleBand, unitEconomics } from './projection/unit-economics.ts'
export { type PreparedAssumption, prepareAssumptions, setAtPath } from './simulation/assumptions.ts'
export {
  dilutionWithConversions,
  type FloatConvertible,
  type FloatRound,
  pendingConvertibles,
  roundTotalShares,
} from './simulation/round-conversions.ts'
export { SIMULATION_CHUNK_SIZE, type SimulateOptions, simulateFinance } from './simulation/simulate.ts'
export {
  type ChunkResult,
  nextRoundIndex,
  roundDilution,
  simulateChunk,
} from './simulation/simulate-chunk.ts'
export { quantileSorted, type SimulationResult, summariseSimulation } from './simulation/summarise.ts'
export type { PreferenceTerms } from './waterfall/from-cap-table.ts'
export { waterfallClasses } from './waterfall/from-cap-table.ts'
export type { PayoutSeries } from './waterfall/series.ts'
export { exitValueGrid, payoutSeries } from './waterfall/series.ts'
export type {
  ClassHolding,
  ClassPayout,
  CommonClass,
  HolderPayout,
  Participation,
  PreferredClass,
  WaterfallClass,
  WaterfallInput,
  WaterfallResult,
} from './waterfall/types.ts'
export { waterfall } from './waterfall/waterfall.ts'
