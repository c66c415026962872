import { describe, expect, it } from 'vitest'
import { capTable } from '../captable/cap-table.ts'
import { capTableFromPlan } from '../plan/cap-table-from-plan.ts'
import { type ExampleName, examplePlan } from '../test-support/example-plans.ts'
import {
  dilutionWithConversions,
  type FloatRound,
  pendingConvertibles,
  roundTotalShares,
} from './round-conversions.ts'
import { nextRoundIndex, roundDilution } from './simulate-chunk.ts'

// YC Post-Money Safe User Guide, Appendix II, Example 1: 10,000,000 fully diluted shares (100,000 unissued pool),
// safes of $200k at a $4M cap and $800k at an $8M cap.
const guide = (preMoneyUsd: number, newMoneyUsd: number): FloatRound => ({
  sharesBefore: 10_000_000,
  unissuedPool: 100_000,
  preMoneyUsd,
  newMoneyUsd,
  poolTarget: undefined,
  convention: 'percentage-ownership',
  converting: [
    { kind: 'postMoneySafe', amountUsd: 200_000, valuationCapUsd: 4_000_000 },
    { kind: 'postMoneySafe', amountUsd: 800_000, valuationCapUsd: 8_000_000 },
  ],
})
const guideHoldings = [
  { holder: 'Founders', kind: 'common' as const, shares: 9_250_000 },
  { holder: 'Option holders', kind: 'optionsIssued' as const, shares: 300_000 },
  { holder: 'Promised options', kind: 'optionsPromised' as const, shares: 350_000 },
  { holder: 'Option pool', kind: 'unissuedPool' as const, shares: 100_000 },
]

describe('dilutionWithConversions', () => {
  it('returns the exact engine’s 10 % pool-target total (YC guide Example 1 Q2; finance.yaml SAFE-02: T = 17,945,701.36)', () => {
    const total = roundTotalShares({ ...guide(15_000_000, 5_000_000), poolTarget: 0.1 })
    expect(total).toBeCloseTo(17_945_701.36, 1)
  })

  it('returns within one share per 10 million of the exact engine on the guide’s Q2 and Q5 rounds (pp. 19-23)', () => {
    // The exact engine without rounding is the reference; the pool increases are the guide's.
    for (const [pre, money, pool] of [
      [15_000_000, 5_000_000, 1_695_000],
      [8_800_000, 2_200_000, 1_573_000],
    ] as const) {
      const exact = capTable({
        holdings: guideHoldings,
        events: [
          { kind: 'postMoneySafe', holder: 'A', amountUsd: 200_000, valuationCapUsd: 4_000_000 },
          { kind: 'postMoneySafe', holder: 'B', amountUsd: 800_000, valuationCapUsd: 8_000_000 },
          {
            kind: 'pricedRound',
            name: 'Series A',
            preMoneyValuationUsd: pre,
            investments: [{ holder: 'VC', amountUsd: money }],
            pool: { kind: 'increaseShares', shares: pool },
          },
        ],
        rounding: { priceDecimals: null, shares: 'floor' },
      }).rounds[0]
      const float = roundTotalShares({ ...guide(pre, money), poolIncreaseShares: pool })
      expect(Math.abs(float - (exact?.totalShares ?? 0))).toBeLessThan(3) // floors: ≤ 1 share per line
    }
  })

  it('returns 1 − 10,000,000 / 17,946,424 = 44.28 % for Example 1 Q2, more than the 25 % the old estimate gave', () => {
    const dilution = dilutionWithConversions({
      ...guide(15_000_000, 5_000_000),
      poolIncreaseShares: 1_695_000,
    })
    // The guide rounds the price to $1.1144 and floors shares; the exact solution differs by 150 shares.
    expect(dilution).toBeCloseTo(1 - 10_000_000 / 17_946_424, 4)
    expect(roundDilution(10_000_000, 100_000, 15_000_000, 5_000_000, undefined)).toBeCloseTo(0.25, 12)
  })

  it('returns the old pool-shuffle estimate when nothing converts (Venture Hacks: 40 %)', () => {
    const round: FloatRound = {
      sharesBefore: 6_000_000,
      unissuedPool: 0,
      preMoneyUsd: 8_000_000,
      newMoneyUsd: 2_000_000,
      poolTarget: 0.2,
      convention: 'percentage-ownership',
      converting: [],
    }
    expect(dilutionWithConversions(round)).toBeCloseTo(0.4, 12)
  })

  it.each<ExampleName>(['llm-api-cn-eu', 'medical-imaging', 'speech-hardware'])(
    'returns the exact engine’s next-round total to 1e-4 for %s',
    (name) => {
      const plan = examplePlan(name)
      const next = nextRoundIndex(plan)
      if (next < 0) return
      const round = plan.funding.plannedRounds[next]!
      const pool = plan.funding.optionPool
      const before =
        plan.funding.shareholders.reduce((total, holder) => total + holder.shares, 0) +
        pool.issuedShares +
        pool.promisedShares +
        pool.unissuedShares
      const float = roundTotalShares({
        sharesBefore: before,
        unissuedPool: pool.unissuedShares,
        preMoneyUsd: round.preMoneyValuationUsd,
        newMoneyUsd: round.newMoneyUsd,
        poolTarget: round.optionPoolTargetPct,
        convention: plan.funding.pricingConvention,
        converting: pendingConvertibles(plan, next),
      })
      const exact = capTableFromPlan(plan).rounds.find((entry) => entry.name === round.name)
      if (exact === undefined) throw new Error('no exact round')
      expect(pendingConvertibles(plan, next).length).toBe(exact.conversions.length)
      expect(Math.abs(float - exact.totalShares) / exact.totalShares).toBeLessThan(1e-4)
    },
  )
})
