/**
 * @module compute/inference
 * Serving estimates: weights and KV-cache memory, concurrent sequences, prefill (compute-bound) and
 * decode (bandwidth-bound) speed, TTFT/TPOT, GPUs for a traffic profile, cost per million tokens and
 * what quantisation, 2:4 sparsity and prefix caching save. Vendor serving figures are best cases
 * measured on tuned stacks; these estimates are ceilings of the same kind at the stated efficiencies.
 */

import { translate } from '../i18n/translate.ts'
import { type ServingFootprint, servingFootprintPerYear } from './energy.ts'
import { findGpu, peakTflops } from './hardware.ts'
import { parameterBreakdown, resolveArchitecture } from './model.ts'
import type { InferenceInput, InferencePrecision, ModelArchitecture } from './types.ts'
import {
  fail,
  nearestDivisors,
  requireFraction,
  requirePositive,
  requirePositiveInteger,
} from './validate.ts'

const gibibyte = 2 ** 30

/**
 * Bytes per stored value.
 * @example
 * bytesPerValue('int4') //=> 0.5
 */
export function bytesPerValue(precision: InferencePrecision): number {
  switch (precision) {
    case 'fp32':
      return 4
    case 'bf16':
    case 'fp16':
      return 2
    case 'fp8':
    case 'int8':
      return 1
    case 'int4':
      return 0.5
  }
}

/** KV cache per token, or why it is not modelled. */
export type KvCachePerToken =
  | { readonly modelled: true; readonly bytesPerToken: number }
  | { readonly modelled: false; readonly reason: string }

/**
 * KV cache bytes per token, 2·L·n_kv·d_head·bytes (GQA/MQA through n_kv). OPT-13B: 800 KiB (Kwon et al.
 * 2023 §3). Sliding-window and MLA caches differ in shape: reported as not modelled rather than wrong.
 * @example
 * kvCachePerToken({ layers: 40, hiddenSize: 5120, attentionHeads: 40, vocabSize: 50272, sequenceLength: 2048 }, 'fp16') //=> { modelled: true, bytesPerToken: 819200 }
 */
export function kvCachePerToken(
  model: ModelArchitecture,
  precision: InferencePrecision = 'bf16',
): KvCachePerToken {
  const arch = resolveArchitecture(model)
  if (arch.attention !== 'full') {
    return {
      modelled: false,
      reason: `${arch.attention} attention keeps a KV cache of a different shape (a window, or a compressed latent); not modelled`,
    }
  }
  return {
    modelled: true,
    bytesPerToken: 2 * arch.layers * arch.keyValueHeads * arch.headDim * bytesPerValue(precision),
  }
}

/** The result of `planInference`. */
export interface InferencePlan {
  readonly parameters: number
  readonly activeParameters: number
  readonly weightsGiBPerGpu: number
  readonly kvCache: KvCachePerToken
  readonly kvCacheGiBPerSequence: number | null
  /** Sequences of (input + output) tokens that fit beside the weights on one replica. */
  readonly maxConcurrentSequences: number | null
  /** Decode batch chosen: the largest that fits and meets the TPOT target. */
  readonly batchSize: number
  readonly timeToFirstTokenSeconds: number
  readonly timePerOutputTokenSeconds: number
  readonly prefillTokensPerSecond: number
  readonly decodeTokensPerSecond: number
  readonly replicas: number
  readonly gpus: number
  readonly meetsLatencyTargets: boolean
  readonly costPerMillionInputTokensUsd: number | null
  readonly costPerMillionOutputTokensUsd: number | null
  readonly costPerHourUsd: number | null
  /** Fraction of the blended serving cost saved by each option against bf16, no sparsity, no cache. */
  readonly savings: {
    readonly quantisation: number
    readonly sparsity: number
    readonly prefixCaching: number
  }
  readonly energyPerYear: ServingFootprint | null
  readonly notes: readonly string[]
}

interface CoreEstimate {
  readonly weightsBytesPerGpu: number
  readonly kvBytesPerSequence: number | null
  readonly maxConcurrentSequences: number | null
  readonly batchSize: number
  readonly prefillSeconds: number
  readonly decodeStepSeconds: number
  readonly replicaRequestsPerSecond: number
  readonly replicas: number
  readonly meetsLatencyTargets: boolean
}

/**
 * Plans serving a traffic profile.
 * @example
 * planInference({ model: findModelPreset('llama3-8b').architecture, gpuId: 'h100-sxm', requestsPerSecond: 10, inputTokens: 1000, outputTokens: 200 }).gpus //=> 1
 */
export function planInference(input: InferenceInput): InferencePlan {
  const gpu = findGpu(input.gpuId)
  const breakdown = parameterBreakdown(input.model)
  const core = estimate(input)
  const tensorParallel = input.tensorParallel ?? 1
  const kvCache = kvCachePerToken(input.model, input.kvCachePrecision ?? 'bf16')
  const price = input.pricePerGpuHourUsd ?? gpu.rentalUsdPerGpuHour
  const gpus = core.replicas * tensorParallel
  const outputSecondsPerToken = core.decodeStepSeconds / core.batchSize
  const perMillion = (replicaSeconds: number): number | null =>
    price === null ? null : (price * tensorParallel * replicaSeconds * 1e6) / 3600
  const baseline = blendedCost(
    estimate({
      ...input,
      weightPrecision: 'bf16',
      kvCachePrecision: 'bf16',
      sparsity: 'none',
      prefixCacheHitRate: 0,
    }),
    input,
  )
  const saving = (variant: InferenceInput): number => 1 - blendedCost(estimate(variant), input) / baseline
  const unquantised = { ...input, weightPrecision: 'bf16', kvCachePrecision: 'bf16' } as const
  return {
    parameters: breakdown.total,
    activeParameters: breakdown.active,
    weightsGiBPerGpu: core.weightsBytesPerGpu / gibibyte,
    kvCache,
    kvCacheGiBPerSequence: core.kvBytesPerSequence === null ? null : core.kvBytesPerSequence / gibibyte,
    maxConcurrentSequences: core.maxConcurrentSequences,
    batchSize: core.batchSize,
    timeToFirstTokenSeconds: core.prefillSeconds,
    timePerOutputTokenSeconds: core.decodeStepSeconds,
    prefillTokensPerSecond: (input.inputTokens * (1 - (input.prefixCacheHitRate ?? 0))) / core.prefillSeconds,
    decodeTokensPerSecond: core.batchSize / core.decodeStepSeconds,
    replicas: core.replicas,
    gpus,
    meetsLatencyTargets: core.meetsLatencyTargets,
    costPerMillionInputTokensUsd: perMillion(core.prefillSeconds / input.inputTokens),
    costPerMillionOutputTokensUsd: perMillion(outputSecondsPerToken),
    costPerHourUsd: price === null ? null : price * gpus,
    savings: {
      quantisation: saving({ ...input, sparsity: 'none', prefixCacheHitRate: 0 }),
      sparsity: saving({ ...unquantised, prefixCacheHitRate: 0 }),
      prefixCaching: saving({ ...unquantised, sparsity: 'none' }),
    },
    energyPerYear:
      gpu.tdpWatts === null
        ? null
        : servingFootprintPerYear(gpus, gpu.tdpWatts, input.gridRegion ?? 'world', { pue: input.pue ?? 1.1 }),
    notes: [
      translate(input.language ?? 'en', 'compute.notes.bestCase'),
      translate(input.language ?? 'en', 'compute.notes.queueing'),
      input.sparsity === 'unstructured'
        ? 'Unstructured sparsity gives no speed-up without sparse kernels: ignored.'
        : '',
      input.sparsity === '2:4' && !gpu.structuredSparsity
        ? `${gpu.id} has no 2:4 sparse tensor cores: sparsity ignored.`
        : '',
      kvCache.modelled
        ? ''
        : `KV cache not modelled: ${kvCache.reason}; memory and decode figures count weights only.`,
    ].filter((note) => note !== ''),
  }
}

// Replica-seconds per request, priced: what the savings compare.
function blendedCost(core: CoreEstimate, input: InferenceInput): number {
  return core.prefillSeconds + (input.outputTokens * core.decodeStepSeconds) / core.batchSize
}

function estimate(input: InferenceInput): CoreEstimate {
  const gpu = findGpu(input.gpuId)
  const arch = resolveArchitecture(input.model)
  const breakdown = parameterBreakdown(input.model)
  const tensorParallel = requirePositiveInteger(input.tensorParallel ?? 1, ['tensorParallel'])
  if (arch.attentionHeads % tensorParallel !== 0) {
    const nearest = nearestDivisors(arch.attentionHeads, tensorParallel)
    fail(
      'tensor_parallel_heads',
      ['tensorParallel'],
      `tensorParallel ${tensorParallel} must divide attentionHeads (${arch.attentionHeads}); nearest valid: ${nearest.join(', ')}.`,
      {
        tensorParallel,
        heads: arch.attentionHeads,
        nearest: nearest.join(', '),
      },
    )
  }
  const requestsPerSecond = requirePositive(input.requestsPerSecond, ['requestsPerSecond'])
  const inputTokens = requirePositiveInteger(input.inputTokens, ['inputTokens'])
  const outputTokens = requirePositiveInteger(input.outputTokens, ['outputTokens'])
  const hitRate = requireFraction(input.prefixCacheHitRate ?? 0, ['prefixCacheHitRate'])
  const prefillEfficiency = requireFraction(input.prefillEfficiency ?? 0.5, ['prefillEfficiency'], 0.01)
  const bandwidthEfficiency = requireFraction(
    input.decodeBandwidthEfficiency ?? 0.7,
    ['decodeBandwidthEfficiency'],
    0.01,
  )
  const usable = requireFraction(input.usableMemoryFraction ?? 0.9, ['usableMemoryFraction'], 0.1)

  const weightPrecision = input.weightPrecision ?? 'bf16'
  // 2:4 keeps half the values plus 2 bits of index per kept value, and halves matmul work, only where
  // sparse tensor cores exist; unstructured sparsity changes nothing without sparse kernels.
  const sparse = input.sparsity === '2:4' && gpu.structuredSparsity
  const weightBytesFactor = sparse ? 0.5 + 0.125 / bytesPerValue(weightPrecision) : 1
  const weightsBytes = breakdown.total * bytesPerValue(weightPrecision) * weightBytesFactor
  const activeWeightBytes = breakdown.active * bytesPerValue(weightPrecision) * weightBytesFactor
  const kv = kvCachePerToken(input.model, input.kvCachePrecision ?? 'bf16')
  const kvBytesPerSequence = kv.modelled ? kv.bytesPerToken * (inputTokens + outputTokens) : null
  const freeBytes = gpu.memoryGiB * gibibyte * usable * tensorParallel - weightsBytes
  if (freeBytes <= 0) {
    fail(
      'weights_do_not_fit',
      ['tensorParallel'],
      `The weights need ${(weightsBytes / gibibyte).toFixed(1)} GiB but ${tensorParallel} × ${gpu.id} offer ${(gpu.memoryGiB * usable * tensorParallel).toFixed(1)} usable GiB: raise tensorParallel or quantise.`,
      {
        weightsGiB: weightsBytes / gibibyte,
        usableGiB: gpu.memoryGiB * usable * tensorParallel,
      },
    )
  }
  const maxConcurrentSequences =
    kvBytesPerSequence === null ? null : Math.floor(freeBytes / kvBytesPerSequence)
  if (maxConcurrentSequences === 0) {
    fail(
      'kv_does_not_fit',
      ['inputTokens'],
      'Not even one sequence of KV cache fits beside the weights: raise tensorParallel, quantise, or shorten the context.',
      {
        freeGiB: freeBytes / gibibyte,
      },
    )
  }

  const peak = peakTflops(gpu, weightPrecision === 'fp8') * 1e12 * tensorParallel
  const bandwidth = gpu.memoryBandwidthGBps * 1e9 * bandwidthEfficiency * tensorParallel
  const linearFlopsPerToken = 2 * breakdown.active * (sparse ? 0.5 : 1)
  const queryWidth = arch.attentionHeads * arch.headDim
  const prefillTokens = inputTokens * (1 - hitRate)
  // Causal attention over the prompt: 4·q·L FLOPs per (query, key) pair, half the square.
  const prefillFlops =
    linearFlopsPerToken * prefillTokens + 2 * arch.layers * queryWidth * prefillTokens * inputTokens
  const prefillSeconds = Math.max(prefillFlops / (peak * prefillEfficiency), 1e-6)

  const averageContext = inputTokens + outputTokens / 2
  const decodeStep = (batch: number): number => {
    const bytes = activeWeightBytes + (kv.modelled ? batch * kv.bytesPerToken * averageContext : 0)
    const flops = batch * (linearFlopsPerToken + 4 * arch.layers * queryWidth * averageContext)
    return Math.max(bytes / bandwidth, flops / (peak * prefillEfficiency))
  }
  const batchLimit = Math.min(maxConcurrentSequences ?? 1024, 1024)
  const tpotTarget = input.maxTimePerOutputTokenSeconds
  let batchSize = batchLimit
  if (tpotTarget !== undefined) {
    // Decode time grows with the batch: bisect for the largest batch within the target.
    let low = 1
    let high = batchLimit
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (decodeStep(middle) <= tpotTarget) low = middle
      else high = middle - 1
    }
    batchSize = low
  }
  const decodeStepSeconds = decodeStep(batchSize)
  const replicaSecondsPerRequest = prefillSeconds + (outputTokens * decodeStepSeconds) / batchSize
  const replicaRequestsPerSecond = 1 / replicaSecondsPerRequest
  const meetsLatencyTargets =
    (tpotTarget === undefined || decodeStepSeconds <= tpotTarget) &&
    (input.maxTimeToFirstTokenSeconds === undefined || prefillSeconds <= input.maxTimeToFirstTokenSeconds)
  return {
    weightsBytesPerGpu: weightsBytes / tensorParallel,
    kvBytesPerSequence,
    maxConcurrentSequences,
    batchSize,
    prefillSeconds,
    decodeStepSeconds,
    replicaRequestsPerSecond,
    replicas: Math.max(1, Math.ceil(requestsPerSecond / replicaRequestsPerSecond)),
    meetsLatencyTargets,
  }
}
