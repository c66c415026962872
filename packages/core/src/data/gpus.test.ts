import { describe, expect, it } from 'vitest'
import { gpus } from './gpus.ts'
import { gridIntensities } from './grid-intensity.ts'

describe('gpus', () => {
  it('returns kebab-case unique ids, each with a source', () => {
    const ids = new Set<string>()
    for (const gpu of gpus) {
      expect(gpu.id).toMatch(/^[a-z0-9]+(-[a-z0-9.]+)*$/)
      expect(ids.has(gpu.id)).toBe(false)
      ids.add(gpu.id)
      expect(gpu.source.length).toBeGreaterThan(20)
    }
  })

  it('returns dense, not sparse, peaks (H100 SXM datasheet: 1,979 BF16 with sparsity → 989.4 dense)', () => {
    const h100 = gpus.find((gpu) => gpu.id === 'h100-sxm')!
    expect(h100.denseBf16Tflops).toBe(989.4)
    expect(h100.denseFp8Tflops).toBeCloseTo(2 * h100.denseBf16Tflops, 0)
    for (const gpu of gpus) {
      if (gpu.denseFp8Tflops !== null) expect(gpu.denseFp8Tflops).toBeGreaterThan(gpu.denseBf16Tflops)
    }
  })

  it('returns a price date for every price', () => {
    for (const gpu of gpus) expect(gpu.rentalUsdPerGpuHour === null).toBe(gpu.rentalPriceAsOf === null)
  })
})

describe('gridIntensities', () => {
  it('returns plausible intensities (0-1.2 kg/kWh) with sources', () => {
    for (const region of gridIntensities) {
      expect(region.locationKgPerKWh).toBeGreaterThanOrEqual(0)
      expect(region.locationKgPerKWh).toBeLessThan(1.2)
      expect(region.source.length).toBeGreaterThan(5)
    }
  })
})
