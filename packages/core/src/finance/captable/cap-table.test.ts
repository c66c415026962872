import { describe, expect, it } from 'vitest'
import { capTable } from './cap-table.ts'
import type { CapTableEvent, Holding, RoundResult } from './types.ts'

// YC Post-Money Safe User Guide, Appendix II, Example 1 and 2: the starting capitalization.
const guideHoldings: Holding[] = [
  { holder: 'Founders', kind: 'common', shares: 9_250_000 },
  { holder: 'Option holders', kind: 'optionsIssued', shares: 300_000 },
  { holder: 'Promised options', kind: 'optionsPromised', shares: 350_000 },
  { holder: 'Option pool', kind: 'unissuedPool', shares: 100_000 },
]
const safeA: CapTableEvent = {
  kind: 'postMoneySafe',
  holder: 'Investor A',
  amountUsd: 200_000,
  valuationCapUsd: 4_000_000,
}
const safeB: CapTableEvent = {
  kind: 'postMoneySafe',
  holder: 'Investor B',
  amountUsd: 800_000,
  valuationCapUsd: 8_000_000,
  proRata: true,
}
const seriesA = (preMoney: number, newMoney: number, poolIncrease: number): CapTableEvent => ({
  kind: 'pricedRound',
  name: 'Series A',
  preMoneyValuationUsd: preMoney,
  investments: [{ holder: 'Series A investors', amountUsd: newMoney }],
  pool: { kind: 'increaseShares', shares: poolIncrease },
})
const onlyRound = (events: CapTableEvent[], holdings = guideHoldings, extra = {}): RoundResult => {
  const round = capTable({ holdings, events, ...extra }).rounds.at(-1)
  if (round === undefined) throw new Error('no round')
  return round
}
const sharesOf = (round: RoundResult, holder: string) =>
  round.holders.find((line) => line.holder === holder)?.shares
const pctOf = (round: RoundResult, holder: string) =>
  round.holders.find((line) => line.holder === holder)?.ownershipPct ?? NaN

describe('capTable', () => {
  it('returns the YC guide Example 1 Q2 figures to the share (finance.yaml SAFE-02; User Guide pp. 19-20)', () => {
    const round = onlyRound([safeA, safeB, seriesA(15_000_000, 5_000_000, 1_695_000)])
    expect(round.pricePerShareUsd).toBe('1.1144')
    expect(round.companyCapitalizationShares).toBe(11_764_705)
    expect(sharesOf(round, 'Investor A')).toBe(588_235)
    expect(sharesOf(round, 'Investor B')).toBe(1_176_470)
    expect(round.newMoneyShares).toBe(4_486_719)
    expect(round.totalShares).toBe(17_946_424)
    expect(pctOf(round, 'Founders')).toBeCloseTo(51.54, 2)
    expect(pctOf(round, 'Investor A')).toBeCloseTo(3.28, 2)
    expect(pctOf(round, 'Investor B')).toBeCloseTo(6.56, 2)
    expect(round.conversions.map((item) => item.basis)).toEqual(['cap', 'cap'])
    expect(round.convention).toBe('percentage-ownership')
    expect(round.rounding).toEqual({ priceDecimals: 4, shares: 'floor', newMoneyShares: 'half-up' })
  })

  it('returns the pro rata side letter right of 448,671 shares (User Guide Example 1 Q2, per legalese/l4-ide SPEC §6.6)', () => {
    const round = onlyRound([safeA, safeB, seriesA(15_000_000, 5_000_000, 1_695_000)])
    // 448,671 × $1.1144 = $499,998.9624; the guide prints $499,998.97.
    expect(round.proRataRights).toEqual([{ holder: 'Investor B', shares: 448_671, costUsd: '499998.96' }])
  })

  it('returns the exact solution of a 10 % pool target (finance.yaml SAFE-02 notes: 1,694,570.14 and $1.114473)', () => {
    const round = onlyRound(
      [
        safeA,
        safeB,
        {
          kind: 'pricedRound',
          name: 'Series A',
          preMoneyValuationUsd: 15_000_000,
          investments: [{ holder: 'Series A investors', amountUsd: 5_000_000 }],
          pool: { kind: 'targetPostPct', fraction: 0.1 },
        },
      ],
      guideHoldings,
      { rounding: { priceDecimals: null, shares: 'floor' } },
    )
    expect(round.poolIncreaseShares).toBe(1_694_570)
    expect(round.pricePerShare).toBeCloseTo(1.114473, 6)
  })

  it('returns Example 1 Q5 where Investor B converts at the round price (User Guide pp. 22-23)', () => {
    const round = onlyRound([safeA, safeB, seriesA(8_800_000, 2_200_000, 1_573_000)])
    expect(round.pricePerShareUsd).toBe('0.6577')
    expect(round.companyCapitalizationShares).toBe(11_806_694)
    expect(round.conversions.map((item) => [item.basis, item.shares])).toEqual([
      ['cap', 590_334],
      ['round', 1_216_360],
    ])
    expect(round.newMoneyShares).toBe(3_344_990)
    expect(round.totalShares).toBe(16_724_684)
  })

  it('returns Example 2 Q2 with a pre-money safe beside a post-money safe (User Guide Appendix II, Example 2)', () => {
    const preMoneyA: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Investor A',
      amountUsd: 200_000,
      valuationCapUsd: 3_800_000,
    }
    const round = onlyRound([preMoneyA, safeB, seriesA(15_000_000, 5_000_000, 1_700_000)])
    expect(round.pricePerShareUsd).toBe('1.1115')
    expect(round.companyCapitalizationShares).toBe(11_795_292)
    expect(round.conversions.map((item) => [item.pricePerShareUsd, item.shares])).toEqual([
      ['0.3248', 615_763],
      ['0.6782', 1_179_529],
    ])
    // $5M / $1.1115 = 4,498,425.55: the guide rounds new-money shares to the nearest share.
    expect(round.newMoneyShares).toBe(4_498_426)
    expect(round.totalShares).toBe(17_993_718)
  })

  it('returns Example 2 Q5 with the post-money safe at the round price (User Guide Appendix II, Example 2)', () => {
    const preMoneyA: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Investor A',
      amountUsd: 200_000,
      valuationCapUsd: 3_800_000,
    }
    const round = onlyRound([preMoneyA, safeB, seriesA(8_800_000, 2_200_000, 1_575_000)])
    expect(round.pricePerShareUsd).toBe('0.6566')
    expect(round.conversions.map((item) => [item.basis, item.shares])).toEqual([
      ['cap', 609_198],
      ['round', 1_218_397],
    ])
    expect(round.newMoneyShares).toBe(3_350_594)
    expect(round.totalShares).toBe(16_753_189)
  })

  it('returns the option pool shuffle: $1.00 a share, not $1.33 (finance.yaml ROUND-01, Venture Hacks)', () => {
    const round = onlyRound(
      [
        {
          kind: 'pricedRound',
          name: 'Series A',
          preMoneyValuationUsd: 8_000_000,
          investments: [{ holder: 'VC', amountUsd: 2_000_000 }],
          pool: { kind: 'targetPostPct', fraction: 20 / 100 },
        },
      ],
      [{ holder: 'Founders', kind: 'common', shares: 6_000_000 }],
    )
    expect(round.pricePerShareUsd).toBe('1.0000')
    expect(round.effectivePreMoneyValuationUsd).toBe('6000000.00')
    expect(round.newMoneyShares).toBe(2_000_000)
    expect(round.poolIncreaseShares).toBe(2_000_000)
    expect(round.totalShares).toBe(10_000_000)
    expect(pctOf(round, 'Founders')).toBe(60)
    expect(pctOf(round, 'VC')).toBe(20)
  })
})
