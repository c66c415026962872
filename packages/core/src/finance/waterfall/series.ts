/**
 * @module finance/waterfall/series
 * Payout against exit value for every holder, for a chart: the same waterfall evaluated on a grid of exits.
 */

import type { WaterfallInput } from './types.ts'
import { waterfall } from './waterfall.ts'

export interface PayoutSeries {
  readonly exitValuesUsd: readonly number[]
  readonly series: readonly { readonly holder: string; readonly payoutsUsd: readonly number[] }[]
}

/**
 * Evaluates the waterfall at each exit value (plain numbers, for plotting).
 * @example payoutSeries({ classes }, [0, 5_000_000, 10_000_000]).series[0]?.payoutsUsd
 */
export function payoutSeries(
  input: Omit<WaterfallInput, 'exitValueUsd'>,
  exitValuesUsd: readonly number[],
): PayoutSeries {
  const results = exitValuesUsd.map((exitValueUsd) => waterfall({ ...input, exitValueUsd }))
  const holders = results[0]?.holders.map((line) => line.holder) ?? []
  return {
    exitValuesUsd: [...exitValuesUsd],
    series: holders.map((holder) => ({
      holder,
      payoutsUsd: results.map((result) => result.holders.find((line) => line.holder === holder)?.payout ?? 0),
    })),
  }
}

/**
 * Evenly spaced exit values from `fromUsd` to `toUsd` inclusive.
 * @example exitValueGrid(0, 100, 5) // [0, 25, 50, 75, 100]
 */
export function exitValueGrid(fromUsd: number, toUsd: number, points: number): number[] {
  if (points < 2) return [fromUsd]
  return Array.from({ length: points }, (_, index) => fromUsd + ((toUsd - fromUsd) * index) / (points - 1))
}
