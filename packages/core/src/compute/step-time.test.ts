import { describe, expect, it } from 'vitest'
import { findGpu } from './hardware.ts'
import { narayananParameterCount, resolveArchitecture } from './model.ts'
import { computeEfficiency, efficiencyFor, type StepTimeInput, stepTime } from './step-time.ts'

const model = { layers: 48, hiddenSize: 8192, attentionHeads: 64, vocabSize: 51200, sequenceLength: 2048 }
// Megatron Table 1, 39B row (Narayanan et al. 2021): TP 8, PP 2, DP 32, batch 1536, micro-batch 4.
const base: StepTimeInput = {
  model,
  arch: resolveArchitecture(model),
  parameters: narayananParameterCount(model),
  gpu: findGpu('a100-80gb-sxm'),
  globalBatchSequences: 1536,
  tensorParallel: 8,
  pipelineParallel: 2,
  dataParallel: 32,
  microBatchSize: 4,
  interleave: 1,
  sequenceParallel: false,
  recompute: 'full',
  zeroStage: 0,
  precision: 'megatron-fp16',
  gradientReduceOverlap: 0,
  fp8: false,
  flashAttention: false,
  constants: efficiencyFor('a100-80gb-sxm'),
}

describe('stepTime', () => {
  it('returns the GPipe/1F1B bubble (p−1)/m and its interleaved form (p−1)/(m·v) (Narayanan et al. 2021 §2.2)', () => {
    expect(stepTime(base).bubbleFraction).toBeCloseTo(1 / 12, 12)
    expect(
      stepTime({ ...base, globalBatchSequences: 1536, pipelineParallel: 2, interleave: 3 }).bubbleFraction,
    ).toBeCloseTo(1 / 36, 12)
  })

  it('returns components that add up to the total', () => {
    const step = stepTime(base)
    const sum =
      step.computeSeconds +
      step.elementwiseSeconds +
      step.tensorParallelSeconds +
      step.pipelineSendSeconds +
      step.bubbleSeconds +
      step.dataParallelExposedSeconds +
      step.optimizerSeconds
    expect(step.totalSeconds).toBeCloseTo(sum, 12)
  })

  it('returns no tensor-parallel or pipeline communication for a purely data-parallel layout', () => {
    const step = stepTime({
      ...base,
      tensorParallel: 1,
      pipelineParallel: 1,
      dataParallel: 512,
      microBatchSize: 1,
    })
    expect(step.tensorParallelSeconds).toBe(0)
    expect(step.pipelineSendSeconds).toBe(0)
    expect(step.bubbleFraction).toBe(0)
  })

  it('returns less exposed gradient reduction with more overlap, never negative', () => {
    const exposed = stepTime(base).dataParallelExposedSeconds
    const hidden = stepTime({ ...base, gradientReduceOverlap: 1 }).dataParallelExposedSeconds
    expect(hidden).toBeLessThan(exposed)
    expect(hidden).toBeGreaterThanOrEqual(0)
  })

  it('returns slower all-reduces when tensor parallelism spans nodes', () => {
    const inside = stepTime({ ...base, tensorParallel: 8, dataParallel: 32 })
    const across = stepTime({
      ...base,
      tensorParallel: 16,
      dataParallel: 16,
      model: { ...model, attentionHeads: 64 },
    })
    expect(across.tensorParallelSeconds).toBeGreaterThan(inside.tensorParallelSeconds * 2)
  })

  it('returns faster steps on FP8 peak where the GPU has it', () => {
    const h100 = { ...base, gpu: findGpu('h100-sxm') }
    expect(stepTime({ ...h100, fp8: true }).computeSeconds).toBeCloseTo(stepTime(h100).computeSeconds / 2, 1)
  })
})

describe('computeEfficiency', () => {
  it('returns an efficiency rising with the per-GPU hidden slice towards its maximum', () => {
    const constants = efficiencyFor('a100-80gb-sxm')
    expect(computeEfficiency(256, constants)).toBeLessThan(computeEfficiency(4096, constants))
    expect(computeEfficiency(1e9, constants)).toBeCloseTo(constants.maxComputeEfficiency, 6)
  })
})
