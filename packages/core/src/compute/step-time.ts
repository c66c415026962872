/**
 * @module compute/step-time
 * Time of one training iteration from a layout: matmul compute at a size-dependent fraction of peak,
 * tensor-parallel all-reduces, pipeline sends, the pipeline bubble, the exposed part of the
 * data-parallel gradient reduction and the optimizer update.
 */

import type { GpuSpec } from '../data/gpus.ts'
import { type IterationFlops, iterationFlops } from './flops.ts'
import { peakTflops } from './hardware.ts'
import { activationBytesPerLayer, bytesPerParameter } from './memory.ts'
import type { ResolvedArchitecture } from './model.ts'
import type { ModelArchitecture, PrecisionRecipe, RecomputeMode, ZeroStage } from './types.ts'

/**
 * Constants of the performance model. One set per GPU type; `efficiencyFor` picks it. A100 values are
 * calibrated once against all of Narayanan et al. 2021 Table 1 (see step-time.test.ts), no per-row tuning.
 */
export interface EfficiencyConstants {
  /** Fraction of tensor peak that large matmuls reach, non-matmul kernels (norms, softmax) included. */
  readonly maxComputeEfficiency: number
  /** Per-GPU hidden slice (h / t) at which efficiency is half its maximum: small GEMMs run worse. */
  readonly halfEfficiencyHiddenPerGpu: number
  /** Achieved collective bus bandwidth as a fraction of the link's per-direction figure. */
  readonly communicationEfficiency: number
  /**
   * HBM traffic of the memory-bound kernels (norms, softmax, dropout, GeLU) per byte of activations they
   * store (Korthikanti Table 2 bytes): each is written once and read back at least once.
   */
  readonly elementwiseTrafficPerStoredByte: number
}

// Calibrated on A100 Table 1 (Megatron, 2021 software). Newer GPUs reuse them: uncalibrated there,
// which the time band says by widening for non-A100 GPUs.
const defaultConstants: EfficiencyConstants = {
  maxComputeEfficiency: 0.65,
  halfEfficiencyHiddenPerGpu: 40,
  communicationEfficiency: 0.9,
  elementwiseTrafficPerStoredByte: 2,
}

/**
 * The efficiency constants for a GPU type (the A100 calibration for all types today).
 * @example
 * efficiencyFor('a100-80gb-sxm').communicationEfficiency //=> 0.9
 */
export function efficiencyFor(_gpuId: string): EfficiencyConstants {
  return defaultConstants
}

/**
 * Fraction of tensor peak the matmuls reach for a per-GPU hidden slice (saturating in size).
 * @example
 * computeEfficiency(1024, { maxComputeEfficiency: 0.6, halfEfficiencyHiddenPerGpu: 0, communicationEfficiency: 1, elementwiseTrafficPerStoredByte: 2 }) //=> 0.6
 */
export function computeEfficiency(hiddenPerGpu: number, constants: EfficiencyConstants): number {
  return (
    (constants.maxComputeEfficiency * hiddenPerGpu) / (hiddenPerGpu + constants.halfEfficiencyHiddenPerGpu)
  )
}

/** What a step-time estimate needs beyond the architecture. */
export interface StepTimeInput {
  readonly model: ModelArchitecture
  readonly arch: ResolvedArchitecture
  readonly parameters: number
  /** Parameters with gradients and optimizer state (LoRA adapters only). Default: `parameters`. */
  readonly trainableParameters?: number
  readonly gpu: GpuSpec
  readonly globalBatchSequences: number
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly dataParallel: number
  readonly microBatchSize: number
  readonly interleave: number
  readonly sequenceParallel: boolean
  readonly recompute: RecomputeMode
  readonly zeroStage: ZeroStage
  readonly precision: PrecisionRecipe
  readonly gradientReduceOverlap: number
  readonly fp8: boolean
  /** Fused attention (FlashAttention) never writes the s×s scores to memory. */
  readonly flashAttention: boolean
  /** Precomputed `iterationFlops` for this batch and recompute mode (the layout search reuses it). */
  readonly flops?: IterationFlops
  readonly constants: EfficiencyConstants
}

/** Seconds per iteration, by component. */
export interface StepTimeBreakdown {
  readonly computeSeconds: number
  readonly elementwiseSeconds: number
  readonly tensorParallelSeconds: number
  readonly pipelineSendSeconds: number
  readonly bubbleSeconds: number
  readonly dataParallelExposedSeconds: number
  readonly optimizerSeconds: number
  readonly totalSeconds: number
  readonly modelFlops: number
  readonly hardwareFlops: number
  readonly microBatches: number
  readonly bubbleFraction: number
}

/**
 * Estimates one iteration. All inputs are assumed valid (see `resolveLayout`); `predictMegatronRow`
 * shows a complete call.
 * @example
 * stepTime(input).totalSeconds //=> compute + elementwise + communication + bubble + exposed reduction + optimizer
 * Ring collectives move 2(n−1)/n of the buffer; a group larger than a node runs at network speed.
 */
export function stepTime(input: StepTimeInput): StepTimeBreakdown {
  const { arch, gpu, constants } = input
  const t = input.tensorParallel
  const p = input.pipelineParallel
  const d = input.dataParallel
  const gpuCount = t * p * d
  const microBatches = input.globalBatchSequences / (d * input.microBatchSize)
  const frozenBase = input.trainableParameters !== undefined && input.trainableParameters < input.parameters
  const flops =
    input.flops ?? iterationFlops(input.model, input.globalBatchSequences, input.recompute, frozenBase)
  const peakFlopsPerSecond = peakTflops(gpu, input.fp8) * 1e12
  const efficiency = computeEfficiency(arch.hiddenSize / t, constants)
  // Uneven pipelines (layers not divisible by p, e.g. Llama 3 405B's 126 layers on 16 stages) run at
  // the pace of the fullest stage.
  const layersPerStage = Math.ceil(arch.layers / p)
  const stageImbalance = (layersPerStage * p) / arch.layers
  const computeSeconds = (flops.hardwareFlops / gpuCount / (peakFlopsPerSecond * efficiency)) * stageImbalance

  // Memory-bound kernels: forward, the two-pass backward and a recomputed forward each touch the layer's
  // activations; without sequence parallelism norms and dropout run replicated on every tensor rank.
  const storedBytesPerLayer = activationBytesPerLayer({
    sequenceLength: arch.sequenceLength,
    microBatchSize: input.microBatchSize,
    hiddenSize: arch.hiddenSize,
    attentionHeads: arch.attentionHeads,
    tensorParallel: t,
    sequenceParallel: input.sequenceParallel,
    // Selective recompute's formula is exactly "everything but the s×s score tensors".
    recompute: input.flashAttention ? 'selective' : 'none',
  })
  const passes = input.recompute === 'full' ? 4 : 3
  const elementwiseSeconds =
    (constants.elementwiseTrafficPerStoredByte *
      passes *
      (arch.layers / p) *
      microBatches *
      storedBytesPerLayer) /
    (gpu.memoryBandwidthGBps * 1e9)

  const bytesPerBoundary = 2 * input.microBatchSize * arch.sequenceLength * arch.hiddenSize
  const intraBytesPerSecond = gpu.intraNodeBandwidthGBps * 1e9 * constants.communicationEfficiency
  const interBytesPerSecond = gpu.interNodeBandwidthGBps * 1e9 * constants.communicationEfficiency

  let tensorParallelSeconds = 0
  if (t > 1) {
    // Forward and backward each all-reduce twice per layer (attention and MLP); full recompute repeats
    // the forward's two. Sequence parallelism swaps each for reduce-scatter + all-gather: same volume.
    const collectivesPerLayer = input.recompute === 'full' ? 6 : 4
    const linkBytesPerSecond = t <= gpu.gpusPerNode ? intraBytesPerSecond : interBytesPerSecond
    const perCollective = ((2 * (t - 1)) / t) * (bytesPerBoundary / linkBytesPerSecond)
    tensorParallelSeconds = layersPerStage * microBatches * collectivesPerLayer * perCollective
  }

  let pipelineSendSeconds = 0
  if (p > 1) {
    // One activation send forward and one gradient send backward per micro-batch and model chunk; Megatron
    // splits each send over the t GPUs of a stage (scatter/gather optimisation, Narayanan et al. §4.1).
    const perSend = bytesPerBoundary / t / interBytesPerSecond
    pipelineSendSeconds = 2 * microBatches * input.interleave * perSend
  }

  const bubbleFraction = (p - 1) / (microBatches * input.interleave)
  const bubbleSeconds =
    bubbleFraction * (computeSeconds + elementwiseSeconds + tensorParallelSeconds + pipelineSendSeconds)

  const bytes = bytesPerParameter(input.precision)
  const parametersPerGpu = (input.trainableParameters ?? input.parameters) / (t * p)
  let dataParallelExposedSeconds = 0
  if (d > 1) {
    const volumeFactor = input.zeroStage === 3 ? 1.5 : 1
    const gradientBytes = parametersPerGpu * bytes.gradients * volumeFactor
    const linkBytesPerSecond = gpuCount <= gpu.gpusPerNode ? intraBytesPerSecond : interBytesPerSecond
    const reduceSeconds = ((2 * (d - 1)) / d) * (gradientBytes / linkBytesPerSecond)
    // Only the backward pass (two thirds of the model FLOPs' time) can hide the reduction.
    const backwardSeconds = (computeSeconds * 2) / 3
    const hidden = Math.min(reduceSeconds * input.gradientReduceOverlap, backwardSeconds)
    dataParallelExposedSeconds = reduceSeconds - hidden
  }

  // Adam reads and writes master weights, moments and gradients once: memory-bound.
  const optimizerShard = input.zeroStage >= 1 ? d : 1
  const optimizerBytes =
    (2 * parametersPerGpu * (bytes.optimizer + bytes.gradients + bytes.weights)) / optimizerShard
  const optimizerSeconds = optimizerBytes / (gpu.memoryBandwidthGBps * 1e9)

  const totalSeconds =
    computeSeconds +
    elementwiseSeconds +
    tensorParallelSeconds +
    pipelineSendSeconds +
    bubbleSeconds +
    dataParallelExposedSeconds +
    optimizerSeconds
  return {
    computeSeconds,
    elementwiseSeconds,
    tensorParallelSeconds,
    pipelineSendSeconds,
    bubbleSeconds,
    dataParallelExposedSeconds,
    optimizerSeconds,
    totalSeconds,
    modelFlops: flops.modelFlops,
    hardwareFlops: flops.hardwareFlops,
    microBatches,
    bubbleFraction,
  }
}
