import { describe, expect, it } from 'vitest'
import { budgetToOptimalModel, chinchillaOptimal } from './chinchilla.ts'

describe('chinchillaOptimal', () => {
  it('returns about 70 B parameters and 1.4 T tokens for 5.76e23 FLOPs (Hoffmann et al. 2022 §4, Chinchilla)', () => {
    const size = chinchillaOptimal(5.76e23)
    expect(Math.abs(size.parameters / 70e9 - 1)).toBeLessThan(0.02)
    expect(Math.abs(size.tokens / 1.4e12 - 1)).toBeLessThan(0.02)
  })

  it('returns sizes that spend the budget (6·N·D = C) with both methods', () => {
    for (const method of ['tokens-per-parameter', 'parametric-fit'] as const) {
      const size = chinchillaOptimal(1e24, method)
      expect((6 * size.parameters * size.tokens) / 1e24).toBeCloseTo(1, 9)
    }
  })

  it('returns the Approach 3 exponents a = 0.46, b = 0.54 (Hoffmann Table 2)', () => {
    const small = chinchillaOptimal(1e21, 'parametric-fit')
    const large = chinchillaOptimal(1e25, 'parametric-fit')
    expect(Math.log(large.parameters / small.parameters) / Math.log(1e4)).toBeCloseTo(0.45, 1)
    expect(Math.log(large.tokens / small.tokens) / Math.log(1e4)).toBeCloseTo(0.55, 1)
  })
})

describe('budgetToOptimalModel', () => {
  it('returns money as the limit when the budget runs out before the days', () => {
    const result = budgetToOptimalModel({
      budgetUsd: 1e6,
      days: 30,
      gpuId: 'h100-sxm',
      gpuCount: 1024,
      pricePerGpuHourUsd: 2,
      mfu: 0.4,
    })
    expect(result.limitedBy).toBe('money')
    expect(result.gpuHours).toBe(500000)
    expect(result.flops).toBeCloseTo(500000 * 3600 * 989.4e12 * 0.4, -12)
  })

  it('returns time as the limit when the cluster is too small to spend the money', () => {
    const result = budgetToOptimalModel({
      budgetUsd: 1e9,
      days: 10,
      gpuId: 'h100-sxm',
      gpuCount: 8,
      pricePerGpuHourUsd: 2,
    })
    expect(result.limitedBy).toBe('time')
    expect(result.gpuHours).toBe(8 * 240)
  })
})
