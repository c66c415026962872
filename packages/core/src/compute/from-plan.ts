/**
 * @module compute/from-plan
 * Reads the plan's models into the compute planner: the architecture (preset merged with overrides),
 * each training and fine-tuning run (the given layout, or the fastest fitting one from the search) and
 * the serving profile. Errors are re-addressed to the plan's own paths so users see where to fix them.
 */
import { type Issue, type IssuePath, UserError } from '../errors.ts'
import type { Model, ServingProfile, TrainingRun } from '../plan/model.ts'
import { planInference } from './inference.ts'
import { findModelPreset } from './presets.ts'
import { searchLayouts } from './search.ts'
import { planTraining, type TrainingPlan } from './train.ts'
import type { ModelArchitecture, ParallelLayout, TrainingInput } from './types.ts'

/** Compute-planner field names that the plan spells differently. */
const planFieldNames: Readonly<Record<string, string>> = {
  gpuId: 'gpu',
  gpuCount: 'gpus',
  vocabSize: 'vocabularySize',
  gatedMlp: 'swiglu',
  headDim: 'headDimension',
  interleave: 'interleavedStages',
  pricePerGpuHourUsd: 'pricing',
  rank: 'loraRank',
}

/** Runs `work`, re-addressing a compute `UserError`'s issues from compute paths to plan paths. */
export function withPlanPaths<T>(runPath: IssuePath, modelPath: IssuePath, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const issues: Issue[] = error.issues.map((issue) => {
      const [head, ...rest] = issue.path
      const renamed = rest.map((segment) =>
        typeof segment === 'string' ? (planFieldNames[segment] ?? segment) : segment,
      )
      const base = head === 'model' ? [...modelPath, 'architecture'] : runPath
      const first =
        head === 'model' || head === 'fineTuning' || head === undefined ? [] : [planFieldNames[head] ?? head]
      return { ...issue, path: [...base, ...first, ...renamed] }
    })
    throw new UserError(error.code, error.message, issues, { cause: error })
  }
}

const required = ['layers', 'hiddenSize', 'attentionHeads', 'vocabularySize', 'sequenceLength'] as const

/**
 * The architecture of a plan model for the planner. Fields missing from both the plan and the preset are
 * reported together, with the path to add them at.
 */
export function architectureFromPlan(model: Model, modelPath: IssuePath): ModelArchitecture {
  const a = model.architecture
  const preset =
    a.preset === undefined
      ? undefined
      : withPlanPaths(
          [...modelPath, 'architecture', 'preset'],
          modelPath,
          () => findModelPreset(a.preset!).architecture,
        )
  const missing = required.filter((field) => a[field] === undefined && preset === undefined)
  if (missing.length > 0) {
    throw new UserError(
      'compute_architecture_incomplete',
      `${missing.join(', ')} needed to plan this model`,
      missing.map((field) => ({
        code: 'missing',
        path: [...modelPath, 'architecture', field],
        message: 'required to plan training or serving (or give a preset)',
      })),
    )
  }
  const pick = <T>(value: T | undefined, fromPreset: T | undefined, fallback: T): T =>
    value ?? fromPreset ?? fallback
  return {
    name: model.name,
    layers: pick(a.layers, preset?.layers, 0),
    hiddenSize: pick(a.hiddenSize, preset?.hiddenSize, 0),
    attentionHeads: pick(a.attentionHeads, preset?.attentionHeads, 0),
    vocabSize: pick(a.vocabularySize, preset?.vocabSize, 0),
    sequenceLength: pick(a.sequenceLength, preset?.sequenceLength, 0),
    ...optional('keyValueHeads', a.keyValueHeads ?? preset?.keyValueHeads),
    ...optional('headDim', a.headDimension ?? preset?.headDim),
    ...optional('ffnHiddenSize', a.ffnHiddenSize ?? preset?.ffnHiddenSize),
    ...optional('experts', a.experts ?? preset?.experts),
    ...optional('expertsPerToken', a.expertsPerToken ?? preset?.expertsPerToken),
    // Without a preset, modern decoder defaults (Llama-style) rather than the GPT-3 defaults of the planner.
    gatedMlp: pick(a.swiglu, preset?.gatedMlp, true),
    tiedEmbeddings: pick(a.tiedEmbeddings, preset?.tiedEmbeddings, false),
    positionEmbedding: pick(a.positionEmbedding, preset?.positionEmbedding, 'rotary'),
    normalization: pick(a.normalization, preset?.normalization, 'rmsnorm'),
    linearBiases: pick(a.linearBiases, preset?.linearBiases, false),
    attention: pick(a.attention, preset?.attention, 'full'),
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** About 4M tokens a step for pre-training (Llama 2's batch), 256K for fine-tuning, as whole sequences. */
export function defaultGlobalBatchSequences(run: TrainingRun, sequenceLength: number): number {
  const tokensPerStep = run.kind === 'pretraining' ? 4 * 2 ** 20 : 256 * 2 ** 10
  return 2 ** Math.max(0, Math.round(Math.log2(tokensPerStep / sequenceLength)))
}

/** The layout a run states, completed with its data-parallel size. */
function statedLayout(run: TrainingRun): ParallelLayout | undefined {
  const layout = run.layout
  if (layout === undefined) return undefined
  return {
    tensorParallel: layout.tensorParallel,
    pipelineParallel: layout.pipelineParallel,
    dataParallel: Math.max(1, Math.floor(run.gpus / (layout.tensorParallel * layout.pipelineParallel))),
    microBatchSize: layout.microBatchSize,
    interleave: layout.interleavedStages,
    sequenceParallel: layout.sequenceParallel,
    recompute: layout.recompute,
    zeroStage: layout.zeroStage,
  }
}

/** A planned run and how its layout was chosen. */
export interface PlannedRun {
  readonly plan: TrainingPlan
  readonly layout: ParallelLayout
  readonly layoutSearched: boolean
  readonly globalBatchSequences: number
}

/**
 * Recently planned runs by their inputs. Several engines read the same run (compute, finance, compliance)
 * and the web app re-analyses on every keystroke, so a layout search is done once per distinct input.
 * Bounded, and keyed by value: it never changes a result.
 */
const plannedRuns = new Map<string, PlannedRun>()
const plannedRunsLimit = 64

/** Plans one of the plan's training runs (`runPath` is where it sits, e.g. `models[0].training`). */
export function planRunFromPlan(
  model: ModelArchitecture,
  run: TrainingRun,
  runPath: IssuePath,
  modelPath: IssuePath,
): PlannedRun {
  const key = JSON.stringify([model, run])
  const cached = plannedRuns.get(key)
  if (cached !== undefined) return cached
  const planned = planRunUncached(model, run, runPath, modelPath)
  if (plannedRuns.size >= plannedRunsLimit) plannedRuns.delete(plannedRuns.keys().next().value!)
  plannedRuns.set(key, planned)
  return planned
}

function planRunUncached(
  model: ModelArchitecture,
  run: TrainingRun,
  runPath: IssuePath,
  modelPath: IssuePath,
): PlannedRun {
  return withPlanPaths(runPath, modelPath, () => {
    const globalBatchSequences =
      run.globalBatchSequences ?? defaultGlobalBatchSequences(run, model.sequenceLength)
    const precision = run.precision === 'fp16' ? 'megatron-fp16' : 'megatron-bf16'
    const fp8 = run.precision === 'fp8'
    const stated = statedLayout(run)
    const layout =
      stated ??
      searchLayouts({
        model,
        gpuId: run.gpu,
        gpuCount: run.gpus,
        globalBatchSequences,
        precision,
        fp8,
        maxResults: 1,
      }).ranked[0]!.layout
    const { pricing } = run
    const input: TrainingInput = {
      model,
      tokens: run.tokens,
      globalBatchSequences,
      gpuId: run.gpu,
      gpuCount: run.gpus,
      layout,
      precision,
      fp8,
      gridRegion: run.region,
      pue: run.pue,
      ...(run.goodput === undefined ? {} : { goodput: run.goodput }),
      ...(run.kind === 'lora' ? { fineTuning: { method: 'lora' as const, rank: run.loraRank ?? 16 } } : {}),
      ...(pricing.pricePerGpuHourUsd === undefined ? {} : { pricePerGpuHourUsd: pricing.pricePerGpuHourUsd }),
      ...(pricing.mode === 'committed' ? { committedDiscount: pricing.committedDiscount } : {}),
      ...(pricing.mode === 'owned'
        ? {
            ownership: {
              purchaseUsdPerGpu: requireOwnedPrice(pricing.purchaseUsdPerGpu, runPath),
              lifetimeYears: pricing.lifetimeYears,
              electricityUsdPerKWh: pricing.electricityUsdPerKWh,
            },
          }
        : {}),
    }
    const planned = planTraining(input)
    return {
      plan:
        run.modelFlopsUtilization === undefined
          ? planned
          : withMeasuredMfu(planned, run.modelFlopsUtilization),
      layout,
      layoutSearched: stated === undefined,
      globalBatchSequences,
    }
  })
}

function requireOwnedPrice(price: number | undefined, runPath: IssuePath): number {
  if (price !== undefined) return price
  const path = [...runPath, 'pricing', 'purchaseUsdPerGpu']
  const message = 'required when pricing.mode is owned'
  throw new UserError('compute_missing_purchase_price', message, [{ code: 'missing', path, message }])
}

/**
 * Replaces the planner's efficiency estimate with a measured MFU: step time, days, GPU-hours, cost and
 * energy all scale with the ratio of the two, since each is proportional to wall-clock time.
 */
export function withMeasuredMfu(plan: TrainingPlan, measuredMfu: number): TrainingPlan {
  const factor = plan.mfu / measuredMfu
  const scale = (value: number | null) => (value === null ? null : value * factor)
  return {
    ...plan,
    stepTimeSeconds: plan.stepTimeSeconds * factor,
    achievedTflopsPerGpu: plan.achievedTflopsPerGpu / factor,
    mfu: measuredMfu,
    hfu: plan.hfu / factor,
    tokensPerSecond: plan.tokensPerSecond / factor,
    days: plan.days * factor,
    daysBand: {
      low: plan.daysBand.low * factor,
      high: plan.daysBand.high * factor,
      basis: plan.daysBand.basis,
    },
    gpuHours: plan.gpuHours * factor,
    costUsd: scale(plan.costUsd),
    energyMWh: scale(plan.energyMWh),
    co2Tonnes: scale(plan.co2Tonnes),
    co2MarketTonnes: scale(plan.co2MarketTonnes),
    assumptions: [...plan.assumptions, `MFU ${measuredMfu} as measured (given in the plan), not estimated`],
  }
}

/** Plans serving a model's profile at its peak request rate. */
export function planServingFromPlan(
  model: ModelArchitecture,
  serving: ServingProfile,
  servingPath: IssuePath,
  modelPath: IssuePath,
) {
  return withPlanPaths(servingPath, modelPath, () =>
    planInference({
      model,
      gpuId: serving.gpu,
      tensorParallel: serving.gpusPerReplica,
      weightPrecision: serving.precision,
      kvCachePrecision: serving.precision === 'fp8' ? 'fp8' : 'bf16',
      requestsPerSecond: serving.requestsPerSecond,
      inputTokens: serving.averageInputTokens,
      outputTokens: serving.averageOutputTokens,
      prefixCacheHitRate: serving.prefixCacheHitRate,
      gridRegion: serving.region,
      ...(serving.timeToFirstTokenTargetMs === undefined
        ? {}
        : { maxTimeToFirstTokenSeconds: serving.timeToFirstTokenTargetMs / 1000 }),
      ...(serving.timePerOutputTokenTargetMs === undefined
        ? {}
        : { maxTimePerOutputTokenSeconds: serving.timePerOutputTokenTargetMs / 1000 }),
      ...(serving.pricePerGpuHourUsd === undefined ? {} : { pricePerGpuHourUsd: serving.pricePerGpuHourUsd }),
    }),
  )
}
