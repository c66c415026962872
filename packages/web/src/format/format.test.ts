import { describe, expect, it } from 'vitest'
import { formatMoney, formatMonth, formatNumber, formatPercent } from './format.ts'

const usd = { currency: 'USD', usdExchangeRate: 1 }

describe('formatMoney', () => {
  it('returns compact dollars for large amounts ($21.5M: the demo venture cash)', () => {
    expect(formatMoney('en', 21_500_000, usd)).toBe('$21.5M')
  })
  it('returns yuan in Chinese units after conversion (21.5M USD × 7.1 = ¥152.65M ≈ ¥1.5亿)', () => {
    expect(formatMoney('zh-CN', 21_500_000, { currency: 'CNY', usdExchangeRate: 7.1 })).toBe('¥1.5亿')
  })
  it('keeps three significant digits for prices under ten units (the same rule as the report and CLI)', () => {
    expect(formatMoney('en', 2.134, usd)).toBe('$2.13')
    expect(formatMoney('en', 0.000_42, usd)).toBe('$0.00042')
  })
})

describe('formatNumber', () => {
  it('returns grouped digits', () => {
    expect(formatNumber('en', 1234.567, 1)).toBe('1,234.6')
  })
})

describe('formatPercent', () => {
  it('returns a percentage of a ratio', () => {
    expect(formatPercent('en', 0.625)).toBe('62.5%')
  })
})

describe('formatMonth', () => {
  it('returns a Chinese month', () => {
    expect(formatMonth('zh-CN', '2027-10')).toBe('2027年10月')
  })
  it('returns the input when it is not a month', () => {
    expect(formatMonth('en', 'soon')).toBe('soon')
  })
})
