import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { findModelPreset } from './presets.ts'
import { planTraining } from './train.ts'
import type { TrainingInput } from './types.ts'

// Llama 2 70B (meta-llama/llama MODEL_CARD.md, compute.yaml llama2-70b): 2T tokens, 4M-token batches,
// A100-80GB, 1,720,320 GPU-hours, 291.42 tCO2e. Meta did not publish the layout; this one (1,024 GPUs,
// TP 8 × PP 4 interleaved, selective recompute, sequence parallel, distributed optimizer) is our assumption.
const llama2: TrainingInput = {
  model: findModelPreset('llama2-70b').architecture,
  tokens: 2e12,
  globalBatchSequences: 1024,
  gpuId: 'a100-80gb-sxm',
  gpuCount: 1024,
  layout: {
    tensorParallel: 8,
    pipelineParallel: 4,
    dataParallel: 32,
    microBatchSize: 1,
    interleave: 5,
    recompute: 'selective',
    sequenceParallel: true,
    zeroStage: 1,
  },
}

const userErrorOf = (run: () => unknown): UserError => {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('planTraining', () => {
  const plan = planTraining(llama2)

  it(`returns ${Math.round(plan.gpuHours)} GPU-hours for Llama 2 70B vs 1,720,320 published (Llama 2 model card, ±10 %)`, () => {
    expect(Math.abs(plan.gpuHours / 1720320 - 1)).toBeLessThan(0.1)
  })

  it('returns the contract fields with units in range', () => {
    expect(plan.totalFlops).toBeGreaterThan(8.4e23) // 6ND plus attention
    expect(plan.mfu).toBeGreaterThan(0)
    expect(plan.mfu).toBeLessThanOrEqual(1)
    expect(plan.hfu).toBeGreaterThanOrEqual(plan.mfu)
    expect(plan.tokensPerSecond).toBeCloseTo((1024 * 4096) / plan.stepTimeSeconds, 6)
    expect(plan.days).toBeCloseTo(plan.gpuHours / 1024 / 24, 9)
    expect(plan.daysBand.low).toBeLessThanOrEqual(plan.days)
    expect(plan.daysBand.high).toBeGreaterThanOrEqual(plan.days)
    const memory = plan.memoryPerGpuGiB
    expect(memory.total).toBeCloseTo(
      memory.weights + memory.gradients + memory.optimizer + memory.activations,
      9,
    )
    expect(plan.fitsInMemory).toBe(true)
  })

  it('returns about 291 tCO2e at the Llama 2 card convention (400 W, PUE 1.1, 0.385 kg/kWh), within the GPU-hour error', () => {
    expect(Math.abs((plan.co2Tonnes ?? 0) / 291.42 - 1)).toBeLessThan(0.1)
  })

  it('returns rental cost at the given price less the committed discount', () => {
    const priced = planTraining({ ...llama2, pricePerGpuHourUsd: 2, committedDiscount: 0.25 })
    expect(priced.costUsd).toBeCloseTo(priced.gpuHours * 1.5, 3)
  })

  it('returns owned cost as depreciation share plus electricity', () => {
    const owned = planTraining({
      ...llama2,
      ownership: { purchaseUsdPerGpu: 15000, lifetimeYears: 5, electricityUsdPerKWh: 0.1 },
    })
    const expected = (owned.gpuHours / (5 * 8760)) * 15000 + (owned.energyMWh ?? 0) * 100
    expect(owned.costUsd).toBeCloseTo(expected, 3)
  })

  it('returns longer calendar time with a lower goodput', () => {
    expect(planTraining({ ...llama2, goodput: 0.5 }).days).toBeCloseTo((plan.days * 0.9) / 0.5, 6)
  })

  it('returns null energy for an accelerator without a published TDP', () => {
    const tpu = planTraining({
      ...llama2,
      gpuId: 'tpu-v5p',
      layout: { ...llama2.layout, interleave: 1, pipelineParallel: 4 },
    })
    expect(tpu.energyMWh).toBeNull()
    expect(tpu.co2Tonnes).toBeNull()
  })

  it('returns LoRA fine-tuning with adapter-only optimizer state and two-thirds of the FLOPs (Hu et al. 2021)', () => {
    const model = findModelPreset('llama3-8b').architecture
    const common = {
      model,
      tokens: 1e9,
      globalBatchSequences: 64,
      gpuId: 'h100-sxm',
      gpuCount: 8,
      layout: {
        tensorParallel: 1,
        pipelineParallel: 1,
        dataParallel: 8,
        microBatchSize: 1,
        recompute: 'selective' as const,
      },
    }
    const full = planTraining(common)
    const lora = planTraining({ ...common, fineTuning: { method: 'lora', rank: 16 } })
    expect(lora.trainableParameters).toBeLessThan(full.parameters / 100)
    expect(lora.memoryPerGpuGiB.optimizer).toBeLessThan(full.memoryPerGpuGiB.optimizer / 100)
    expect(lora.memoryPerGpuGiB.weights).toBeCloseTo(full.memoryPerGpuGiB.weights, 0)
    expect(lora.totalFlops / full.totalFlops).toBeCloseTo(2 / 3, 6)
    expect(lora.stepTimeSeconds).toBeLessThan(full.stepTimeSeconds)
  })

  it('returns a plan for uneven pipeline stages (Llama 3 405B: 126 layers on 16 stages), paced by the fullest', () => {
    const plan = planTraining({
      model: findModelPreset('llama3-405b').architecture,
      tokens: 1e12,
      globalBatchSequences: 2048,
      gpuId: 'h100-sxm',
      gpuCount: 8192,
      layout: {
        tensorParallel: 8,
        pipelineParallel: 16,
        dataParallel: 64,
        microBatchSize: 1,
        sequenceParallel: true,
        zeroStage: 1,
      },
    })
    expect(plan.stepTimeSeconds).toBeGreaterThan(0)
    expect(plan.mfu).toBeLessThan(1)
  })

  it('throws UserError for zero GPUs', () => {
    expect(userErrorOf(() => planTraining({ ...llama2, gpuCount: 0 })).issues[0]?.path).toEqual(['gpuCount'])
  })

  it('throws UserError naming the nearest valid sizes when tensor parallel does not divide the heads', () => {
    const error = userErrorOf(() =>
      planTraining({
        ...llama2,
        gpuCount: 768,
        layout: { ...llama2.layout, tensorParallel: 6, interleave: 1 },
      }),
    )
    expect(error.issues[0]?.code).toBe('tensor_parallel_heads')
    expect(error.issues[0]?.params?.nearest).toBe('4, 8')
  })

  it('throws UserError when the layout does not multiply to the GPU count', () => {
    const error = userErrorOf(() => planTraining({ ...llama2, gpuCount: 2048 }))
    expect(error.issues[0]?.code).toBe('layout_gpu_mismatch')
    expect(error.issues[0]?.params?.suggestion).toBe(64)
  })

  it('throws UserError when pipeline stages exceed the layers', () => {
    const error = userErrorOf(() =>
      planTraining({
        ...llama2,
        gpuCount: 8 * 96,
        layout: { ...llama2.layout, pipelineParallel: 96, dataParallel: 1, interleave: 1 },
      }),
    )
    expect(error.issues[0]?.code).toBe('pipeline_layers')
  })

  it('throws UserError with the closest id for an unknown GPU', () => {
    const error = userErrorOf(() => planTraining({ ...llama2, gpuId: 'h100-sxn' }))
    expect(error.issues[0]?.code).toBe('unknown_gpu')
    expect(error.issues[0]?.params?.suggestion).toBe('h100-sxm')
    expect(error.message).toContain('h100-sxm')
  })
})
