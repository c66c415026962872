/**
 * @module compute/cost
 * Money and wall-clock for a run: rental (on-demand or committed), owned hardware amortised over its
 * life plus electricity, and the goodput factor that turns ideal training time into calendar time.
 */

/** Default goodput and its source. */
export const llama3Goodput = {
  value: 0.9,
  source:
    'Llama 3 Herd of Models (arXiv:2407.21783) §3.3.4: 466 job interruptions in a 54-day snapshot of 405B pre-training, "higher than 90% effective training time"',
} as const

/**
 * Rental cost in USD after a committed-use discount (0–1).
 * @example
 * rentalCostUsd(1000, 2.5, 0.2) //=> 2000
 */
export function rentalCostUsd(gpuHours: number, pricePerGpuHourUsd: number, committedDiscount = 0): number {
  return gpuHours * pricePerGpuHourUsd * (1 - committedDiscount)
}

/** Owned-hardware inputs. */
export interface OwnedCostInput {
  readonly gpuHours: number
  readonly purchaseUsdPerGpu: number
  readonly lifetimeYears: number
  readonly energyMWh: number
  readonly electricityUsdPerKWh: number
}

/**
 * Owned hardware: the share of its straight-line depreciation the run uses, plus electricity.
 * @example
 * ownedCostUsd({ gpuHours: 8760, purchaseUsdPerGpu: 30000, lifetimeYears: 4, energyMWh: 10, electricityUsdPerKWh: 0.1 }) //=> 8500
 */
export function ownedCostUsd(input: OwnedCostInput): number {
  const depreciation = (input.gpuHours / (input.lifetimeYears * 8760)) * input.purchaseUsdPerGpu
  return depreciation + input.energyMWh * 1000 * input.electricityUsdPerKWh
}

/**
 * Calendar days for an ideal training time at a goodput (fraction of time doing useful steps).
 * @example
 * calendarDays(86400 * 9, 0.9) //=> 10
 */
export function calendarDays(idealSeconds: number, goodput: number = llama3Goodput.value): number {
  return idealSeconds / goodput / 86400
}
