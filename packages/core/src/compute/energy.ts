/**
 * @module compute/energy
 * Energy and emissions: GPU-hours × power × server overhead × utilisation × PUE, then × grid intensity.
 * With overhead and utilisation at 1 it is the convention of LLaMA (Touvron et al. 2023, §6.1) and
 * Llama 2; Epoch AI's refinement sets overhead from the server and utilisation to about 0.75.
 */

import { type GridIntensity, gridIntensities, gridIntensityIds } from '../data/grid-intensity.ts'
import { closestNames } from '../text/closest.ts'
import { fail, requirePositive } from './validate.ts'

/** Inputs of `energyMWh`. */
export interface EnergyInput {
  readonly gpuHours: number
  /** Per-GPU power, watts (TDP unless measured). */
  readonly gpuPowerWatts: number
  /** Server power / GPU power. Default 1. */
  readonly serverOverhead?: number
  /** Average fraction of peak power drawn. Default 1. */
  readonly utilisation?: number
  /** Default 1.1 (hyperscale; LLaMA's figure). */
  readonly pue?: number
}

/**
 * Facility energy in MWh. LLaMA Table 15, LLaMA-7B: 82,432 GPU-h × 400 W × PUE 1.1 = 36 MWh.
 * @example
 * energyMWh({ gpuHours: 82432, gpuPowerWatts: 400, pue: 1.1 }) //=> 36.27008
 */
export function energyMWh(input: EnergyInput): number {
  const overhead = input.serverOverhead ?? 1
  const utilisation = input.utilisation ?? 1
  const pue = input.pue ?? 1.1
  return (input.gpuHours * input.gpuPowerWatts * overhead * utilisation * pue) / 1e6
}

/**
 * Tonnes CO2e for an energy at a grid intensity (MWh × kg/kWh = t).
 * @example
 * emissionsTonnes(36.27008, 0.385) //=> 13.9639808
 */
export function emissionsTonnes(energy: number, kgPerKWh: number): number {
  return energy * kgPerKWh
}

/**
 * The grid record for a region id; throws a `UserError` with the closest ids when unknown.
 * @example
 * findGridIntensity('fr').locationKgPerKWh //=> 0.06
 */
export function findGridIntensity(
  regionId: string,
  path: ReadonlyArray<string | number> = ['gridRegion'],
): GridIntensity {
  const region = gridIntensities.find((candidate) => candidate.id === regionId)
  if (region !== undefined) return region
  const suggestions = closestNames(regionId, gridIntensityIds)
  return fail(
    'unknown_grid_region',
    path,
    `Unknown grid region "${regionId}".${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
    {
      value: regionId,
      suggestion: suggestions[0] ?? null,
    },
  )
}

/** Energy and emissions of keeping GPUs running for a year. */
export interface ServingFootprint {
  readonly energyMWhPerYear: number
  readonly locationTonnesPerYear: number
  readonly marketTonnesPerYear: number | null
}

/**
 * A year of serving on `gpuCount` GPUs (8,760 h) in a grid region.
 * @example
 * servingFootprintPerYear(8, 700, 'llama-paper-us', { pue: 1 }).energyMWhPerYear //=> 49.056
 */
export function servingFootprintPerYear(
  gpuCount: number,
  gpuPowerWatts: number,
  regionId: string,
  options: Omit<EnergyInput, 'gpuHours' | 'gpuPowerWatts'> = {},
): ServingFootprint {
  requirePositive(gpuCount, ['gpuCount'])
  const region = findGridIntensity(regionId)
  const energy = energyMWh({ ...options, gpuHours: gpuCount * 8760, gpuPowerWatts })
  return {
    energyMWhPerYear: energy,
    locationTonnesPerYear: emissionsTonnes(energy, region.locationKgPerKWh),
    marketTonnesPerYear:
      region.marketKgPerKWh === null ? null : emissionsTonnes(energy, region.marketKgPerKWh),
  }
}
