import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { setAtPath } from '../simulation/assumptions.ts'
import { examplePlan } from '../test-support/example-plans.ts'
import { capTableFromPlan } from './cap-table-from-plan.ts'
import { waterfallFromPlan } from './waterfall-from-plan.ts'

const medical = examplePlan('medical-imaging')

/** ROUND-01 (Venture Hacks, "The Option Pool Shuffle"): 6M founder shares, $8M pre, $2M new, 20 % post pool. */
function shufflePlan(): VenturePlan {
  return {
    ...medical,
    funding: {
      ...medical.funding,
      shareholders: [{ name: 'Founders', shareClass: 'common', shares: 6_000_000 }],
      optionPool: { issuedShares: 0, promisedShares: 0, unissuedShares: 0 },
      instruments: [],
      plannedRounds: [
        {
          id: 'series-a',
          name: 'Series A',
          kind: 'series-a',
          month: '2027-01',
          preMoneyValuationUsd: 8_000_000,
          newMoneyUsd: 2_000_000,
          optionPoolTargetPct: 0.2,
          probability: 1,
          leadInvestor: 'VC',
        },
      ],
    },
  }
}

const issuesOf = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    if (error instanceof UserError) return error.issues
    throw error
  }
  return []
}

describe('capTableFromPlan', () => {
  it('returns the option pool shuffle from a plan (ROUND-01: price $1.00, founders 60 %, investor 20 %)', () => {
    const round = capTableFromPlan(shufflePlan()).rounds[0]!
    expect(round.pricePerShareUsd).toBe('1.0000')
    expect(round.newMoneyShares).toBe(2_000_000)
    expect(round.poolIncreaseShares).toBe(2_000_000)
    expect(round.holders.find((holder) => holder.holder === 'Founders')?.ownershipPct).toBeCloseTo(60, 9)
    expect(round.holders.find((holder) => holder.holder === 'VC')?.ownershipPct).toBeCloseTo(20, 9)
    expect(round.convention).toBe('percentage-ownership')
  })

  it("converts the plan's post-money safe in its planned round and reconciles shares", () => {
    const table = capTableFromPlan(medical)
    const round = table.rounds[0]!
    expect(round.conversions.map((conversion) => conversion.holder)).toEqual(['Health-tech seed fund'])
    expect(round.holders.reduce((sum, holder) => sum + holder.shares, 0)).toBe(round.totalShares)
    expect(round.holders.reduce((sum, holder) => sum + holder.ownershipPct, 0)).toBeCloseTo(100, 9)
  })

  it('keeps ownership summing to 100 % for any round terms (property)', () => {
    fc.assert(
      fc.property(
        // From a $20M pre-money up: below it the $16M-cap safe would claim more than the round can issue.
        fc.integer({ min: 20_000_000, max: 500_000_000 }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        // At least the 9 % unissued pool the plan already has (a smaller target is refused).
        fc.double({ min: 0.1, max: 0.2, noNaN: true }),
        (pre, moneyShare, pool) => {
          const money = Math.round(pre * moneyShare)
          let plan = setAtPath(medical, ['funding', 'plannedRounds', 0, 'preMoneyValuationUsd'], pre)
          plan = setAtPath(plan, ['funding', 'plannedRounds', 0, 'newMoneyUsd'], money)
          plan = setAtPath(plan, ['funding', 'plannedRounds', 0, 'optionPoolTargetPct'], pool)
          const holders = capTableFromPlan(plan).holders
          return Math.abs(holders.reduce((sum, holder) => sum + holder.ownershipPct, 0) - 100) < 1e-9
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuses a safe with no cap, no discount and no MFN, at its plan path', () => {
    const bare = setAtPath(
      setAtPath(medical, ['funding', 'instruments', 0, 'valuationCapUsd'], undefined),
      ['funding', 'instruments', 0, 'discount'],
      undefined,
    )
    expect(issuesOf(() => capTableFromPlan(bare))).toMatchObject([
      { code: 'safe_without_terms', path: ['funding', 'instruments', 0] },
    ])
  })

  it('refuses a round dated before the company was founded, at its plan path', () => {
    const early = setAtPath(medical, ['funding', 'plannedRounds', 0, 'month'], '2024-01')
    expect(issuesOf(() => capTableFromPlan(early))).toMatchObject([
      { code: 'round_before_founding', path: ['funding', 'plannedRounds', 0, 'month'] },
    ])
  })
})

describe('capTableFromPlan (pro rata exercise)', () => {
  const withExercise = (proRataExercise: 'all' | string[]): VenturePlan => ({
    ...medical,
    funding: {
      ...medical.funding,
      plannedRounds: medical.funding.plannedRounds.map((round, index) =>
        index === 0 ? { ...round, proRataExercise } : round,
      ),
    },
  })

  it('returns the safe holder buying σ·L / (1 − σ) of the Series A (User Guide Quick Start §3 formula)', () => {
    const round = capTableFromPlan(withExercise('all')).rounds[0]!
    const safe = round.conversions[0]!
    const sigma = safe.shares / round.companyCapitalizationShares
    const right = round.proRataRights[0]!
    const lead = round.newMoneyShares - (right.exercisedShares ?? 0)
    expect(right.holder).toBe('Health-tech seed fund')
    expect(right.exercisedShares).toBe(Math.floor((sigma * lead) / (1 - sigma)))
  })

  it('refuses a listed holder without a side letter at the planned round’s path', () => {
    const issues = issuesOf(() => capTableFromPlan(withExercise(['Nobody'])))
    expect(issues[0]?.code).toBe('pro_rata_without_right')
    expect(issues[0]?.path).toEqual(['funding', 'plannedRounds', 0, 'proRataExercise'])
  })
})

describe('waterfallFromPlan', () => {
  // Textbook 1x non-participating preferred (Feld & Mendelson, Venture Deals, ch. 6): the investor takes the
  // greater of its money back and its converted share. ROUND-01's VC holds 2M of 10M shares for $2M; the 2M
  // unissued pool shares are not paid at an exit, so as converted the VC owns 2M / 8M = 25 %.
  it('returns the preference below the conversion point and the converted share above it', () => {
    const plan = shufflePlan()
    const low = waterfallFromPlan(plan, { exitValueUsd: 5_000_000 })
    expect(low.holders.find((holder) => holder.holder === 'VC')).toMatchObject({
      payoutUsd: '2000000.00',
      converted: false,
    })
    const high = waterfallFromPlan(plan, { exitValueUsd: 20_000_000 })
    expect(high.holders.find((holder) => holder.holder === 'VC')).toMatchObject({
      payoutUsd: '5000000.00',
      converted: true,
    })
  })

  it('returns a participating series its preference plus its share of the rest when the plan says so', () => {
    const plan = setAtPath(shufflePlan(), ['funding', 'plannedRounds', 0, 'liquidationPreference'], {
      multiple: 1,
      participation: 'full',
      seniority: 1,
    })
    // $5M exit: $2M preference, then 25 % of the remaining $3M as if converted = $0.75M → $2.75M.
    const result = waterfallFromPlan(plan, { exitValueUsd: 5_000_000 })
    expect(result.holders.find((holder) => holder.holder === 'VC')?.payoutUsd).toBe('2750000.00')
  })

  it('refuses capped participation without its cap, at the plan path', () => {
    const plan = setAtPath(shufflePlan(), ['funding', 'plannedRounds', 0, 'liquidationPreference'], {
      multiple: 1,
      participation: 'capped',
      seniority: 1,
    })
    expect(issuesOf(() => waterfallFromPlan(plan, { exitValueUsd: 1 }))).toMatchObject([
      { path: ['funding', 'plannedRounds', 0, 'liquidationPreference', 'participationCapMultiple'] },
    ])
  })

  it('pays out exactly the exit value minus costs (the example plans)', () => {
    for (const name of ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware'] as const) {
      const result = waterfallFromPlan(examplePlan(name), {
        exitValueUsd: 250_000_000,
        transactionCostsUsd: 5_000_000,
      })
      const cents = (text: string) => BigInt(text.replace('.', ''))
      const paid = result.holders.reduce((sum, holder) => sum + cents(holder.payoutUsd), 0n)
      expect(paid + cents(result.transactionCostsPaidUsd)).toBe(25_000_000_000n)
    }
  })
})
