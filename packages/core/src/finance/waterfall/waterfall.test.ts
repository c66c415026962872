import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import type { WaterfallClass } from './types.ts'
import { waterfall } from './waterfall.ts'

const common = (shares: number, holder = 'Founders'): WaterfallClass => ({
  kind: 'common',
  name: 'Common',
  holders: [{ holder, shares }],
})
const payoutOf = (result: ReturnType<typeof waterfall>, holder: string) =>
  result.holders.find((line) => line.holder === holder)

describe('waterfall', () => {
  it('returns $2M to a 1x non-participating 20 % investor at an $8M exit, not $1.6M (pitchkit.net glossary, "Liquidation preference")', () => {
    const result = waterfall({
      exitValueUsd: 8_000_000,
      classes: [
        common(8_000_000),
        {
          kind: 'preferred',
          name: 'Series A',
          seniority: 1,
          issuePricePerShareUsd: 1,
          holders: [{ holder: 'Investor', shares: 2_000_000 }],
        },
      ],
    })
    expect(payoutOf(result, 'Investor')).toMatchObject({ payoutUsd: '2000000.00', converted: false })
    expect(payoutOf(result, 'Founders')?.payoutUsd).toBe('6000000.00')
  })

  it('returns $4.4M to a 1x participating 30 % investor who put in $2M, at a $10M exit (Gust Equity docs, "Participating Preferred")', () => {
    const result = waterfall({
      exitValueUsd: 10_000_000,
      classes: [
        common(7_000_000),
        {
          kind: 'preferred',
          name: 'Series A',
          seniority: 1,
          issuePricePerShareUsd: '2/3',
          participation: 'full',
          holders: [{ holder: 'Investor', shares: 3_000_000 }],
        },
      ],
    })
    expect(payoutOf(result, 'Investor')?.payoutUsd).toBe('4400000.00')
    expect(payoutOf(result, 'Founders')?.payoutUsd).toBe('5600000.00')
  })

  describe('Wikipedia, "Liquidation preference": $1M at $6M pre, 2x, $15M exit', () => {
    const classes = (participation: 'none' | 'full'): WaterfallClass[] => [
      common(6_000_000),
      {
        kind: 'preferred',
        name: 'Series A',
        seniority: 1,
        issuePricePerShareUsd: 1,
        preferenceMultiple: 2,
        participation,
        holders: [{ holder: 'Investor', shares: 1_000_000 }],
      },
    ]
    it('returns $2M + 13M/7 participating (Wikipedia prints $3.9M from a rounded 14.4 %)', () => {
      expect(
        payoutOf(waterfall({ exitValueUsd: 15_000_000, classes: classes('full') }), 'Investor')?.payoutUsd,
      ).toBe('3857142.86')
    })
    it('returns 15M/7 by converting when non-participating (Wikipedia prints $2.2M from a rounded 14.4 %)', () => {
      const line = payoutOf(waterfall({ exitValueUsd: 15_000_000, classes: classes('none') }), 'Investor')
      expect(line).toMatchObject({ payoutUsd: '2142857.14', converted: true })
    })
  })

  describe('participation with a 3x cap (hand derivation: 8M common, 2M preferred at $1)', () => {
    const classes: WaterfallClass[] = [
      common(8_000_000),
      {
        kind: 'preferred',
        name: 'Series A',
        seniority: 1,
        issuePricePerShareUsd: 1,
        participation: { capMultiple: 3 },
        holders: [{ holder: 'VC', shares: 2_000_000 }],
      },
    ]
    it('returns preference plus 20 % of the rest below the cap: $3.6M at $10M', () => {
      expect(payoutOf(waterfall({ exitValueUsd: 10_000_000, classes }), 'VC')?.payoutUsd).toBe('3600000.00')
    })
    it('returns the $6M cap at $25M, where converting would pay only $5M', () => {
      expect(payoutOf(waterfall({ exitValueUsd: 25_000_000, classes }), 'VC')).toMatchObject({
        payoutUsd: '6000000.00',
        converted: false,
      })
    })
    it('returns conversion at $40M: 20 % is $8M, above the $6M cap', () => {
      expect(payoutOf(waterfall({ exitValueUsd: 40_000_000, classes }), 'VC')).toMatchObject({
        payoutUsd: '8000000.00',
        converted: true,
      })
    })
  })

  describe('seniority and pari passu tiers', () => {
    const classes = (seniorB: boolean): WaterfallClass[] => [
      common(8_000_000),
      {
        kind: 'preferred',
        name: 'Seed',
        seniority: 1,
        issuePricePerShareUsd: 1,
        holders: [{ holder: 'Seed', shares: 1_000_000 }],
      },
      {
        kind: 'preferred',
        name: 'Series A',
        seniority: 1,
        issuePricePerShareUsd: 1,
        holders: [{ holder: 'A', shares: 3_000_000 }],
      },
      {
        kind: 'preferred',
        name: 'Series B',
        seniority: seniorB ? 2 : 1,
        issuePricePerShareUsd: 1,
        holders: [{ holder: 'B', shares: 4_000_000 }],
      },
    ]
    it('returns the senior B in full and the junior tier split 3:1 at $6M', () => {
      const result = waterfall({ exitValueUsd: 6_000_000, classes: classes(true) })
      expect(result.holders.map((line) => line.payoutUsd)).toEqual([
        '0.00',
        '500000.00',
        '1500000.00',
        '4000000.00',
      ])
    })
    it('returns one pari passu tier split by preference amounts at $6M', () => {
      const result = waterfall({ exitValueUsd: 6_000_000, classes: classes(false) })
      expect(result.holders.map((line) => line.payoutUsd)).toEqual([
        '0.00',
        '750000.00',
        '2250000.00',
        '3000000.00',
      ])
    })
    it('returns a short tier split by preference amount, not by share count', () => {
      const result = waterfall({
        exitValueUsd: 2_000_000,
        classes: [
          common(1_000_000),
          {
            kind: 'preferred',
            name: 'A',
            seniority: 1,
            issuePricePerShareUsd: 3,
            holders: [{ holder: 'A', shares: 1_000_000 }],
          },
          {
            kind: 'preferred',
            name: 'Seed',
            seniority: 1,
            issuePricePerShareUsd: 1,
            holders: [{ holder: 'Seed', shares: 1_000_000 }],
          },
        ],
      })
      expect(result.holders.map((line) => line.payoutUsd)).toEqual(['0.00', '1500000.00', '500000.00'])
    })
  })

  it('returns costs first, then debt, then equity, adding up to the exit value', () => {
    const result = waterfall({
      exitValueUsd: 10_000_000,
      transactionCostsUsd: 500_000,
      debtUsd: 1_500_000,
      classes: [
        common(8_000_000),
        {
          kind: 'preferred',
          name: 'A',
          seniority: 1,
          issuePricePerShareUsd: 1,
          holders: [{ holder: 'VC', shares: 2_000_000 }],
        },
      ],
    })
    expect([result.transactionCostsPaidUsd, result.debtPaidUsd, result.distributedToEquityUsd]).toEqual([
      '500000.00',
      '1500000.00',
      '8000000.00',
    ])
    expect(result.holders.map((line) => line.payoutUsd)).toEqual(['6000000.00', '2000000.00'])
  })

  it('returns two non-participating classes settled where neither gains by switching', () => {
    // 10M common, A: 5M shares at $1, B: 5M shares at $4 (senior). At $40M: B converting gets 5/20 of 40M = $10M
    // vs $20M preference, so B stays; A converting gets 5/15 of (40M − 20M) = 6.67M > $5M, so A converts.
    const result = waterfall({
      exitValueUsd: 40_000_000,
      classes: [
        common(10_000_000),
        {
          kind: 'preferred',
          name: 'A',
          seniority: 1,
          issuePricePerShareUsd: 1,
          holders: [{ holder: 'A', shares: 5_000_000 }],
        },
        {
          kind: 'preferred',
          name: 'B',
          seniority: 2,
          issuePricePerShareUsd: 4,
          holders: [{ holder: 'B', shares: 5_000_000 }],
        },
      ],
    })
    expect(result.classes.map((line) => line.converted)).toEqual([false, true, false])
    expect(result.holders.map((line) => line.payoutUsd)).toEqual(['13333333.33', '6666666.67', '20000000.00'])
  })

  it('throws for negative money with its path', () => {
    try {
      waterfall({ exitValueUsd: 1, debtUsd: -1, classes: [common(1)] })
      throw new Error('expected a UserError')
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['debtUsd'])
    }
  })
})
