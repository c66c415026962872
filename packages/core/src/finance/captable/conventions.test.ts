import { describe, expect, it } from 'vitest'
import { capTable } from './cap-table.ts'
import type { CapTableEvent, Holding, RoundResult } from './types.ts'

const onlyRound = (events: CapTableEvent[], holdings: Holding[], extra = {}): RoundResult => {
  const round = capTable({ holdings, events, ...extra }).rounds.at(-1)
  if (round === undefined) throw new Error('no round')
  return round
}
const sharesOf = (round: RoundResult, holder: string) =>
  round.holders.find((line) => line.holder === holder)?.shares

describe('capTable', () => {
  describe('Cooley, "Calculating Share Price With Outstanding Convertible Notes or Safes" ($8M pre, $2M new, $1M safes at 30 % discount)', () => {
    const cooley = (convention: 'pre-money' | 'percentage-ownership' | 'dollars-invested') =>
      onlyRound(
        [
          { kind: 'postMoneySafe', holder: 'Safe holders', amountUsd: 1_000_000, discount: 0.3 },
          {
            kind: 'pricedRound',
            name: 'Series A',
            preMoneyValuationUsd: 8_000_000,
            investments: [{ holder: 'Series A', amountUsd: 2_000_000 }],
          },
        ],
        [{ holder: 'Founders', kind: 'common', shares: 1_000_000 }],
        { convention, rounding: { priceDecimals: null, shares: 'half-up' } },
      )
    it('returns $8.00, 178,571 and 250,000 shares under the pre-money method', () => {
      const round = cooley('pre-money')
      expect(round.pricePerShare).toBe(8)
      expect(round.conversions[0]?.pricePerShareUsd).toBe('5.6000000000')
      expect([sharesOf(round, 'Safe holders'), round.newMoneyShares, round.totalShares]).toEqual([
        178_571, 250_000, 1_428_571,
      ])
    })
    it('returns $6.57, 217,391 and 304,348 shares under the percentage-ownership method', () => {
      const round = cooley('percentage-ownership')
      expect(round.pricePerShare).toBeCloseTo(6.57, 2)
      expect(round.conversions[0]?.pricePerShareUsd).toBe('4.6000000000')
      expect([sharesOf(round, 'Safe holders'), round.newMoneyShares, round.totalShares]).toEqual([
        217_391, 304_348, 1_521_739,
      ])
    })
    it('returns $7.57, 188,679 and 264,151 shares under the dollars-invested method', () => {
      const round = cooley('dollars-invested')
      expect(round.pricePerShare).toBeCloseTo(7.57, 2)
      expect(round.conversions[0]?.pricePerShareUsd).toBe('5.3000000000')
      expect([sharesOf(round, 'Safe holders'), round.newMoneyShares, round.totalShares]).toEqual([
        188_679, 264_151, 1_452_830,
      ])
    })
  })

  describe('convertible notes', () => {
    const note = (issueDate = '2021-03-01'): CapTableEvent => ({
      kind: 'convertibleNote',
      holder: 'Noteholder',
      principalUsd: 25_000,
      annualInterestRate: 0,
      issueDate,
      valuationCapUsd: 5_000_000,
      discount: 0.2,
    })
    const noteRound = (preMoney: number, shares: number, first: CapTableEvent = note()) =>
      onlyRound(
        [
          first,
          {
            kind: 'pricedRound',
            name: 'Series A',
            date: '2022-03-01',
            preMoneyValuationUsd: preMoney,
            investments: [{ holder: 'VC', amountUsd: 1_000_000 }],
          },
        ],
        [{ holder: 'Founders', kind: 'common', shares }],
        { convention: 'pre-money' },
      )
    it('returns 10,000 shares at the $2.50 cap price at $10M pre (finance.yaml NOTE-01, FundersClub)', () => {
      const round = noteRound(10_000_000, 2_000_000)
      expect(round.pricePerShareUsd).toBe('5.0000')
      expect(round.conversions[0]).toMatchObject({ basis: 'cap', pricePerShareUsd: '2.5000', shares: 10_000 })
    })
    it('returns 6,250 shares at the $4.00 discount price at $6M pre (finance.yaml NOTE-01, FundersClub)', () => {
      const round = noteRound(6_000_000, 1_200_000)
      expect(round.conversions[0]).toMatchObject({
        basis: 'discount',
        pricePerShareUsd: '4.0000',
        shares: 6_250,
      })
    })
    it('returns 270 shares for $108,000 at a 20 % discount off $500 (ccddlaw.com, "Conversion of a Convertible Note", 2019)', () => {
      const interestNote: CapTableEvent = {
        kind: 'convertibleNote',
        holder: 'Noteholder',
        principalUsd: 100_000,
        annualInterestRate: 0.08,
        issueDate: '2021-03-01',
        discount: 0.2,
      }
      const round = noteRound(5_000_000, 10_000, interestNote)
      expect(round.conversions[0]).toMatchObject({
        conversionAmountUsd: '108000.00',
        pricePerShareUsd: '400.0000',
        shares: 270,
      })
    })
    it('returns 1,080 shares at a $1M cap (ccddlaw.com, same example)', () => {
      const capped: CapTableEvent = {
        kind: 'convertibleNote',
        holder: 'Noteholder',
        principalUsd: 100_000,
        annualInterestRate: 0.08,
        issueDate: '2021-03-01',
        valuationCapUsd: 1_000_000,
        discount: 0.2,
      }
      const round = noteRound(5_000_000, 10_000, capped)
      expect(round.conversions[0]).toMatchObject({
        basis: 'cap',
        pricePerShareUsd: '100.0000',
        shares: 1_080,
      })
    })
  })

  it('returns the MFN holder converting on the elected later safe as a whole (derivation MF-cap, ovf docs/rounds.md)', () => {
    const round = onlyRound(
      [
        { kind: 'postMoneySafe', holder: 'MFN', amountUsd: 500_000, mfn: true, mfnElection: 1 },
        { kind: 'postMoneySafe', holder: 'Cap', amountUsd: 1_000_000, valuationCapUsd: 10_000_000 },
        { kind: 'postMoneySafe', holder: 'Discount', amountUsd: 1_000_000, discount: 0.2 },
        {
          kind: 'pricedRound',
          name: 'Series A',
          preMoneyValuationUsd: 12_000_000,
          investments: [{ holder: 'VC', amountUsd: 3_000_000 }],
        },
      ],
      [{ holder: 'Founders', kind: 'common', shares: 8_000_000 }],
      { rounding: { priceDecimals: null, shares: 'floor' } },
    )
    // T = 2400M/179, price 179/160, MFN holder 1/25 of T.
    expect(round.pricePerShareUsd).toBe('1.1187500000')
    expect(round.conversions[0]).toMatchObject({ basis: 'cap', shares: Math.floor(2_400_000_000 / 179 / 25) })
  })

  it('returns shares and ownership after a strategic investment at a stated price', () => {
    const result = capTable({
      holdings: [{ holder: 'Founders', kind: 'common', shares: 9_000_000 }],
      events: [{ kind: 'strategicInvestment', holder: 'Corp', amountUsd: 1_000_000, pricePerShareUsd: 1 }],
    })
    expect(result.holders).toEqual([
      { holder: 'Founders', shares: 9_000_000, ownershipPct: 90 },
      { holder: 'Corp', shares: 1_000_000, ownershipPct: 10 },
    ])
  })

  it('returns a crowd safe converting like a post-money safe and crowd equity issued at its price', () => {
    const result = capTable({
      holdings: [{ holder: 'Founders', kind: 'common', shares: 9_000_000 }],
      events: [
        {
          kind: 'crowdfunding',
          holder: 'Crowd (Reg CF)',
          amountUsd: 1_000_000,
          security: { kind: 'postMoneySafe', valuationCapUsd: 10_000_000 },
        },
        {
          kind: 'pricedRound',
          name: 'Seed',
          preMoneyValuationUsd: 20_000_000,
          investments: [{ holder: 'VC', amountUsd: 5_000_000 }],
        },
        {
          kind: 'crowdfunding',
          holder: 'Crowd equity',
          amountUsd: 100_000,
          security: { kind: 'equity', pricePerShareUsd: 2 },
        },
      ],
    })
    expect(result.rounds[0]?.conversions[0]).toMatchObject({ basis: 'cap', shares: 1_000_000 })
    expect(result.holders.find((line) => line.holder === 'Crowd equity')?.shares).toBe(50_000)
    expect(result.outstandingInstruments).toEqual([])
  })

  describe('mixed instruments solved as one fixed point (derivations DO2 and MX2 in ogulcan-ozyavuz/algorithmic-game-theory-for-private-equity docs/rounds.md, recomputed by hand)', () => {
    const exact = { rounding: { priceDecimals: null, shares: 'floor' } }
    it("returns a discount safe counted in the capped safe's Company Capitalization: T = 2400M/191, price $1.19375", () => {
      const round = onlyRound(
        [
          { kind: 'postMoneySafe', holder: 'Capped', amountUsd: 1_000_000, valuationCapUsd: 10_000_000 },
          { kind: 'postMoneySafe', holder: 'Discount', amountUsd: 1_000_000, discount: 0.2 },
          {
            kind: 'pricedRound',
            name: 'Series A',
            preMoneyValuationUsd: 12_000_000,
            investments: [{ holder: 'VC', amountUsd: 3_000_000 }],
          },
        ],
        [{ holder: 'Founders', kind: 'common', shares: 8_000_000 }],
        exact,
      )
      expect(round.pricePerShareUsd).toBe('1.1937500000')
      // Capped: 192M/191 = 1,005,235.60; discount: 200M/191 = 1,047,120.42 at $0.955; new: 480M/191 = 2,513,089.01.
      expect(round.conversions.map((item) => [item.basis, item.shares])).toEqual([
        ['cap', 1_005_235],
        ['discount', 1_047_120],
      ])
      expect(round.conversions[1]?.pricePerShareUsd).toBe('0.9550000000')
      expect(round.newMoneyShares).toBe(2_513_089)
    })
    it('returns a pre-money and a post-money safe with a 10 % pool target: T = 440M/31, price $31/22', () => {
      const round = onlyRound(
        [
          { kind: 'postMoneySafe', holder: 'Post', amountUsd: 1_000_000, valuationCapUsd: 10_000_000 },
          { kind: 'preMoneySafe', holder: 'Pre', amountUsd: 500_000, valuationCapUsd: 5_000_000 },
          {
            kind: 'pricedRound',
            name: 'Series A',
            preMoneyValuationUsd: 16_000_000,
            investments: [{ holder: 'VC', amountUsd: 4_000_000 }],
            pool: { kind: 'targetPostPct', fraction: 0.1 },
          },
        ],
        [{ holder: 'Founders', kind: 'common', shares: 8_000_000 }],
        exact,
      )
      expect(round.pricePerShare).toBeCloseTo(31 / 22, 12)
      // Increase 44M/31 = 1,419,354.84; pre 29.2M/31 = 941,935.48; post 30.8M/31 = 993,548.39; new 88M/31.
      expect(round.poolIncreaseShares).toBe(1_419_354)
      expect(round.conversions.map((item) => [item.basis, item.shares])).toEqual([
        ['cap', 993_548],
        ['cap', 941_935],
      ])
      expect(round.newMoneyShares).toBe(2_838_709)
    })
  })
})
