import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { capTable } from './cap-table.ts'
import type { CapTableEvent, Holding, PricedRound, RoundResult } from './types.ts'

// YC Post-Money Safe User Guide, Quick Start Guide §3 "Estimating the dilutive impact of pro rata rights": safes
// sold 15 % of the company pre-Series A on a $5M post-money cap, every safe with a pro rata side letter;
// options 8 % pre-Series A; the Series A lead and new investors own 25 % post (excluding the pro rata), the
// unissued pool is 10 % post. Safe pro rata = 25 % / (100 % − 15 %) − 25 % = 4.41 %; Series A + pro rata =
// 29.41 %. The guide gives percentages only; the share counts below are a hand-worked instance of it scaled
// to 17,000,000 post-round shares: Company Capitalization 10,300,000 (= 8,755,000 / 0.85), safes 1,545,000,
// options 824,000 (8 %), pool increase 1,700,000, lead 4,250,000 at $1.00, pro rata 750,000.
const holdings: Holding[] = [
  { holder: 'Founders', kind: 'common', shares: 7_931_000 },
  { holder: 'Option holders', kind: 'optionsIssued', shares: 824_000 },
]
const safes: CapTableEvent[] = [
  { kind: 'postMoneySafe', holder: 'Angel 1', amountUsd: 450_000, valuationCapUsd: 5_000_000, proRata: true },
  { kind: 'postMoneySafe', holder: 'Angel 2', amountUsd: 300_000, valuationCapUsd: 5_000_000, proRata: true },
]
// percentage-ownership: price = $12M / (10,300,000 + 1,700,000) = $1.00.
const seriesA = (proRataExercise?: PricedRound['proRataExercise']): CapTableEvent => ({
  kind: 'pricedRound',
  name: 'Series A',
  preMoneyValuationUsd: 12_000_000,
  investments: [{ holder: 'Lead', amountUsd: 4_250_000 }],
  pool: { kind: 'increaseShares', shares: 1_700_000 },
  ...(proRataExercise === undefined ? {} : { proRataExercise }),
})
const round = (events: CapTableEvent[]): RoundResult => {
  const result = capTable({ holdings, events }).rounds.at(-1)
  if (result === undefined) throw new Error('no round')
  return result
}
const line = (result: RoundResult, holder: string) => result.holders.find((entry) => entry.holder === holder)

describe('applyPricedRoundWithProRata', () => {
  it('returns 4.41 % bought under the side letters and 29.41 % for Series A + pro rata (User Guide Quick Start §3)', () => {
    const result = round([...safes, seriesA('all')])
    expect(result.pricePerShareUsd).toBe('1.0000')
    expect(result.companyCapitalizationShares).toBe(10_300_000)
    expect(result.totalShares).toBe(17_000_000)
    expect(result.proRataRights).toEqual([
      expect.objectContaining({ holder: 'Angel 1', exercisedShares: 450_000, exercisedCostUsd: '450000.00' }),
      expect.objectContaining({ holder: 'Angel 2', exercisedShares: 300_000, exercisedCostUsd: '300000.00' }),
    ])
    const leadPct = line(result, 'Lead')?.ownershipPct ?? Number.NaN
    const proRataPct = (750_000 / 17_000_000) * 100
    expect(leadPct).toBe(25)
    expect(proRataPct.toFixed(2)).toBe('4.41') // 25 % / (1 − 15 %) − 25 %
    expect((leadPct + proRataPct).toFixed(2)).toBe('29.41')
    // The side letters' holders bought exactly the formula's share of the company.
    expect(result.newMoneyShares - 4_250_000).toBe(750_000)
    expect((line(result, 'Angel 1')?.shares ?? 0) + (line(result, 'Angel 2')?.shares ?? 0)).toBe(
      1_545_000 + 750_000,
    )
    expect(line(result, 'Unissued option pool')?.ownershipPct).toBe(10)
  })

  it('returns the same round as before when no side letter is exercised (default and "none")', () => {
    const plain = round([...safes, seriesA()])
    expect(round([...safes, seriesA('none')])).toEqual(plain)
    expect(plain.totalShares).toBe(16_250_000)
    expect(plain.proRataRights.every((right) => right.exercisedShares === undefined)).toBe(true)
  })

  it('returns only the listed holder’s purchase: 9 % × 4,250,000 / (1 − 9 %) = 420,329.67 → 420,329 (hand-worked)', () => {
    const result = round([...safes, seriesA(['Angel 1'])])
    expect(result.proRataRights.map((right) => [right.holder, right.exercisedShares])).toEqual([
      ['Angel 1', 420_329],
      ['Angel 2', undefined],
    ])
    expect(result.newMoneyShares).toBe(4_250_000 + 420_329)
  })

  it('reaches a fixed point with a pool target: the purchases are σ·L/(1 − σ) of the final lead shares', () => {
    const targeted: CapTableEvent = {
      kind: 'pricedRound',
      name: 'Series A',
      preMoneyValuationUsd: 12_000_000,
      investments: [{ holder: 'Lead', amountUsd: 4_250_000 }],
      pool: { kind: 'targetPostPct', fraction: 0.1 },
      proRataExercise: 'all',
    }
    const result = capTable({
      holdings,
      events: [...safes, targeted],
      rounding: { priceDecimals: null, shares: 'floor' },
    }).rounds[0]
    const lead = line(result as RoundResult, 'Lead')?.shares ?? 0
    const bought = result?.proRataRights.map((right) => right.exercisedShares ?? 0) ?? []
    expect(bought).toEqual([Math.floor((0.09 * lead) / 0.85), Math.floor((0.06 * lead) / 0.85)])
  })

  it('returns Investor B buying 448,671 of the 4,486,719 Series A shares for $499,998.96 (User Guide Appendix II, Example 1 Q2)', () => {
    // The guide carves the pro rata out of the $5M: new investors 4,038,048 shares, Investor B 448,671 at $1.1144
    // (448,671 × $1.1144 = $499,998.9624; the guide prints $499,998.97, rounding the payment up).
    const guideHoldings: Holding[] = [
      { holder: 'Founders', kind: 'common', shares: 9_250_000 },
      { holder: 'Option holders', kind: 'optionsIssued', shares: 300_000 },
      { holder: 'Promised options', kind: 'optionsPromised', shares: 350_000 },
      { holder: 'Option pool', kind: 'unissuedPool', shares: 100_000 },
    ]
    const result = capTable({
      holdings: guideHoldings,
      events: [
        { kind: 'postMoneySafe', holder: 'Investor A', amountUsd: 200_000, valuationCapUsd: 4_000_000 },
        {
          kind: 'postMoneySafe',
          holder: 'Investor B',
          amountUsd: 800_000,
          valuationCapUsd: 8_000_000,
          proRata: true,
        },
        {
          kind: 'pricedRound',
          name: 'Series A',
          preMoneyValuationUsd: 15_000_000,
          investments: [{ holder: 'Series A investors', amountUsd: 5_000_000 }],
          pool: { kind: 'increaseShares', shares: 1_695_000 },
          proRataExercise: ['Investor B'],
          proRataFunding: 'fromRound',
        },
      ],
    }).rounds[0] as RoundResult
    expect(result.pricePerShareUsd).toBe('1.1144')
    expect(result.proRataRights).toEqual([
      {
        holder: 'Investor B',
        shares: 448_671,
        costUsd: '499998.96',
        exercisedShares: 448_671,
        exercisedCostUsd: '499998.96',
      },
    ])
    expect(line(result, 'Series A investors')?.shares).toBe(4_038_048)
    expect(line(result, 'Investor B')?.shares).toBe(1_176_470 + 448_671)
    expect(result.newMoneyShares).toBe(4_486_719)
    expect(result.totalShares).toBe(17_946_424)
  })

  it('refuses a listed holder without a pro rata side letter, with its path', () => {
    const run = () => round([...safes, seriesA(['Nobody'])])
    expect(run).toThrow(UserError)
    try {
      run()
    } catch (error) {
      expect((error as UserError).issues[0]?.path).toEqual(['events', 2, 'proRataExercise', 0])
    }
  })
})
