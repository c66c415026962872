/**
 * @module i18n/format
 * The one formatter: every figure a user reads — in the CLI, the report, the web app, the guide and API
 * messages — becomes text here, value first, then the reader's language. Plan amounts are US dollars; money
 * is shown in the venture's display currency at its stated rate, so one cost never appears in two
 * currencies. Intl objects are built once per (language, options) and reused: building one costs far more
 * than using it.
 */
import type { Language } from './translate.ts'

/** How a venture shows money: its currency and how many units of it one US dollar buys. */
export interface MoneyDisplay {
  readonly currency: string
  readonly usdExchangeRate: number
}

/** US dollars at par, for calculators that have no venture. */
export const usdDisplay: MoneyDisplay = { currency: 'USD', usdExchangeRate: 1 }

const locales: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' }

const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locales[language], options)
    numberFormats.set(key, format)
  }
  return format
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format
}

/** Options of `formatMoney`. */
export interface MoneyOptions {
  /** `compact` (default) abbreviates from 100,000 up (`$21.5M`, `¥1.5亿`); `full` writes every digit. */
  readonly notation?: 'compact' | 'full'
}

/**
 * Money in the display currency. Large amounts compact with one decimal; amounts under 10 units (prices
 * per token or per GPU-hour) keep three significant digits rather than rounding to 0; others whole units.
 * @example
 * formatMoney(21_500_000, 'en') //=> '$21.5M'
 * formatMoney(2_200_000, 'en', { currency: 'CNY', usdExchangeRate: 7.2 }) //=> 'CN¥15.8M'
 */
export function formatMoney(
  amountUsd: number,
  language: Language,
  display: MoneyDisplay = usdDisplay,
  options: MoneyOptions = {},
): string {
  if (!Number.isFinite(amountUsd)) return '—'
  const amount = amountUsd * display.usdExchangeRate
  const compact = options.notation !== 'full' && Math.abs(amount) >= 100_000
  const small = amount !== 0 && Math.abs(amount) < 10
  return numberFormat(language, {
    style: 'currency',
    currency: display.currency,
    notation: compact ? 'compact' : 'standard',
    // Currency styles default to the currency's minor digits (`€900.0K`): never pad.
    ...(small
      ? { maximumSignificantDigits: 3 }
      : { minimumFractionDigits: 0, maximumFractionDigits: compact ? 1 : 0 }),
  }).format(amount)
}

/**
 * A plain number, grouped by the language's rules, with at most `digits` decimals.
 * @example
 * formatNumber(1234.567, 'en', 1) //=> '1,234.6'
 */
export function formatNumber(value: number, language: Language, digits = 0): string {
  if (!Number.isFinite(value)) return '—'
  return numberFormat(language, { maximumFractionDigits: digits }).format(value)
}

/**
 * A large count, compact (`1.2B`, `12亿`): parameters, tokens, FLOPs.
 * @example
 * formatCompactNumber(70e9, 'zh-CN') //=> '700亿'
 */
export function formatCompactNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) >= 1e15) {
    return numberFormat(language, { notation: 'scientific', maximumFractionDigits: 2 }).format(value)
  }
  return numberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

/**
 * A ratio (0.125 = 12.5 %) as a percentage. One rule everywhere: at most one decimal; a non-zero share
 * below 0.1 % keeps two significant digits so it never reads as 0 %.
 * @example
 * formatPercent(0.625, 'en') //=> '62.5%'
 * formatPercent(0.00042, 'en') //=> '0.042%'
 */
export function formatPercent(ratio: number, language: Language): string {
  if (!Number.isFinite(ratio)) return '—'
  const tiny = ratio !== 0 && Math.abs(ratio) < 0.001
  return numberFormat(
    language,
    tiny ? { style: 'percent', maximumSignificantDigits: 2 } : { style: 'percent', maximumFractionDigits: 1 },
  ).format(ratio)
}

function utcDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text)
  if (match === null) return undefined
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')))
}

/**
 * A month `YYYY-MM` in words.
 * @example
 * formatMonth('2027-10', 'zh-CN') //=> '2027年10月'
 * formatMonth('2027-10', 'en') //=> 'Oct 2027'
 */
export function formatMonth(month: string, language: Language): string {
  const date = utcDate(month)
  return date === undefined ? month : dateFormat(language, { year: 'numeric', month: 'short' }).format(date)
}

/**
 * A date `YYYY-MM-DD` the way readers of the language write it.
 * @example
 * formatDate('2026-08-02', 'en') //=> 'Aug 2, 2026'
 * formatDate('2026-08-02', 'zh-CN') //=> '2026年8月2日'
 */
export function formatDate(date: string, language: Language): string {
  const parsed = utcDate(date)
  return parsed === undefined ? date : dateFormat(language, { dateStyle: 'medium' }).format(parsed)
}

/**
 * A moment (ISO string) as date and time, in UTC.
 * @example
 * formatDateTime('2026-11-28T10:00:00Z', 'en') //=> 'Nov 28, 2026, 10:00 AM'
 */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/**
 * A count of months (`18 months`, `18 个月`), fractional counts with one decimal.
 * @example
 * formatMonths(18, 'zh-CN') //=> '18 个月'
 */
export function formatMonths(months: number, language: Language): string {
  const value = formatNumber(months, language, 1)
  if (language === 'zh-CN') return `${value} 个月`
  return months === 1 ? `${value} month` : `${value} months`
}

// Intl has no names for first-level subdivisions; these are the ones the rules and plans use.
const subdivisionNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  'US-CA': { en: 'California', 'zh-CN': '加利福尼亚州' },
  'US-CO': { en: 'Colorado', 'zh-CN': '科罗拉多州' },
  'US-IL': { en: 'Illinois', 'zh-CN': '伊利诺伊州' },
  'US-NY': { en: 'New York', 'zh-CN': '纽约州' },
  'US-TX': { en: 'Texas', 'zh-CN': '得克萨斯州' },
  'US-UT': { en: 'Utah', 'zh-CN': '犹他州' },
  'US-WA': { en: 'Washington', 'zh-CN': '华盛顿州' },
}

const regionNames = new Map<Language, Intl.DisplayNames>()

/**
 * A market or region code by name, the code kept in brackets (`Norway (NO)`, `欧盟 (EU)`); never a bare
 * lower-case code. Unknown codes come back upper-cased.
 * @example
 * formatRegion('no', 'en') //=> 'Norway (NO)'
 * formatRegion('US-CO', 'en') //=> 'Colorado (US-CO)'
 */
export function formatRegion(code: string, language: Language): string {
  const upper = code.trim().toUpperCase()
  const subdivision = subdivisionNames[upper]
  if (subdivision !== undefined) return `${subdivision[language]} (${upper})`
  const country = upper.startsWith('EU-') ? upper.slice(3) : upper
  let names = regionNames.get(language)
  if (names === undefined) {
    names = new Intl.DisplayNames([locales[language]], { type: 'region', fallback: 'none' })
    regionNames.set(language, names)
  }
  let name: string | undefined
  try {
    name = /^[A-Z]{2}$/.test(country) ? names.of(country) : undefined
  } catch {
    name = undefined
  }
  return name === undefined ? upper : `${name} (${upper})`
}

/** Every formatter bound to one reader and one venture's currency, for views that format many figures. */
export interface Formatter {
  readonly language: Language
  readonly display: MoneyDisplay
  money(amountUsd: number, options?: MoneyOptions): string
  number(value: number, digits?: number): string
  compact(value: number): string
  percent(ratio: number): string
  month(month: string): string
  months(count: number): string
  date(date: string): string
  dateTime(iso: string): string
  region(code: string): string
}

/**
 * The formatters for one reader and one venture.
 * @example
 * createFormatter('en', { currency: 'EUR', usdExchangeRate: 0.9 }).money(1_000_000) //=> '€900K'
 */
export function createFormatter(language: Language, display: MoneyDisplay = usdDisplay): Formatter {
  return {
    language,
    display,
    money: (amountUsd, options) => formatMoney(amountUsd, language, display, options),
    number: (value, digits) => formatNumber(value, language, digits),
    compact: (value) => formatCompactNumber(value, language),
    percent: (ratio) => formatPercent(ratio, language),
    month: (month) => formatMonth(month, language),
    months: (count) => formatMonths(count, language),
    date: (date) => formatDate(date, language),
    dateTime: (iso) => formatDateTime(iso, language),
    region: (code) => formatRegion(code, language),
  }
}
