/**
 * @module compute/memory
 * Memory per GPU during training: model states by precision recipe and ZeRO stage (Rajbhandari et al.
 * 2019; Megatron-LM distributed optimizer), activations by recompute mode, tensor/sequence parallelism
 * and pipeline schedule (Korthikanti et al. 2022, Table 2 and §4.2.3).
 */

import type { PrecisionRecipe, RecomputeMode, ZeroStage } from './types.ts'

/** Bytes per parameter for weights, gradients and optimizer state. */
export interface BytesPerParameter {
  readonly weights: number
  readonly gradients: number
  readonly optimizer: number
}

/**
 * Bytes each recipe keeps per parameter (see `PrecisionRecipe`).
 * @example
 * bytesPerParameter('megatron-bf16') //=> { weights: 2, gradients: 4, optimizer: 12 }
 */
export function bytesPerParameter(recipe: PrecisionRecipe): BytesPerParameter {
  switch (recipe) {
    case 'zero-paper':
      return { weights: 2, gradients: 2, optimizer: 12 }
    case 'megatron-fp16':
      return { weights: 2, gradients: 2, optimizer: 16 }
    case 'megatron-bf16':
      return { weights: 2, gradients: 4, optimizer: 12 }
    case 'fp32':
      return { weights: 4, gradients: 4, optimizer: 8 }
  }
}

/** Model-state bytes on one GPU. */
export interface ModelStateBytes {
  readonly weights: number
  readonly gradients: number
  readonly optimizer: number
  readonly total: number
}

/**
 * Model states per GPU for `parameters` held by this GPU's model-parallel shard, sharded `dataParallel`
 * ways by ZeRO: stage 1 shards the optimizer (= Megatron's distributed optimizer), 2 also gradients,
 * 3 also weights. ZeRO paper Figure 1, Ψ = 7.5B, Nd = 64, K = 12: 120, 31.4, 16.6, 1.9 GB.
 * @example
 * modelStateBytes(7.5e9, 64, 3, 'zero-paper').total //=> 1875000000
 */
export function modelStateBytes(
  parameters: number,
  dataParallel: number,
  zeroStage: ZeroStage,
  recipe: PrecisionRecipe,
): ModelStateBytes {
  const bytes = bytesPerParameter(recipe)
  const optimizer = (bytes.optimizer * parameters) / (zeroStage >= 1 ? dataParallel : 1)
  const gradients = (bytes.gradients * parameters) / (zeroStage >= 2 ? dataParallel : 1)
  const weights = (bytes.weights * parameters) / (zeroStage >= 3 ? dataParallel : 1)
  return { weights, gradients, optimizer, total: weights + gradients + optimizer }
}

/** Dimensions of the per-layer activation formulas. */
export interface ActivationShape {
  readonly sequenceLength: number
  readonly microBatchSize: number
  readonly hiddenSize: number
  readonly attentionHeads: number
  readonly tensorParallel: number
  readonly sequenceParallel: boolean
  readonly recompute: RecomputeMode
}

/**
 * Activation bytes one transformer layer stores for one micro-batch, 16-bit activations with 1-byte
 * dropout masks (Korthikanti et al. 2022, Table 2). Full recompute keeps only the layer input (2sbh,
 * split over t with sequence parallelism).
 * @example
 * activationBytesPerLayer({ sequenceLength: 2048, microBatchSize: 1, hiddenSize: 4096, attentionHeads: 32, tensorParallel: 1, sequenceParallel: false, recompute: 'none' }) //=> 956301312
 */
export function activationBytesPerLayer(shape: ActivationShape): number {
  const { sequenceLength: s, microBatchSize: b, hiddenSize: h, attentionHeads: a, tensorParallel: t } = shape
  const sbh = s * b * h
  const attentionScores = (5 * a * s) / h
  const sequenceParallel = shape.sequenceParallel && t > 1
  switch (shape.recompute) {
    case 'full':
      return (2 * sbh) / (sequenceParallel ? t : 1)
    case 'selective':
      return sequenceParallel ? (34 * sbh) / t : sbh * (10 + 24 / t)
    case 'none':
      return sequenceParallel ? (sbh * (34 + attentionScores)) / t : sbh * (10 + 24 / t + attentionScores / t)
  }
}

/**
 * Layers' worth of activations the first pipeline stage holds at its peak: with 1F1B it has min(p, m)
 * micro-batches of l/p layers in flight; interleaving v chunks raises that by (1 + (p−1)/(p·v))
 * (Korthikanti et al. 2022 §4.2.3, v the interleaving stages). Uneven stages count the fullest.
 * @example
 * layersInFlight(96, 8, 64, 1) //=> 96
 */
export function layersInFlight(
  layers: number,
  pipelineParallel: number,
  microBatches: number,
  interleave: number,
): number {
  const p = pipelineParallel
  const base = Math.ceil(layers / p) * Math.min(p, microBatches)
  return interleave > 1 ? base * (1 + (p - 1) / (p * interleave)) : base
}

/**
 * Activation bytes on the first pipeline stage, plus the working set of one recomputed layer.
 * @example
 * activationBytesPerGpu({ sequenceLength: 2048, microBatchSize: 1, hiddenSize: 4096, attentionHeads: 32, tensorParallel: 8, sequenceParallel: true, recompute: 'full' }, 32, 1, 4, 1) //=> 186646528
 */
export function activationBytesPerGpu(
  shape: ActivationShape,
  layers: number,
  pipelineParallel: number,
  microBatches: number,
  interleave: number,
): number {
  const stored =
    activationBytesPerLayer(shape) * layersInFlight(layers, pipelineParallel, microBatches, interleave)
  // Recomputing a layer rebuilds its full activations before its backward pass: one layer's worth extra.
  const working = shape.recompute === 'none' ? 0 : activationBytesPerLayer({ ...shape, recompute: 'none' })
  return stored + working
}
