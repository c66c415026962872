import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { emissionsTonnes, energyMWh, findGridIntensity, servingFootprintPerYear } from './energy.ts'

describe('energyMWh', () => {
  // Touvron et al. 2023 LLaMA (arXiv:2302.13971) Table 15: 400 W, PUE 1.1, 0.385 kg CO2e/kWh.
  it('returns 36 MWh and 14 tCO2e for LLaMA-7B, 82,432 GPU-h (LLaMA Table 15, ±1 % / ±2 %)', () => {
    const energy = energyMWh({ gpuHours: 82432, gpuPowerWatts: 400, pue: 1.1 })
    expect(Math.abs(energy / 36 - 1)).toBeLessThan(0.01)
    expect(Math.abs(emissionsTonnes(energy, 0.385) / 14 - 1)).toBeLessThan(0.02)
  })

  it('returns 449 MWh and 173 tCO2e for LLaMA-65B, 1,022,362 GPU-h (LLaMA Table 15)', () => {
    const energy = energyMWh({ gpuHours: 1022362, gpuPowerWatts: 400, pue: 1.1 })
    expect(Math.abs(energy / 449 - 1)).toBeLessThan(0.01)
    expect(Math.abs(emissionsTonnes(energy, 0.385) / 173 - 1)).toBeLessThan(0.02)
  })

  it('returns 291.42 tCO2e for Llama 2 70B, 1,720,320 GPU-h at 400 W (Llama 2 MODEL_CARD.md)', () => {
    const energy = energyMWh({ gpuHours: 1720320, gpuPowerWatts: 400, pue: 1.1 })
    expect(Math.abs(emissionsTonnes(energy, 0.385) / 291.42 - 1)).toBeLessThan(0.01)
  })

  it('returns Epoch AI style energy with server overhead and 75 % utilisation', () => {
    const energy = energyMWh({
      gpuHours: 1000,
      gpuPowerWatts: 700,
      serverOverhead: 10200 / 5600,
      utilisation: 0.75,
      pue: 1.1,
    })
    expect(energy).toBeCloseTo((1000 * 10200 * 0.75 * 1.1) / 8 / 1e6, 9)
  })
})

describe('findGridIntensity', () => {
  it('returns location- and market-based factors for Meta Llama 3.1 (0 market-based, model card)', () => {
    const meta = findGridIntensity('meta-llama-3.1')
    expect(meta.marketKgPerKWh).toBe(0)
  })

  it('throws UserError suggesting the closest region', () => {
    try {
      findGridIntensity('fra')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.code).toBe('unknown_grid_region')
    }
  })
})

describe('servingFootprintPerYear', () => {
  it('returns 8,760 h × power × PUE for a year of serving', () => {
    const footprint = servingFootprintPerYear(8, 700, 'fr', { pue: 1.2 })
    expect(footprint.energyMWhPerYear).toBeCloseTo((8 * 8760 * 700 * 1.2) / 1e6, 9)
    expect(footprint.locationTonnesPerYear).toBeCloseTo(footprint.energyMWhPerYear * 0.06, 9)
    expect(footprint.marketTonnesPerYear).toBeNull()
  })
})
