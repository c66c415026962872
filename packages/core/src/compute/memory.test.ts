import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  activationBytesPerGpu,
  activationBytesPerLayer,
  bytesPerParameter,
  layersInFlight,
  modelStateBytes,
} from './memory.ts'
import type { RecomputeMode, ZeroStage } from './types.ts'

describe('modelStateBytes', () => {
  // Rajbhandari et al. 2019 ZeRO (arXiv:1910.02054) Figure 1: Ψ = 7.5B, K = 12, Nd = 64 →
  // 120 / 31.4 / 16.6 / 1.9 GB (compute.yaml zero-7.5b-64gpu-*), tolerance ±1 % (1.9 is rounded from 1.875).
  const cases: Array<[ZeroStage, number]> = [
    [0, 120],
    [1, 31.4],
    [2, 16.6],
    [3, 1.875],
  ]
  for (const [stage, gigabytes] of cases) {
    it(`returns ${gigabytes} GB per GPU at ZeRO stage ${stage} (ZeRO Figure 1)`, () => {
      const total = modelStateBytes(7.5e9, 64, stage, 'zero-paper').total / 1e9
      expect(Math.abs(total / gigabytes - 1)).toBeLessThan(0.01)
    })
  }

  it('returns Megatron distributed-optimizer bytes: bf16 6 + 12/d, fp16 4 + 16/d, fp32 8 + 8/d (Megatron-LM docs)', () => {
    const d = 8
    expect(modelStateBytes(1, d, 1, 'megatron-bf16').total).toBeCloseTo(6 + 12 / d)
    expect(modelStateBytes(1, d, 1, 'megatron-fp16').total).toBeCloseTo(4 + 16 / d)
    expect(modelStateBytes(1, d, 1, 'fp32').total).toBeCloseTo(8 + 8 / d)
    expect(modelStateBytes(1, d, 0, 'megatron-fp16').total).toBe(20)
    expect(modelStateBytes(1, d, 0, 'megatron-bf16').total).toBe(18)
  })

  it('returns less or equal memory as the ZeRO stage rises (property)', () => {
    const recipes = ['zero-paper', 'megatron-fp16', 'megatron-bf16', 'fp32'] as const
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 4096 }),
        fc.constantFrom(...recipes),
        (parameters, dataParallel, recipe) => {
          const totals = ([0, 1, 2, 3] as const).map(
            (stage) => modelStateBytes(parameters, dataParallel, stage, recipe).total,
          )
          for (let index = 1; index < totals.length; index++)
            expect(totals[index]!).toBeLessThanOrEqual(totals[index - 1]! * (1 + 1e-12))
        },
      ),
    )
  })

  it('returns the recipe bytes per parameter', () => {
    expect(bytesPerParameter('zero-paper')).toEqual({ weights: 2, gradients: 2, optimizer: 12 })
  })
})

describe('activationBytesPerLayer', () => {
  // Korthikanti et al. 2022 (arXiv:2205.05198) Table 2, bytes per layer with s, b, h, a, t.
  const s = 2048
  const b = 4
  const h = 12288
  const a = 96
  const t = 8
  const sbh = s * b * h
  const at = (recompute: RecomputeMode, tensorParallel: number, sequenceParallel: boolean) =>
    activationBytesPerLayer({
      sequenceLength: s,
      microBatchSize: b,
      hiddenSize: h,
      attentionHeads: a,
      tensorParallel,
      sequenceParallel,
      recompute,
    })

  it('returns s·b·h·(34 + 5as/h) with no parallelism (Table 2 row 1)', () => {
    expect(at('none', 1, false)).toBeCloseTo(sbh * (34 + (5 * a * s) / h), 0)
  })
  it('returns s·b·h·(10 + 24/t + 5as/(ht)) with tensor parallelism (Table 2 row 2)', () => {
    expect(at('none', t, false)).toBeCloseTo(sbh * (10 + 24 / t + (5 * a * s) / (h * t)), 0)
  })
  it('returns s·b·h·(34 + 5as/h)/t with tensor + sequence parallelism (Table 2 row 3)', () => {
    expect(at('none', t, true)).toBeCloseTo((sbh * (34 + (5 * a * s) / h)) / t, 0)
  })
  it('returns s·b·h·(10 + 24/t) with tensor parallelism + selective recompute (Table 2 row 4)', () => {
    expect(at('selective', t, false)).toBeCloseTo(sbh * (10 + 24 / t), 0)
  })
  it('returns 34·s·b·h/t with tensor + sequence parallelism + selective recompute (Table 2 row 5)', () => {
    expect(at('selective', t, true)).toBeCloseTo((34 * sbh) / t, 0)
  })
  it('returns 2·s·b·h with full recompute (Table 2 row 6)', () => {
    expect(at('full', t, false)).toBe(2 * sbh)
  })
})

describe('layersInFlight', () => {
  it('returns l layers for 1F1B with enough micro-batches (Korthikanti 2022 §4.2.3)', () => {
    expect(layersInFlight(96, 8, 64, 1)).toBe(96)
  })
  it('returns l·(1 + (p−1)/(p·v)) for the interleaved schedule', () => {
    expect(layersInFlight(96, 8, 64, 2)).toBeCloseTo(96 * (1 + 7 / 16))
  })
  it('returns fewer layers when there are fewer micro-batches than stages', () => {
    expect(layersInFlight(96, 8, 2, 1)).toBe(24)
  })
})

describe('activationBytesPerGpu', () => {
  it('returns stored activations plus one layer rebuilt during full recompute', () => {
    const shape = {
      sequenceLength: 2048,
      microBatchSize: 1,
      hiddenSize: 4096,
      attentionHeads: 32,
      tensorParallel: 1,
      sequenceParallel: false,
    }
    const full = activationBytesPerGpu({ ...shape, recompute: 'full' }, 32, 1, 8, 1)
    expect(full).toBe(32 * 2 * 2048 * 4096 + activationBytesPerLayer({ ...shape, recompute: 'none' }))
  })
})
