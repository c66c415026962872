import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { safesAtLiquidity } from './liquidity.ts'
import type { Holding, PostMoneySafe } from './types.ts'

// YC Post-Money Safe User Guide, Appendix II, Example 1 (Q3 and Q4: an acquisition before the Series A).
const holdings: Holding[] = [
  { holder: 'Founders', kind: 'common', shares: 9_250_000 },
  { holder: 'Option holders', kind: 'optionsIssued', shares: 300_000 },
  { holder: 'Promised options', kind: 'optionsPromised', shares: 350_000 },
  { holder: 'Option pool', kind: 'unissuedPool', shares: 100_000 },
]
const safes: PostMoneySafe[] = [
  { kind: 'postMoneySafe', holder: 'Investor A', amountUsd: 200_000, valuationCapUsd: 4_000_000 },
  { kind: 'postMoneySafe', holder: 'Investor B', amountUsd: 800_000, valuationCapUsd: 8_000_000 },
]
const total = (values: readonly { payoutUsd: string }[]) =>
  values.reduce((sum, value) => sum + Math.round(Number(value.payoutUsd) * 100), 0) / 100

describe('safesAtLiquidity', () => {
  it('returns both safes converting at a $10M acquisition: 561,764 and 1,123,529 shares at $0.8901 (User Guide Example 1 Q3)', () => {
    const result = safesAtLiquidity({ holdings, safes, proceedsUsd: 10_000_000 })
    expect(result.safes.map((safe) => [safe.conversionShares, safe.choice])).toEqual([
      [561_764, 'convert'],
      [1_123_529, 'convert'],
    ])
    expect(result.pricePerShareUsd).toBe('0.8901')
    expect(result.liquidityCapitalization).toBe(11_235_293)
    expect(total(result.holders)).toBe(10_000_000)
  })

  it('returns both safes cashing out at a $3M acquisition, converting at $0.2670 being worth less (User Guide Example 1 Q4)', () => {
    const result = safesAtLiquidity({ holdings, safes, proceedsUsd: 3_000_000 })
    expect(result.allConvertPricePerShareUsd).toBe('0.2670')
    expect(result.safes.map((safe) => safe.choice)).toEqual(['cash-out', 'cash-out'])
    // Conversion would be worth about $150,000 and $300,000 (floored shares make it a few cents less).
    expect(Number(result.safes[0]?.conversionValueUsd)).toBeCloseTo(150_000, -1)
    expect(Number(result.safes[1]?.conversionValueUsd)).toBeCloseTo(300_000, -1)
    const payout = (holder: string) => result.holders.find((line) => line.holder === holder)
    expect(payout('Investor A')).toMatchObject({ payoutUsd: '200000.00', converted: false })
    expect(payout('Investor B')).toMatchObject({ payoutUsd: '800000.00', converted: false })
    expect(total(result.holders)).toBe(3_000_000)
  })

  it('returns the lower-capped safe converting and the higher-capped one cashing out between the caps', () => {
    const result = safesAtLiquidity({ holdings, safes, proceedsUsd: 6_000_000 })
    // Investor B cashes out ($800k); $5.2M remain, above A's $4M cap, so A converts and takes 5 % of it.
    expect(result.safes.map((safe) => safe.choice)).toEqual(['convert', 'cash-out'])
    expect(Number(result.holders.find((line) => line.holder === 'Investor A')?.payoutUsd)).toBeCloseTo(
      260_000,
      -1,
    )
    expect(total(result.holders)).toBe(6_000_000)
  })

  it('throws for negative proceeds at proceedsUsd', () => {
    expect(() => safesAtLiquidity({ holdings, safes, proceedsUsd: -1 })).toThrow(UserError)
  })
})
