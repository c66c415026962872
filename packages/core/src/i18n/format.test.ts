import { describe, expect, it } from 'vitest'
import {
  createFormatter,
  formatCompactNumber,
  formatDate,
  formatMoney,
  formatMonth,
  formatMonths,
  formatNumber,
  formatPercent,
  formatRegion,
} from './format.ts'

const cny = { currency: 'CNY', usdExchangeRate: 7.2 }

describe('the one formatter', () => {
  it('writes money in the display currency, compact from 100,000 up, never padded', () => {
    expect(formatMoney(21_500_000, 'en')).toBe('$21.5M')
    expect(formatMoney(2_200_000, 'en', cny)).toBe('CN¥15.8M')
    expect(formatMoney(2_200_000, 'zh-CN', cny)).toBe('¥1584万')
    expect(formatMoney(1_000_000, 'en', { currency: 'EUR', usdExchangeRate: 0.9 })).toBe('€900K')
    expect(formatMoney(12_345, 'en')).toBe('$12,345')
    expect(formatMoney(12_345, 'en', undefined, { notation: 'full' })).toBe('$12,345')
    expect(formatMoney(2_000_000, 'en', undefined, { notation: 'full' })).toBe('$2,000,000')
  })

  it('keeps three significant digits for prices under ten units', () => {
    expect(formatMoney(0.000_123_4, 'en')).toBe('$0.000123')
    expect(formatMoney(2.994, 'en')).toBe('$2.99')
    expect(formatMoney(0, 'en')).toBe('$0')
  })

  it('writes one percent rule everywhere: one decimal, tiny shares not shown as zero', () => {
    expect(formatPercent(0.625, 'en')).toBe('62.5%')
    expect(formatPercent(0.1, 'en')).toBe('10%')
    expect(formatPercent(0.00042, 'en')).toBe('0.042%')
    expect(formatPercent(0.625, 'zh-CN')).toBe('62.5%')
  })

  it('writes numbers, counts, months and dates in the reader language', () => {
    expect(formatNumber(1234.567, 'en', 1)).toBe('1,234.6')
    expect(formatCompactNumber(70e9, 'en')).toBe('70B')
    expect(formatCompactNumber(70e9, 'zh-CN')).toBe('700亿')
    expect(formatCompactNumber(3.8e25, 'en')).toBe('3.8E25')
    expect(formatMonth('2027-10', 'zh-CN')).toBe('2027年10月')
    expect(formatMonth('2027-10', 'en')).toBe('Oct 2027')
    expect(formatDate('2026-08-02', 'en')).toBe('Aug 2, 2026')
    expect(formatDate('2026-08-02', 'zh-CN')).toBe('2026年8月2日')
    expect(formatMonths(18, 'zh-CN')).toBe('18 个月')
    expect(formatMonths(1, 'en')).toBe('1 month')
    expect(formatMonths(7.25, 'en')).toBe('7.3 months')
  })

  it('names regions, keeping the code, never a bare lower-case code', () => {
    expect(formatRegion('no', 'en')).toBe('Norway (NO)')
    expect(formatRegion('EU', 'zh-CN')).toBe('欧盟 (EU)')
    expect(formatRegion('US-CO', 'en')).toBe('Colorado (US-CO)')
    expect(formatRegion('EU-DE', 'en')).toBe('Germany (EU-DE)')
    expect(formatRegion('xx-yy', 'en')).toBe('XX-YY')
  })

  it('answers a dash for figures that are not numbers', () => {
    expect(formatMoney(Number.NaN, 'en')).toBe('—')
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en')).toBe('—')
  })

  it('binds a reader and a venture once', () => {
    const format = createFormatter('zh-CN', cny)
    expect(format.money(10_000_000)).toBe('¥7200万')
    expect(format.percent(0.5)).toBe('50%')
  })
})

describe('messages from engines', () => {
  it('formats each value by its name, in the reader language', async () => {
    const { renderMessage, formatParam } = await import('./message.ts')
    const format = createFormatter('zh-CN', cny)
    expect(formatParam('trainingCostUsd', 1_000_000, format)).toBe('¥720万')
    expect(formatParam('grossMarginShare', 0.42, format)).toBe('42%')
    expect(formatParam('cashOutMonth', '2027-10', format)).toBe('2027年10月')
    expect(formatParam('dueOn', '2026-08-02', format)).toBe('2026年8月2日')
    expect(formatParam('targetMarket', 'no', format)).toBe('挪威 (NO)')
    expect(renderMessage({ code: 'issue.missing' }, format)).toBe('必填项缺失')
    expect(renderMessage({ code: 'no.such.code' }, format)).toBe('no.such.code')
  })
})
