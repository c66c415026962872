/**
 * @module compute/published-runs
 * Published large training runs the planner was NOT calibrated on: its out-of-sample check. Their
 * errors widen the time band for GPUs of the same generation, since the efficiency constants were
 * fitted on A100s only.
 */
import { findModelPreset } from './presets.ts'
import { planTraining } from './train.ts'

export interface PublishedRun {
  readonly id: string
  /** GPU ids of the same generation the observed error applies to. */
  readonly generation: readonly string[]
  readonly publishedTflopsPerGpu: number
  readonly source: string
  /** The planner's prediction for the published layout. */
  readonly predict: () => number
}

export const publishedRuns: readonly PublishedRun[] = [
  {
    id: 'llama3-405b-8192-h100',
    generation: ['h100-sxm', 'h100-pcie', 'h200', 'h800', 'h20'],
    publishedTflopsPerGpu: 430,
    source:
      'Llama Team 2024, The Llama 3 Herd of Models (arXiv:2407.21783) Table 4: 8,192 H100s, TP 8, CP 1, PP 16, DP 64, sequence 8,192, 16M tokens per batch, 430 TFLOP/s per GPU (BF16)',
    predict: () =>
      planTraining({
        model: { ...findModelPreset('llama3-405b').architecture, sequenceLength: 8192 },
        tokens: 1.56e13,
        globalBatchSequences: 2048,
        gpuId: 'h100-sxm',
        gpuCount: 8192,
        layout: {
          tensorParallel: 8,
          pipelineParallel: 16,
          dataParallel: 64,
          microBatchSize: 1,
          recompute: 'none',
          zeroStage: 1,
          sequenceParallel: true,
        },
      }).achievedTflopsPerGpu,
  },
]

/** Predicted / published throughput of every out-of-sample run for `gpuId`'s generation. */
export function outOfSampleRatios(gpuId: string): Array<{ id: string; ratio: number; source: string }> {
  return publishedRuns
    .filter((run) => run.generation.includes(gpuId))
    .map((run) => ({ id: run.id, ratio: run.predict() / run.publishedTflopsPerGpu, source: run.source }))
}
