/**
 * @module format/format
 * The web app's figures through core's one formatter (its own subpath, so the first page does not load the
 * engines), so a figure reads the same on a page, in the report
 * and in the CLI. Amounts in the analysis are US dollars; the venture's `usdExchangeRate` converts them to
 * its display currency.
 */
import {
  formatDateTime as formatDateTimeCore,
  formatMoney as formatMoneyCore,
  formatMonth as formatMonthCore,
  formatNumber as formatNumberCore,
  formatPercent as formatPercentCore,
  type MoneyDisplay,
} from '@avp/core/format'
import type { WebLanguage } from '../i18n/translate.ts'

export type { MoneyDisplay }

/**
 * Money, compact for large amounts (`¥1.5亿`, `$21.5M`).
 * @example
 * formatMoney('en', 21_500_000, { currency: 'USD', usdExchangeRate: 1 }) //=> '$21.5M'
 */
export function formatMoney(language: WebLanguage, usd: number, display: MoneyDisplay): string {
  return formatMoneyCore(usd, language, display)
}

/**
 * A plain number with up to `digits` decimals.
 * @example
 * formatNumber('en', 1234.567, 1) //=> '1,234.6'
 */
export function formatNumber(language: WebLanguage, value: number, digits = 0): string {
  return formatNumberCore(value, language, digits)
}

/**
 * A ratio from 0 to 1 as a percentage.
 * @example
 * formatPercent('en', 0.625) //=> '62.5%'
 */
export function formatPercent(language: WebLanguage, ratio: number): string {
  return formatPercentCore(ratio, language)
}

/**
 * A month `YYYY-MM` in words.
 * @example
 * formatMonth('zh-CN', '2027-10') //=> '2027年10月'
 */
export function formatMonth(language: WebLanguage, month: string): string {
  return formatMonthCore(month, language)
}

/**
 * A moment (ISO string) as a date and time.
 * @example
 * formatDateTime('en', '2026-11-28T10:00:00Z').includes('2026') //=> true
 */
export function formatDateTime(language: WebLanguage, iso: string): string {
  return formatDateTimeCore(iso, language)
}
