/**
 * @module compute/layout
 * Checks a parallel layout against the model and cluster, filling defaults. Each failure names the
 * constraint and the nearest valid choices.
 */

import type { ResolvedArchitecture } from './model.ts'
import type { ParallelLayout, RecomputeMode, ZeroStage } from './types.ts'
import { fail, nearestDivisors, requireFraction, requirePositiveInteger } from './validate.ts'

/** A layout with defaults applied and every constraint checked. */
export interface ResolvedLayout {
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly dataParallel: number
  readonly microBatchSize: number
  readonly microBatches: number
  readonly interleave: number
  readonly sequenceParallel: boolean
  readonly recompute: RecomputeMode
  readonly flashAttention: boolean
  readonly zeroStage: ZeroStage
  readonly gradientReduceOverlap: number
}

/**
 * Validates `layout` for `gpuCount` GPUs and a global batch; throws `UserError` on the first violation.
 * @example
 * resolveLayout({ tensorParallel: 2, pipelineParallel: 1, dataParallel: 4, microBatchSize: 1 }, arch, 8, 64).microBatches //=> 16
 */
export function resolveLayout(
  layout: ParallelLayout,
  arch: ResolvedArchitecture,
  gpuCount: number,
  globalBatchSequences: number,
  path: ReadonlyArray<string | number> = ['layout'],
): ResolvedLayout {
  const t = requirePositiveInteger(layout.tensorParallel, [...path, 'tensorParallel'])
  const p = requirePositiveInteger(layout.pipelineParallel, [...path, 'pipelineParallel'])
  const d = requirePositiveInteger(layout.dataParallel, [...path, 'dataParallel'])
  const b = requirePositiveInteger(layout.microBatchSize, [...path, 'microBatchSize'])
  const v = requirePositiveInteger(layout.interleave ?? 1, [...path, 'interleave'])
  if (t * p * d !== gpuCount) {
    const suggestion = gpuCount % (t * p) === 0 ? gpuCount / (t * p) : null
    fail(
      'layout_gpu_mismatch',
      [...path, 'dataParallel'],
      `tensorParallel × pipelineParallel × dataParallel = ${t * p * d}, but gpuCount is ${gpuCount}.` +
        (suggestion === null ? ` ${t * p} does not divide ${gpuCount}.` : ` Use dataParallel ${suggestion}.`),
      { product: t * p * d, gpuCount, suggestion },
    )
  }
  for (const [name, heads] of [
    ['attentionHeads', arch.attentionHeads],
    ['keyValueHeads', arch.keyValueHeads],
  ] as const) {
    if (heads % t !== 0) {
      const nearest = nearestDivisors(heads, t)
      fail(
        'tensor_parallel_heads',
        [...path, 'tensorParallel'],
        `tensorParallel ${t} must divide ${name} (${heads}); nearest valid: ${nearest.join(', ')}.`,
        {
          tensorParallel: t,
          heads,
          nearest: nearest.join(', '),
        },
      )
    }
  }
  if (p > arch.layers) {
    const nearest = nearestDivisors(arch.layers, Math.min(p, arch.layers))
    fail(
      'pipeline_layers',
      [...path, 'pipelineParallel'],
      `pipelineParallel ${p} exceeds the ${arch.layers} layers; nearest even splits: ${nearest.join(', ')}.`,
      {
        pipelineParallel: p,
        layers: arch.layers,
        nearest: nearest.join(', '),
      },
    )
  }
  if (globalBatchSequences % (d * b) !== 0) {
    const perReplica = globalBatchSequences / d
    const nearest = Number.isInteger(perReplica) ? nearestDivisors(perReplica, b) : []
    fail(
      'batch_not_divisible',
      [...path, 'microBatchSize'],
      `The global batch (${globalBatchSequences}) must split into whole micro-batches of ${b} over ${d} data-parallel replicas.` +
        (nearest.length > 0
          ? ` Nearest valid microBatchSize: ${nearest.join(', ')}.`
          : ` Make the global batch a multiple of ${d}.`),
      { globalBatchSequences, dataParallel: d, microBatchSize: b, nearest: nearest.join(', ') },
    )
  }
  const microBatches = globalBatchSequences / (d * b)
  if (v > 1) {
    const layersPerStage = arch.layers / p
    // Megatron's interleaved schedule needs whole layers per chunk and micro-batches in multiples of p.
    if (p === 1 || !Number.isInteger(layersPerStage) || layersPerStage % v !== 0 || microBatches % p !== 0) {
      const nearest = p === 1 || !Number.isInteger(layersPerStage) ? [1] : nearestDivisors(layersPerStage, v)
      fail(
        'interleave_invalid',
        [...path, 'interleave'],
        `interleave ${v} needs pipelineParallel > 1, ${layersPerStage} layers per stage divisible by it, and micro-batches (${microBatches}) a multiple of pipelineParallel (${p}); nearest valid: ${nearest.join(', ')}.`,
        { interleave: v, layersPerStage, microBatches, pipelineParallel: p, nearest: nearest.join(', ') },
      )
    }
  }
  const zeroStage = layout.zeroStage ?? 0
  if (![0, 1, 2, 3].includes(zeroStage)) {
    fail('zero_stage', [...path, 'zeroStage'], `zeroStage must be 0, 1, 2 or 3 (got ${zeroStage}).`, {
      value: zeroStage,
    })
  }
  if (zeroStage >= 2 && p > 1) {
    // Sharding gradients or weights conflicts with pipeline micro-batch accumulation (DeepSpeed refuses it).
    fail(
      'zero_with_pipeline',
      [...path, 'zeroStage'],
      `zeroStage ${zeroStage} cannot combine with pipelineParallel ${p}; use zeroStage 1 or pipelineParallel 1.`,
      {
        zeroStage,
        pipelineParallel: p,
        nearest: 1,
      },
    )
  }
  return {
    tensorParallel: t,
    pipelineParallel: p,
    dataParallel: d,
    microBatchSize: b,
    microBatches,
    interleave: v,
    sequenceParallel: (layout.sequenceParallel ?? false) && t > 1,
    recompute: layout.recompute ?? 'none',
    flashAttention: layout.flashAttention ?? true,
    zeroStage,
    gradientReduceOverlap: requireFraction(layout.gradientReduceOverlap ?? 0.5, [
      ...path,
      'gradientReduceOverlap',
    ]),
  }
}
