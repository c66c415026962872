/**
 * @module format
 * The report's figures through core's one formatter (`@avp/core` i18n/format), so a figure reads the same in
 * the report, the CLI, the web app and the guide. Plan amounts are US dollars; reports show them in the
 * company's display currency at its stated exchange rate.
 */
import {
  type Analysis,
  formatDate as formatDateCore,
  formatMoney as formatMoneyCore,
  formatNumber as formatNumberCore,
  type Language,
} from '@avp/core'

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
  return formatMoneyCore(amountUsd, language, company)
}

/** A plain number with up to `digits` decimals, grouped by the locale's rules. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return formatNumberCore(value, language, digits)
}

/** A date (`YYYY-MM-DD`) the way readers of the language write it. */
export function formatDate(date: string, language: Language): string {
  return formatDateCore(date, language)
}
