/**
 * @module compute/calibration
 * The planner's own error on published runs: predictions of Megatron-LM Table 1 from the layout alone,
 * and the time band that error implies for any estimate.
 */

import { narayananFullRecomputeFlops } from './flops.ts'
import { findGpu } from './hardware.ts'
import { type MegatronTableRow, megatronTable1 } from './megatron-reference.ts'
import { narayananParameterCount, resolveArchitecture } from './model.ts'
import { outOfSampleRatios } from './published-runs.ts'
import { type EfficiencyConstants, efficiencyFor, stepTime } from './step-time.ts'
import type { ModelArchitecture } from './types.ts'

/** A predicted row beside the published one. */
export interface ReferencePrediction {
  readonly id: string
  readonly predictedTflopsPerGpu: number
  readonly publishedTflopsPerGpu: number
  /** (predicted − published) / published. */
  readonly relativeError: number
  readonly stepTimeSeconds: number
}

const gpuId = 'a100-80gb-sxm'

/**
 * Predicts one Table 1 row's achieved TFLOP/s per GPU (FLOPs counted with eq. 3, as the paper does).
 * @example
 * Math.round(predictMegatronRow(megatronTable1[0]!).predictedTflopsPerGpu) > 100 //=> true
 */
export function predictMegatronRow(
  row: MegatronTableRow,
  constants: EfficiencyConstants = efficiencyFor(gpuId),
): ReferencePrediction {
  const model: ModelArchitecture = {
    layers: row.layers,
    hiddenSize: row.hiddenSize,
    attentionHeads: row.attentionHeads,
    vocabSize: 51200,
    sequenceLength: 2048,
  }
  const gpuCount = row.tensorParallel * row.pipelineParallel * row.dataParallel
  const time = stepTime({
    model,
    arch: resolveArchitecture(model),
    parameters: narayananParameterCount(model),
    gpu: findGpu(gpuId),
    globalBatchSequences: row.globalBatch,
    tensorParallel: row.tensorParallel,
    pipelineParallel: row.pipelineParallel,
    dataParallel: row.dataParallel,
    microBatchSize: row.microBatch,
    interleave: row.interleave,
    sequenceParallel: false,
    recompute: 'full',
    zeroStage: 0,
    precision: 'megatron-fp16',
    gradientReduceOverlap: row.torchDdp ? 1 : 0,
    fp8: false,
    flashAttention: false,
    constants,
  })
  const flops = narayananFullRecomputeFlops({
    batchSequences: row.globalBatch,
    sequenceLength: 2048,
    layers: row.layers,
    hiddenSize: row.hiddenSize,
    vocabSize: 51200,
  })
  const predictedTflopsPerGpu = flops / (gpuCount * time.totalSeconds) / 1e12
  return {
    id: row.id,
    predictedTflopsPerGpu,
    publishedTflopsPerGpu: row.achievedTflopsPerGpu,
    relativeError: predictedTflopsPerGpu / row.achievedTflopsPerGpu - 1,
    stepTimeSeconds: time.totalSeconds,
  }
}

/**
 * Every Table 1 row predicted with the same constants.
 * @example
 * predictMegatronTable().length //=> 10
 */
export function predictMegatronTable(constants?: EfficiencyConstants): ReferencePrediction[] {
  return megatronTable1.map((row) => predictMegatronRow(row, constants))
}

/** Multipliers to apply to a predicted duration: [fastest, slowest] relative to the estimate. */
export interface TimeBand {
  readonly lowFactor: number
  readonly highFactor: number
  /** Mean absolute relative error on the references. */
  readonly meanAbsoluteError: number
  readonly worstAbsoluteError: number
  readonly basis: string
}

let cachedBand: TimeBand | undefined
const cachedOutOfSample = new Map<string, TimeBand>()

/**
 * The band from the planner's error on Table 1: a run whose throughput we over-predicted by e% takes
 * 1/(1−e) longer. Outside the calibrated GPU (A100) the band is doubled, and stretched further to cover
 * every published run of that GPU generation the planner was not fitted on (`published-runs.ts`).
 * @example
 * timeBand('a100-80gb-sxm').lowFactor < 1 //=> true
 */
export function timeBand(forGpuId: string): TimeBand {
  cachedBand ??= bandFromPredictions(predictMegatronTable())
  if (forGpuId.startsWith('a100')) return cachedBand
  const cached = cachedOutOfSample.get(forGpuId)
  if (cached !== undefined) return cached
  const widen = (factor: number): number => 1 + 2 * (factor - 1)
  const doubled: TimeBand = {
    ...cachedBand,
    lowFactor: Math.max(0.1, widen(cachedBand.lowFactor)),
    highFactor: widen(cachedBand.highFactor),
    basis: `${cachedBand.basis}; doubled because ${forGpuId} is not calibrated against published runs`,
  }
  // Predicting the published runs plans training on this GPU, which asks for this band: answer that
  // inner call with the doubled band (the run's duration band does not affect its throughput).
  cachedOutOfSample.set(forGpuId, doubled)
  const observed = outOfSampleRatios(forGpuId)
  const band: TimeBand =
    observed.length === 0
      ? doubled
      : {
          ...doubled,
          lowFactor: Math.min(doubled.lowFactor, ...observed.map((run) => run.ratio)),
          highFactor: Math.max(doubled.highFactor, ...observed.map((run) => run.ratio)),
          basis: `${cachedBand.basis}; widened for ${forGpuId} by out-of-sample runs (${observed.map((run) => `${run.id}: predicted/published ${run.ratio.toFixed(2)}`).join(', ')})`,
        }
  cachedOutOfSample.set(forGpuId, band)
  return band
}

function bandFromPredictions(predictions: readonly ReferencePrediction[]): TimeBand {
  const ratios = predictions.map(
    (prediction) => prediction.predictedTflopsPerGpu / prediction.publishedTflopsPerGpu,
  )
  const errors = predictions.map((prediction) => Math.abs(prediction.relativeError))
  return {
    // Time scales with 1 / throughput: an over-predicted throughput (ratio > 1) means a longer real run.
    lowFactor: Math.min(1, ...ratios.map((ratio) => ratio)),
    highFactor: Math.max(1, ...ratios),
    meanAbsoluteError: errors.reduce((sum, error) => sum + error, 0) / errors.length,
    worstAbsoluteError: Math.max(...errors),
    basis: 'Narayanan et al. 2021 Table 1 (10 runs, 32-3072 A100s) predicted from layout alone',
  }
}
