/**
 * @module compute/search
 * Layout search: every valid (tensor, pipeline, data) split, micro-batch, interleaving, ZeRO stage,
 * recompute mode and sequence-parallel choice for a model on a cluster; layouts that do not fit are
 * dropped with the amount they overflow by, the rest ranked by step time, and the winner explained.
 */

import { type Language, translate } from '../i18n/translate.ts'
import { type IterationFlops, iterationFlops } from './flops.ts'
import { findGpu, peakTflops } from './hardware.ts'
import type { ResolvedLayout } from './layout.ts'
import { parameterBreakdown, resolveArchitecture } from './model.ts'
import { evaluateLayout, type LayoutContext, type LayoutEstimate } from './train.ts'
import type { ModelArchitecture, PrecisionRecipe, RecomputeMode, ZeroStage } from './types.ts'
import { divisors, fail, requirePositiveInteger } from './validate.ts'

/** Input of `searchLayouts`. */
export interface LayoutSearchInput {
  readonly model: ModelArchitecture
  readonly gpuId: string
  readonly gpuCount: number
  readonly globalBatchSequences: number
  /** Default 'megatron-bf16'. */
  readonly precision?: PrecisionRecipe
  readonly fp8?: boolean
  /** Largest micro-batch tried. Default 8. */
  readonly maxMicroBatchSize?: number
  /** Fraction of HBM a layout may use (allocator fragmentation, NCCL buffers). Default 0.9. */
  readonly usableMemoryFraction?: number
  /** How many ranked layouts to return. Default 10. */
  readonly maxResults?: number
  /** Language of the explanation. Default English. */
  readonly language?: Language
}

/** One evaluated layout. */
export interface LayoutCandidate {
  readonly layout: ResolvedLayout
  readonly stepTimeSeconds: number
  readonly memoryPerGpuGiB: number
  readonly mfu: number
  readonly estimate: LayoutEstimate
}

/** A layout dropped for memory, and by how much. */
export interface RejectedLayout {
  readonly layout: ResolvedLayout
  readonly memoryPerGpuGiB: number
  readonly overByGiB: number
}

/** The search's answer. */
export interface LayoutSearchResult {
  readonly evaluated: number
  readonly fitting: number
  readonly ranked: readonly LayoutCandidate[]
  /** Up to five non-fitting layouts closest to fitting. */
  readonly nearestMisses: readonly RejectedLayout[]
  readonly explanation: readonly string[]
}

const recomputeModes: readonly RecomputeMode[] = ['none', 'selective', 'full']

/**
 * Searches every valid layout. Throws `UserError` (`fits_nowhere`) when none fits, naming the nearest miss.
 * @example
 * searchLayouts({ model: findModelPreset('llama3-8b').architecture, gpuId: 'h100-sxm', gpuCount: 8, globalBatchSequences: 64 }).ranked[0].layout.tensorParallel //=> 1
 */
export function searchLayouts(input: LayoutSearchInput): LayoutSearchResult {
  const gpu = findGpu(input.gpuId)
  const gpuCount = requirePositiveInteger(input.gpuCount, ['gpuCount'])
  const globalBatch = requirePositiveInteger(input.globalBatchSequences, ['globalBatchSequences'])
  const maxMicroBatch = requirePositiveInteger(input.maxMicroBatchSize ?? 8, ['maxMicroBatchSize'])
  const maxResults = requirePositiveInteger(input.maxResults ?? 10, ['maxResults'])
  const arch = resolveArchitecture(input.model)
  const context: LayoutContext = {
    model: input.model,
    arch,
    breakdown: parameterBreakdown(input.model),
    gpu,
    globalBatchSequences: globalBatch,
    precision: input.precision ?? 'megatron-bf16',
    fp8: input.fp8 ?? false,
  }
  const memoryLimitGiB = gpu.memoryGiB * (input.usableMemoryFraction ?? 0.9)
  const flopsByMode = new Map<RecomputeMode, IterationFlops>(
    recomputeModes.map((mode) => [mode, iterationFlops(input.model, globalBatch, mode)]),
  )
  const peakFlopsPerSecond = peakTflops(gpu, context.fp8) * 1e12

  const fitting: LayoutCandidate[] = []
  const misses: RejectedLayout[] = []
  let evaluated = 0
  for (const t of divisors(gpuCount)) {
    if (t > gpu.gpusPerNode || arch.attentionHeads % t !== 0 || arch.keyValueHeads % t !== 0) continue
    for (const p of divisors(arch.layers)) {
      if (gpuCount % (t * p) !== 0) continue
      const d = gpuCount / (t * p)
      if (globalBatch % d !== 0) continue
      for (const b of divisors(globalBatch / d)) {
        if (b > maxMicroBatch) break
        const microBatches = globalBatch / (d * b)
        const interleaves = p > 1 && microBatches % p === 0 ? divisors(arch.layers / p) : [1]
        for (const v of interleaves) {
          for (const recompute of recomputeModes) {
            for (const sequenceParallel of t > 1 ? [true, false] : [false]) {
              for (const zeroStage of (p > 1 ? [0, 1] : [0, 1, 2, 3]) as ZeroStage[]) {
                const layout: ResolvedLayout = {
                  tensorParallel: t,
                  pipelineParallel: p,
                  dataParallel: d,
                  microBatchSize: b,
                  microBatches,
                  interleave: v,
                  sequenceParallel,
                  recompute,
                  flashAttention: true,
                  zeroStage,
                  gradientReduceOverlap: 0.5,
                }
                const estimate = evaluateLayout(context, layout, flopsByMode.get(recompute))
                evaluated++
                const memory = estimate.memoryPerGpuGiB.total
                if (memory > memoryLimitGiB) {
                  misses.push({ layout, memoryPerGpuGiB: memory, overByGiB: memory - memoryLimitGiB })
                } else {
                  const seconds = estimate.step.totalSeconds
                  fitting.push({
                    layout,
                    stepTimeSeconds: seconds,
                    memoryPerGpuGiB: memory,
                    mfu: estimate.step.modelFlops / (gpuCount * seconds) / peakFlopsPerSecond,
                    estimate,
                  })
                }
              }
            }
          }
        }
      }
    }
  }
  misses.sort((x, y) => x.overByGiB - y.overByGiB)
  const nearestMisses = misses.slice(0, 5)
  if (evaluated === 0) {
    fail(
      'no_valid_layout',
      ['gpuCount'],
      `No layout splits ${arch.layers} layers, ${arch.attentionHeads} heads and a batch of ${globalBatch} over ${gpuCount} GPUs.`,
      {
        gpuCount,
        globalBatchSequences: globalBatch,
      },
    )
  }
  if (fitting.length === 0) {
    const nearest = nearestMisses[0]!
    fail(
      'fits_nowhere',
      ['gpuCount'],
      `No layout fits in ${memoryLimitGiB.toFixed(1)} GiB per ${gpu.id}: the closest (${describeLayout(nearest.layout)}) needs ${nearest.memoryPerGpuGiB.toFixed(1)} GiB, ${nearest.overByGiB.toFixed(1)} GiB too many. Add GPUs, use a GPU with more memory, or lower the global batch.`,
      {
        gpu: gpu.id,
        memoryLimitGiB: Number(memoryLimitGiB.toFixed(1)),
        nearestMemoryGiB: Number(nearest.memoryPerGpuGiB.toFixed(1)),
        overByGiB: Number(nearest.overByGiB.toFixed(1)),
        nearestLayout: describeLayout(nearest.layout),
      },
    )
  }
  fitting.sort((x, y) => x.stepTimeSeconds - y.stepTimeSeconds || x.memoryPerGpuGiB - y.memoryPerGpuGiB)
  const ranked = fitting.slice(0, maxResults)
  return {
    evaluated,
    fitting: fitting.length,
    ranked,
    nearestMisses,
    explanation: explainWinner(ranked, memoryLimitGiB, misses.length, input.language ?? 'en'),
  }
}

/**
 * Short text of a layout, e.g. `TP 8 × PP 4 (×5 interleaved) × DP 32, micro-batch 1, selective recompute, SP, ZeRO-1`.
 * @example
 * describeLayout({ tensorParallel: 8, pipelineParallel: 1, dataParallel: 4, microBatchSize: 2, microBatches: 4, interleave: 1, sequenceParallel: true, recompute: 'none', flashAttention: true, zeroStage: 1, gradientReduceOverlap: 0.5 })
 * //=> 'TP 8 × PP 1 × DP 4, micro-batch 2, no recompute, SP, ZeRO-1'
 */
export function describeLayout(layout: ResolvedLayout, language: Language = 'en'): string {
  const pipeline =
    layout.interleave > 1
      ? translate(language, 'compute.explain.interleaved', {
          pp: layout.pipelineParallel,
          chunks: layout.interleave,
        })
      : `PP ${layout.pipelineParallel}`
  return translate(language, 'compute.explain.layout', {
    tp: layout.tensorParallel,
    pipeline,
    dp: layout.dataParallel,
    micro: layout.microBatchSize,
    recompute: translate(language, `compute.recompute.${layout.recompute}`),
    sp: layout.sequenceParallel ? ', SP' : '',
    zero: layout.zeroStage,
  })
}

function explainWinner(
  ranked: readonly LayoutCandidate[],
  memoryLimitGiB: number,
  rejected: number,
  language: Language,
): string[] {
  const winner = ranked[0]
  if (winner === undefined) return []
  const step = winner.estimate.step
  const share = (seconds: number): string => `${((seconds / step.totalSeconds) * 100).toFixed(0)} %`
  const lines = [
    translate(language, 'compute.explain.winner', {
      layout: describeLayout(winner.layout, language),
      seconds: step.totalSeconds.toFixed(2),
      mfu: (winner.mfu * 100).toFixed(1),
    }),
    translate(language, 'compute.explain.stepTime', {
      compute: share(step.computeSeconds + step.elementwiseSeconds),
      tp: share(step.tensorParallelSeconds),
      bubble: share(step.bubbleSeconds),
      bubbleBusy: (step.bubbleFraction * 100).toFixed(1),
      dp: share(step.dataParallelExposedSeconds),
    }),
    translate(language, 'compute.explain.memory', {
      used: winner.memoryPerGpuGiB.toFixed(1),
      usable: memoryLimitGiB.toFixed(1),
      rejected,
    }),
  ]
  const runnerUp = ranked[1]
  if (runnerUp !== undefined) {
    const slower = (runnerUp.stepTimeSeconds / winner.stepTimeSeconds - 1) * 100
    lines.push(
      translate(language, 'compute.explain.runnerUp', {
        layout: describeLayout(runnerUp.layout, language),
        slower: slower.toFixed(1),
      }),
    )
  }
  return lines
}
