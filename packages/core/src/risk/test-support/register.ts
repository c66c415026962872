/**
 * @module risk/test-support/register
 * A synthetic 50-risk register for the benchmark and the register tests: a spread of frequencies (rare to
 * several a year), both loss shapes, controls on every third risk and insurance on every fifth.
 */
import type { QuantifiedRisk } from '../types.ts'

/**
 * `count` risks with deterministic, varied parameters.
 * @example
 * syntheticRegister(50).length //=> 50
 */
export function syntheticRegister(count: number): QuantifiedRisk[] {
  return Array.from({ length: count }, (_, index): QuantifiedRisk => {
    const frequencyPerYear = [0.02, 0.1, 0.3, 0.8, 2.5][index % 5]!
    const scaleUsd = 10_000 * 3 ** (index % 7)
    const lossPerEventUsd =
      index % 2 === 0
        ? ({ kind: 'pert', min: scaleUsd, mode: 3 * scaleUsd, max: 20 * scaleUsd } as const)
        : ({ kind: 'lognormal', low: scaleUsd, high: 40 * scaleUsd } as const)
    return {
      id: `risk-${index}`,
      frequencyPerYear,
      lossPerEventUsd,
      ...(index % 3 === 0 && {
        controls: [
          {
            id: `control-${index}`,
            frequencyReductionPct: 40,
            lossReductionPct: 20,
            annualCostUsd: scaleUsd / 10,
          },
        ],
      }),
      ...(index % 5 === 0 && {
        insurance: {
          deductibleUsd: scaleUsd,
          limitPerEventUsd: 10 * scaleUsd,
          annualPremiumUsd: scaleUsd / 5,
        },
      }),
    }
  })
}
