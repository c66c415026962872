/**
 * @module compute/analyze-compute
 * The compute section of the analysis: every model's size, every training and fine-tuning run planned,
 * and every serving profile sized, with totals the other engines read (training spend and FLOPs for
 * finance and compliance, energy for sustainability).
 */
import type { IssuePath } from '../errors.ts'
import type { TrainingRun as PlanRun } from '../plan/model.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { architectureFromPlan, type PlannedRun, planRunFromPlan, planServingFromPlan } from './from-plan.ts'
import type { InferencePlan } from './inference.ts'
import { parameterBreakdown } from './model.ts'
import type { ModelArchitecture } from './types.ts'

/** One planned run, flattened to the figures indicators and reports use. */
export interface TrainingRunFigures {
  readonly modelId: string
  readonly name: string
  readonly kind: 'pretraining' | 'full-fine-tuning' | 'lora'
  readonly startMonth: string
  readonly gpu: string
  readonly gpus: number
  readonly layout: RunLayout
  readonly layoutSearched: boolean
  readonly totalFlops: number
  readonly stepTimeSeconds: number
  readonly achievedTflopsPerGpu: number
  readonly mfu: number
  readonly tokensPerSecond: number
  readonly gpuHours: number
  readonly days: number
  readonly daysLow: number
  readonly daysHigh: number
  readonly costUsd: number | null
  readonly energyMWh: number | null
  readonly co2Tonnes: number | null
  readonly memoryPerGpuGiB: number
  /** Where that memory goes on the busiest GPU (the first pipeline stage). */
  readonly memoryBreakdownGiB: {
    readonly weights: number
    readonly gradients: number
    readonly optimizer: number
    readonly activations: number
  }
  readonly gpuMemoryGiB: number
}

/** The parallel layout a run uses. */
export interface RunLayout {
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly dataParallel: number
  readonly microBatchSize: number
  readonly interleave: number
  readonly recompute: 'none' | 'selective' | 'full'
  readonly zeroStage: number
  readonly sequenceParallel: boolean
}

export interface ServingFigures {
  readonly modelId: string
  readonly gpu: string
  readonly gpus: number
  readonly replicas: number
  readonly timeToFirstTokenMs: number
  readonly timePerOutputTokenMs: number
  readonly meetsLatencyTargets: boolean
  readonly costPerMillionInputTokensUsd: number | null
  readonly costPerMillionOutputTokensUsd: number | null
  readonly costPerHourUsd: number | null
  readonly energyMWhPerYear: number | null
  readonly co2TonnesPerYear: number | null
  readonly notes: readonly string[]
}

export interface ComputeAnalysis {
  readonly models: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly parameters: number
    readonly activeParameters: number
    readonly serving: ServingFigures | null
  }>
  /** Every training and fine-tuning run, in plan order (a model's main run first). */
  readonly training: readonly TrainingRunFigures[]
  readonly totals: {
    readonly trainingCostUsd: number
    readonly trainingGpuHours: number
    readonly trainingEnergyMWh: number
    readonly trainingCo2Tonnes: number
    /** The largest training compute of any single model (pre-training plus its fine-tuning), FLOPs. */
    readonly largestModelTrainingFlops: number
  }
}

function runLayout({ layout }: PlannedRun): RunLayout {
  return {
    tensorParallel: layout.tensorParallel,
    pipelineParallel: layout.pipelineParallel,
    dataParallel: layout.dataParallel,
    microBatchSize: layout.microBatchSize,
    interleave: layout.interleave ?? 1,
    recompute: layout.recompute ?? 'selective',
    zeroStage: layout.zeroStage ?? 1,
    sequenceParallel: layout.sequenceParallel ?? false,
  }
}

function runFigures(modelId: string, run: PlanRun, planned: PlannedRun): TrainingRunFigures {
  const p = planned.plan
  return {
    modelId,
    name: run.name ?? `${modelId} ${run.kind}`,
    kind: run.kind,
    startMonth: run.startMonth,
    gpu: run.gpu,
    gpus: run.gpus,
    layout: runLayout(planned),
    layoutSearched: planned.layoutSearched,
    totalFlops: p.totalFlops,
    stepTimeSeconds: p.stepTimeSeconds,
    achievedTflopsPerGpu: p.achievedTflopsPerGpu,
    mfu: p.mfu,
    tokensPerSecond: p.tokensPerSecond,
    gpuHours: p.gpuHours,
    days: p.days,
    daysLow: p.daysBand.low,
    daysHigh: p.daysBand.high,
    costUsd: p.costUsd,
    energyMWh: p.energyMWh,
    co2Tonnes: p.co2Tonnes,
    memoryPerGpuGiB: p.memoryPerGpuGiB.total,
    memoryBreakdownGiB: {
      weights: p.memoryPerGpuGiB.weights,
      gradients: p.memoryPerGpuGiB.gradients,
      optimizer: p.memoryPerGpuGiB.optimizer,
      activations: p.memoryPerGpuGiB.activations,
    },
    gpuMemoryGiB: p.gpuMemoryGiB,
  }
}

function servingFigures(modelId: string, gpu: string, plan: InferencePlan): ServingFigures {
  return {
    modelId,
    gpu,
    gpus: plan.gpus,
    replicas: plan.replicas,
    timeToFirstTokenMs: plan.timeToFirstTokenSeconds * 1000,
    timePerOutputTokenMs: plan.timePerOutputTokenSeconds * 1000,
    meetsLatencyTargets: plan.meetsLatencyTargets,
    costPerMillionInputTokensUsd: plan.costPerMillionInputTokensUsd,
    costPerMillionOutputTokensUsd: plan.costPerMillionOutputTokensUsd,
    costPerHourUsd: plan.costPerHourUsd,
    energyMWhPerYear: plan.energyPerYear?.energyMWhPerYear ?? null,
    co2TonnesPerYear: plan.energyPerYear?.locationTonnesPerYear ?? null,
    notes: plan.notes,
  }
}

/**
 * Plans every model of the plan. Throws a `UserError` with plan paths when a model cannot be planned
 * (an unknown GPU, an impossible layout, a model that fits on no layout).
 */
export function analyzeCompute(plan: VenturePlan): ComputeAnalysis {
  const training: TrainingRunFigures[] = []
  const models = plan.models.map((model, index) => {
    const modelPath: IssuePath = ['models', index]
    const needsShape =
      model.training !== undefined || model.fineTuning.length > 0 || model.serving !== undefined
    const architecture: ModelArchitecture | undefined = needsShape
      ? architectureFromPlan(model, modelPath)
      : undefined
    const runs: Array<{ run: PlanRun; path: IssuePath }> = [
      ...(model.training === undefined ? [] : [{ run: model.training, path: [...modelPath, 'training'] }]),
      ...model.fineTuning.map((run, runIndex) => ({ run, path: [...modelPath, 'fineTuning', runIndex] })),
    ]
    for (const { run, path } of runs) {
      training.push(runFigures(model.id, run, planRunFromPlan(architecture!, run, path, modelPath)))
    }
    const breakdown = architecture === undefined ? undefined : parameterBreakdown(architecture)
    const serving =
      model.serving === undefined
        ? null
        : servingFigures(
            model.id,
            model.serving.gpu,
            planServingFromPlan(architecture!, model.serving, [...modelPath, 'serving'], modelPath),
          )
    return {
      id: model.id,
      name: model.name,
      parameters: model.architecture.parameters ?? breakdown?.total ?? 0,
      activeParameters: breakdown?.active ?? model.architecture.parameters ?? 0,
      serving,
    }
  })
  const sum = (pick: (run: TrainingRunFigures) => number | null) =>
    training.reduce((total, run) => total + (pick(run) ?? 0), 0)
  const flopsByModel = new Map<string, number>()
  for (const run of training)
    flopsByModel.set(run.modelId, (flopsByModel.get(run.modelId) ?? 0) + run.totalFlops)
  return {
    models,
    training,
    totals: {
      trainingCostUsd: sum((run) => run.costUsd),
      trainingGpuHours: sum((run) => run.gpuHours),
      trainingEnergyMWh: sum((run) => run.energyMWh),
      trainingCo2Tonnes: sum((run) => run.co2Tonnes),
      largestModelTrainingFlops: Math.max(0, ...flopsByModel.values()),
    },
  }
}
