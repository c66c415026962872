/**
 * @module format/format
 * Numbers, money and months for people, through `Intl` in the reader's language. Amounts in the analysis
 * are US dollars; the venture's `usdExchangeRate` converts them to its display currency.
 */
import type { WebLanguage } from '../i18n/translate.ts'

/** How the venture shows money: its currency and how many units of it one US dollar buys. */
export interface MoneyDisplay {
  readonly currency: string
  readonly usdExchangeRate: number
}

/**
 * Money, compact for large amounts (`¥1.5亿`, `$21.5M`).
 * @example
 * formatMoney('en', 21_500_000, { currency: 'USD', usdExchangeRate: 1 }) //=> '$21.5M'
 */
export function formatMoney(language: WebLanguage, usd: number, display: MoneyDisplay): string {
  const amount = usd * display.usdExchangeRate
  const compact = Math.abs(amount) >= 100_000
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: display.currency,
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : Math.abs(amount) < 10 ? 2 : 0,
  }).format(amount)
}

/**
 * A plain number with up to `digits` decimals.
 * @example
 * formatNumber('en', 1234.567, 1) //=> '1,234.6'
 */
export function formatNumber(language: WebLanguage, value: number, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)
}

/**
 * A ratio from 0 to 1 as a percentage.
 * @example
 * formatPercent('en', 0.625) //=> '62.5%'
 */
export function formatPercent(language: WebLanguage, ratio: number): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
}

/**
 * A month `YYYY-MM` in words.
 * @example
 * formatMonth('zh-CN', '2027-10') //=> '2027年10月'
 */
export function formatMonth(language: WebLanguage, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number)
  if (year === undefined || monthNumber === undefined || Number.isNaN(year) || Number.isNaN(monthNumber)) {
    return month
  }
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  )
}

/**
 * A moment (ISO string) as a date and time.
 * @example
 * formatDateTime('en', '2026-11-28T10:00:00Z').includes('2026') //=> true
 */
export function formatDateTime(language: WebLanguage, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
