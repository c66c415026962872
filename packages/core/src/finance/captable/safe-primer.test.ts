import { describe, expect, it } from 'vitest'
import { capTable } from './cap-table.ts'
import type { CapTableEvent, Holding, RoundingRule, RoundResult } from './types.ts'

// Y Combinator, "Safe Primer" (the original pre-money safe, 2013), numerical examples, as republished with
// "Source: Y Combinator SAFE Primer" by FundersClub (fundersclub.com/learn/safe-primer/safe-numerical-examples/
// safe-cap-no-discount/, …/safe-discount-no-cap/, …/safe-cap-and-discount/). The primer prints every price
// at the precision it computed onward from: the Series A price $10M / 11M shares as $0.909 (3 places), the
// $5M cap price as $0.4545 (4 places), the $8M cap price as $0.72727 (5 places) and the Series AA price
// $2M / 10.5M shares as $0.19 (2 places); shares are floored. The rounding rule of each test says so.

const primerRound = (
  preMoney: number,
  newMoney: number,
  poolShares: number,
  name = 'Series A',
): CapTableEvent => ({
  kind: 'pricedRound',
  name,
  preMoneyValuationUsd: preMoney,
  investments: [{ holder: 'New investors', amountUsd: newMoney }],
  pool: poolShares > 0 ? { kind: 'increaseShares', shares: poolShares } : { kind: 'none' },
})

// "fully-diluted outstanding capital stock immediately prior to the financing, including a 1,000,000 share
// option pool to be adopted in connection with the financing, is 11,000,000 shares".
const seriesAHoldings: Holding[] = [{ holder: 'Founders', kind: 'common', shares: 10_000_000 }]

const run = (holdings: Holding[], events: CapTableEvent[], rounding: RoundingRule): RoundResult => {
  const round = capTable({ holdings, events, convention: 'pre-money', rounding }).rounds.at(-1)
  if (round === undefined) throw new Error('no round')
  return round
}
const sharesOf = (round: RoundResult, holder: string) =>
  round.holders.find((line) => line.holder === holder)?.shares

describe('capTable (YC Safe primer, pre-money safe)', () => {
  it('returns 1,100,110 Series A shares at $0.909 and 220,022 safe shares at $0.4545 (primer: cap, no discount)', () => {
    const safe: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Safe holder',
      amountUsd: 100_000,
      valuationCapUsd: 5_000_000,
    }
    const round = run(seriesAHoldings, [safe, primerRound(10_000_000, 1_000_000, 1_000_000)], {
      priceDecimals: 3,
      conversionPriceDecimals: 4,
      shares: 'floor',
    })
    expect(round.pricePerShareUsd).toBe('0.909')
    expect(round.newMoneyShares).toBe(1_100_110)
    expect(round.conversions).toEqual([
      expect.objectContaining({ basis: 'cap', pricePerShareUsd: '0.4545', shares: 220_022 }),
    ])
    expect(sharesOf(round, 'Safe holder')).toBe(220_022)
    expect(round.totalShares).toBe(11_000_000 + 1_100_110 + 220_022)
    // The primer's aggregate safe preference: $100,000 (220,022 × $0.4545 = $99,999.999 → $100,000.00).
    const safeClass = round.classes.find((line) => line.holder === 'Safe holder')
    expect(safeClass?.issuePricePerShareUsd).toBe('0.4545')
    expect((220_022 * 0.4545).toFixed(2)).toBe('100000.00')
  })

  it('returns 2,105,263 Series AA shares at $0.19 and 131,578 safe shares at $0.152 (primer: discount, no cap)', () => {
    // "Discount Rate is 80%": the safe pays 80 % of the round price, a 20 % discount.
    const safe: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Safe holder',
      amountUsd: 20_000,
      discount: 0.2,
    }
    const round = run(
      [{ holder: 'Founders', kind: 'common', shares: 10_500_000 }],
      [safe, primerRound(2_000_000, 400_000, 0, 'Series AA')],
      { priceDecimals: 2, conversionPriceDecimals: null, shares: 'floor' },
    )
    expect(round.pricePerShareUsd).toBe('0.19')
    expect(round.newMoneyShares).toBe(2_105_263)
    expect(round.conversions).toEqual([expect.objectContaining({ basis: 'discount', shares: 131_578 })])
    expect(round.conversions[0]?.pricePerShareUsd).toMatch(/^0\.1520*$/)
  })

  it('returns 137,500 safe shares at the $0.72727 cap price, not the $0.77265 discount price (primer: cap and discount)', () => {
    // "Discount Rate is 85%": a 15 % discount; $0.909 × 0.85 = $0.77265 loses to $8M / 11M = $0.72727.
    const safe: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Safe holder',
      amountUsd: 100_000,
      valuationCapUsd: 8_000_000,
      discount: 0.15,
    }
    const round = run(seriesAHoldings, [safe, primerRound(10_000_000, 1_000_000, 1_000_000)], {
      priceDecimals: 3,
      conversionPriceDecimals: 5,
      shares: 'floor',
    })
    expect(round.pricePerShareUsd).toBe('0.909')
    expect(round.newMoneyShares).toBe(1_100_110)
    expect(round.conversions).toEqual([
      expect.objectContaining({ basis: 'cap', pricePerShareUsd: '0.72727', shares: 137_500 }),
    ])
  })

  it('returns the later safe’s conversion for an MFN safe that elects its terms (primer: MFN; hand-worked, no published figures)', () => {
    // The primer's MFN safe has no cap and no discount and adopts a later safe's terms; it prints no numbers
    // for it, so this reuses the cap-only example: an MFN safe electing the $5M-cap safe converts like it.
    const mfn: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'MFN holder',
      amountUsd: 100_000,
      mfn: true,
      mfnElection: 1,
    }
    const later: CapTableEvent = {
      kind: 'preMoneySafe',
      holder: 'Safe holder',
      amountUsd: 100_000,
      valuationCapUsd: 5_000_000,
    }
    const round = run(seriesAHoldings, [mfn, later, primerRound(10_000_000, 1_000_000, 1_000_000)], {
      priceDecimals: 3,
      conversionPriceDecimals: 4,
      shares: 'floor',
    })
    expect(sharesOf(round, 'MFN holder')).toBe(220_022)
    expect(sharesOf(round, 'Safe holder')).toBe(220_022)
    expect(round.newMoneyShares).toBe(1_100_110)
  })
})
