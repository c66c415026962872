/**
 * @module format
 * Numbers, money and months for a reader, through `Intl` in the reader's language. Plan amounts are US
 * dollars; reports show them in the company's display currency at its stated exchange rate.
 */
import type { Analysis, Language } from '@avp/core'

const locale = (language: Language) => (language === 'zh-CN' ? 'zh-CN' : 'en-US')

/**
 * Money in the display currency, compact for large amounts.
 * @example
 * formatMoney(21_500_000, { currency: 'USD', usdExchangeRate: 1 }, 'en') //=> '$21.5M'
 */
export function formatMoney(
  amountUsd: number,
  company: Pick<Analysis['company'], 'currency' | 'usdExchangeRate'>,
  language: Language,
): string {
  const amount = amountUsd * company.usdExchangeRate
  const compact = Math.abs(amount) >= 100_000
  // Prices per token are fractions of a unit: keep three significant digits rather than rounding to 0.
  const small = amount !== 0 && Math.abs(amount) < 10
  return new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency: company.currency,
    notation: compact ? 'compact' : 'standard',
    ...(small ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: compact ? 1 : 0 }),
  }).format(amount)
}

/** A plain number with up to `digits` decimals, grouped by the locale's rules. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value)
}

/** A date (`YYYY-MM-DD`) the way readers of the language write it. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  )
}
