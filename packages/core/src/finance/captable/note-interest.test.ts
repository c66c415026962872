import { describe, expect, it } from 'vitest'
import { fraction, toDecimalString } from '../rational.ts'
import { accruedAmountUsd, parseIsoDate, yearFraction } from './note-interest.ts'

describe('yearFraction', () => {
  it('returns days over 365, 360, and the 30/360 month count', () => {
    expect(yearFraction('2024-01-01', '2025-01-01', 'actual/365')).toEqual(fraction(366n, 365n))
    expect(yearFraction('2024-01-01', '2025-01-01', 'actual/360')).toEqual(fraction(366n, 360n))
    expect(yearFraction('2024-01-31', '2024-03-31', '30/360')).toEqual(fraction(60n, 360n))
  })
  it('returns null for dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull()
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })
})

describe('accruedAmountUsd', () => {
  it('returns $108,000 for $100,000 at 8 % simple over one year (ccddlaw.com, "Conversion of a Convertible Note")', () => {
    expect(
      toDecimalString(accruedAmountUsd(fraction(100_000n), fraction(8n, 100n), fraction(1n), 'simple', 1), 2),
    ).toBe('108000.00')
  })
  it('returns $116,640 compounded annually over two years and a simple broken period after that', () => {
    const rate = fraction(8n, 100n)
    expect(toDecimalString(accruedAmountUsd(fraction(100_000n), rate, fraction(2n), 'compound', 1), 2)).toBe(
      '116640.00',
    )
    // 2.5 years: 116,640 × (1 + 0.08 × 0.5) = 121,305.60
    expect(
      toDecimalString(accruedAmountUsd(fraction(100_000n), rate, fraction(5n, 2n), 'compound', 1), 2),
    ).toBe('121305.60')
  })
})
