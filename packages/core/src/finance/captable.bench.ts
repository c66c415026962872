/**
 * @module finance/captable.bench
 * A priced round converting ten safes and notes of every kind, and a three-series waterfall with conversion
 * decisions: the exact math must stay fast enough to rerun on every keystroke.
 */
import { bench, describe } from 'vitest'
import { type CapTableEvent, capTable, type WaterfallClass, waterfall } from './index.ts'

const safes: CapTableEvent[] = Array.from({ length: 10 }, (_, index): CapTableEvent => {
  const amountUsd = 100_000 + 50_000 * index
  if (index % 3 === 0)
    return {
      kind: 'preMoneySafe',
      holder: `Pre ${index}`,
      amountUsd,
      valuationCapUsd: amountUsd * 40,
      discount: 0.2,
    }
  if (index % 3 === 1)
    return { kind: 'postMoneySafe', holder: `Post ${index}`, amountUsd, valuationCapUsd: amountUsd * 50 }
  return { kind: 'postMoneySafe', holder: `Discount ${index}`, amountUsd, discount: 0.15 }
})
const roundInput = {
  holdings: [
    { holder: 'Founders', kind: 'common' as const, shares: 9_000_000 },
    { holder: 'Options', kind: 'optionsIssued' as const, shares: 500_000 },
    { holder: 'Pool', kind: 'unissuedPool' as const, shares: 500_000 },
  ],
  events: [
    ...safes,
    {
      kind: 'pricedRound' as const,
      name: 'Series A',
      preMoneyValuationUsd: 40_000_000,
      investments: [{ holder: 'Lead', amountUsd: 10_000_000 }],
      pool: { kind: 'targetPostPct' as const, fraction: 0.1 },
    },
  ],
}
const classes: WaterfallClass[] = [
  { kind: 'common', name: 'Common', holders: [{ holder: 'Founders', shares: 9_000_000 }] },
  {
    kind: 'preferred',
    name: 'Seed',
    seniority: 1,
    issuePricePerShareUsd: 0.5,
    holders: [{ holder: 'Seed', shares: 2_000_000 }],
  },
  {
    kind: 'preferred',
    name: 'A',
    seniority: 2,
    issuePricePerShareUsd: 2,
    participation: { capMultiple: 3 },
    holders: [{ holder: 'A', shares: 3_000_000 }],
  },
  {
    kind: 'preferred',
    name: 'B',
    seniority: 3,
    issuePricePerShareUsd: 5,
    preferenceMultiple: 1.5,
    holders: [{ holder: 'B', shares: 2_000_000 }],
  },
]

describe('finance', () => {
  bench('capTable: priced round converting 10 safes', () => {
    capTable(roundInput)
  })
  bench('waterfall: 3 preferred series at $60M', () => {
    waterfall({ classes, exitValueUsd: 60_000_000, transactionCostsUsd: 1_200_000 })
  })
})
