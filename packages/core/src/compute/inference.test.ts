import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { kvCachePerToken, planInference } from './inference.ts'
import { findModelPreset } from './presets.ts'
import type { InferenceInput } from './types.ts'

const opt13b = { layers: 40, hiddenSize: 5120, attentionHeads: 40, vocabSize: 50272, sequenceLength: 2048 }
const llama3 = findModelPreset('llama3-8b').architecture
const base: InferenceInput = {
  model: llama3,
  gpuId: 'h100-sxm',
  requestsPerSecond: 10,
  inputTokens: 1000,
  outputTokens: 200,
}

describe('kvCachePerToken', () => {
  it('returns 819,200 bytes per token for OPT-13B in fp16 (Kwon et al. 2023 vLLM §3: "800 KB")', () => {
    expect(kvCachePerToken(opt13b, 'fp16')).toEqual({ modelled: true, bytesPerToken: 819200 })
  })

  it('returns 1.6 per 2,048-token request for OPT-13B (Kwon et al. 2023 §3; 1.6 "GB" = 1.5625 GiB)', () => {
    const kv = kvCachePerToken(opt13b, 'fp16')
    if (!kv.modelled) throw new Error('expected a modelled cache')
    expect(Math.round(((kv.bytesPerToken * 2048) / 2 ** 30) * 10) / 10).toBe(1.6)
  })

  it('returns 327,680 bytes per token for Llama 2 70B with GQA (8 KV heads × 128 × 80 layers × 2 × 2 B)', () => {
    expect(kvCachePerToken(findModelPreset('llama2-70b').architecture)).toEqual({
      modelled: true,
      bytesPerToken: 327680,
    })
  })

  it('returns "not modelled" for sliding-window and MLA attention', () => {
    expect(kvCachePerToken({ ...llama3, attention: 'sliding-window' }).modelled).toBe(false)
    expect(kvCachePerToken({ ...llama3, attention: 'mla' }).modelled).toBe(false)
  })
})

describe('planInference', () => {
  const plan = planInference(base)

  it('returns the module example: 1 H100 for Llama 3 8B at 10 req/s of 1,000 in / 200 out', () => {
    expect(plan.gpus).toBe(1)
  })

  it('returns decode bound by HBM bandwidth at batch 1 (weights / (3.35 TB/s × 0.7))', () => {
    const single = planInference({ ...base, maxTimePerOutputTokenSeconds: 0.0075 })
    expect(single.batchSize).toBeGreaterThanOrEqual(1)
    expect(single.timePerOutputTokenSeconds).toBeLessThanOrEqual(0.0075)
    const weightsOnly = planInference({ ...base, maxTimePerOutputTokenSeconds: 1e-9 })
    expect(weightsOnly.batchSize).toBe(1)
    expect(weightsOnly.meetsLatencyTargets).toBe(false)
  })

  it('returns concurrent sequences limited by the KV cache beside the weights', () => {
    const kv = 2 * 32 * 8 * 128 * 2 * 1200
    const free = 80 * 2 ** 30 * 0.9 - plan.weightsGiBPerGpu * 2 ** 30
    expect(plan.maxConcurrentSequences).toBe(Math.floor(free / kv))
  })

  it('returns more GPUs for more traffic', () => {
    expect(planInference({ ...base, requestsPerSecond: 100 }).gpus).toBeGreaterThan(plan.gpus)
  })

  it('returns a cost per million output tokens above that of input tokens (decode is the expensive phase)', () => {
    expect(plan.costPerMillionOutputTokensUsd!).toBeGreaterThan(plan.costPerMillionInputTokensUsd!)
  })

  it('returns savings from int4 weights and prefix caching, and none from unstructured sparsity', () => {
    const tuned = planInference({
      ...base,
      weightPrecision: 'int4',
      prefixCacheHitRate: 0.5,
      sparsity: 'unstructured',
    })
    expect(tuned.savings.quantisation).toBeGreaterThan(0)
    expect(tuned.savings.prefixCaching).toBeGreaterThan(0)
    expect(tuned.savings.sparsity).toBe(0)
    expect(tuned.notes.join(' ')).toContain('Unstructured sparsity')
  })

  it('returns a 2:4 sparsity saving only on GPUs with sparse tensor cores', () => {
    expect(planInference({ ...base, sparsity: '2:4' }).savings.sparsity).toBeGreaterThan(0)
    expect(planInference({ ...base, gpuId: 'tpu-v5p', sparsity: '2:4' }).savings.sparsity).toBe(0)
  })

  it('returns a year of serving energy from the GPU count and TDP', () => {
    expect(plan.energyPerYear?.energyMWhPerYear).toBeCloseTo((plan.gpus * 8760 * 700 * 1.1) / 1e6, 6)
  })

  it('throws UserError when tensor parallel does not divide the heads', () => {
    expect(() => planInference({ ...base, tensorParallel: 3 })).toThrow(UserError)
  })

  it('throws UserError when the weights do not fit', () => {
    try {
      planInference({ ...base, model: findModelPreset('llama3-405b').architecture, gpuId: 'a100-80gb-sxm' })
      expect.unreachable()
    } catch (error) {
      expect((error as UserError).issues[0]?.code).toBe('weights_do_not_fit')
    }
  })
})
