/**
 * @module compute
 * The compute planner's public door: training and inference planning, layout search, compute-optimal
 * sizing, energy and the reference data they use. Everything else in this folder is internal.
 */

export { type GpuSpec, gpuIds, gpus } from '../data/gpus.ts'
export { type GridIntensity, gridIntensities, gridIntensityIds } from '../data/grid-intensity.ts'
export {
  analyzeCompute,
  type ComputeAnalysis,
  type RunLayout,
  type ServingFigures,
  type TrainingRunFigures,
} from './analyze-compute.ts'
export {
  predictMegatronRow,
  predictMegatronTable,
  type ReferencePrediction,
  type TimeBand,
  timeBand,
} from './calibration.ts'
export {
  type BudgetInput,
  type BudgetResult,
  budgetToOptimalModel,
  chinchillaOptimal,
  type OptimalSize,
} from './chinchilla.ts'
export { calendarDays, llama3Goodput, type OwnedCostInput, ownedCostUsd, rentalCostUsd } from './cost.ts'
export {
  type EnergyInput,
  emissionsTonnes,
  energyMWh,
  findGridIntensity,
  type ServingFootprint,
  servingFootprintPerYear,
} from './energy.ts'
export {
  type ForwardFlopsPerToken,
  forwardFlopsPerToken,
  type GptShape,
  type IterationFlops,
  iterationFlops,
  korthikantiModelFlops,
  korthikantiSelectiveRecomputeFlops,
  narayananFullRecomputeFlops,
  sixNDFlops,
} from './flops.ts'
export {
  architectureFromPlan,
  defaultGlobalBatchSequences,
  type PlannedRun,
  planRunFromPlan,
  planServingFromPlan,
  withMeasuredMfu,
} from './from-plan.ts'
export { findGpu, peakTflops } from './hardware.ts'
export {
  bytesPerValue,
  type InferencePlan,
  type KvCachePerToken,
  kvCachePerToken,
  planInference,
} from './inference.ts'
export { type ResolvedLayout, resolveLayout } from './layout.ts'
export { type MegatronTableRow, megatronTable1 } from './megatron-reference.ts'
export {
  type ActivationShape,
  activationBytesPerGpu,
  activationBytesPerLayer,
  type BytesPerParameter,
  bytesPerParameter,
  layersInFlight,
  type ModelStateBytes,
  modelStateBytes,
} from './memory.ts'
export {
  loraParameterCount,
  narayananParameterCount,
  type ParameterBreakdown,
  parameterBreakdown,
  parameterCount,
  type ResolvedArchitecture,
  resolveArchitecture,
} from './model.ts'
export { findModelPreset, type ModelPreset, modelPresets } from './presets.ts'
export {
  describeLayout,
  type LayoutCandidate,
  type LayoutSearchInput,
  type LayoutSearchResult,
  type RejectedLayout,
  searchLayouts,
} from './search.ts'
export {
  computeEfficiency,
  type EfficiencyConstants,
  efficiencyFor,
  type StepTimeBreakdown,
  stepTime,
} from './step-time.ts'
export { type LayoutEstimate, type MemoryPerGpuGiB, planTraining, type TrainingPlan } from './train.ts'
export type {
  AttentionKind,
  FineTuning,
  InferenceInput,
  InferencePrecision,
  ModelArchitecture,
  ParallelLayout,
  PrecisionRecipe,
  RecomputeMode,
  TrainingInput,
  ZeroStage,
} from './types.ts'
