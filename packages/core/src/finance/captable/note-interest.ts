/**
 * @module finance/captable/note-interest
 * Interest accrued on a convertible note by a stated day count, exact. Simple interest unless the note says
 * compound; compound interest compounds whole periods and accrues the broken last period simply (a stated
 * convention, since a fractional power is not exact).
 */
import { add, fraction, mul, ONE, type Rational, sub } from '../rational.ts'
import type { DayCount } from './types.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Parses `YYYY-MM-DD`; `null` when it is not a real calendar date.
 * @example parseIsoDate('2023-02-29') // null
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text)
  if (match === null) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null
  return { year, month, day }
}

/**
 * Year fraction between two ISO dates by the day count.
 * @example yearFraction('2024-01-01', '2025-01-01', 'actual/365') // 366/365
 */
export function yearFraction(startIso: string, endIso: string, dayCount: DayCount): Rational {
  const start = parseIsoDate(startIso)
  const end = parseIsoDate(endIso)
  if (start === null || end === null) throw new RangeError('invalid ISO date')
  if (dayCount === '30/360') {
    const startDay = Math.min(start.day, 30)
    const endDay = start.day >= 30 ? Math.min(end.day, 30) : end.day
    const days = 360 * (end.year - start.year) + 30 * (end.month - start.month) + (endDay - startDay)
    return fraction(BigInt(days), 360n)
  }
  const days =
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) /
    86_400_000
  return fraction(BigInt(days), dayCount === 'actual/360' ? 360n : 365n)
}

/**
 * Principal plus interest accrued over `years`.
 * @example accruedAmountUsd(fraction(100000n), fraction(8n, 100n), ONE, 'simple', 1) // 108000
 */
export function accruedAmountUsd(
  principalUsd: Rational,
  annualRate: Rational,
  years: Rational,
  interest: 'simple' | 'compound',
  compoundingPerYear: number,
): Rational {
  if (interest === 'simple') return mul(principalUsd, add(ONE, mul(annualRate, years)))
  const periods = mul(years, fraction(BigInt(compoundingPerYear)))
  const wholePeriods = periods.num / periods.den
  const periodRate = mul(annualRate, fraction(1n, BigInt(compoundingPerYear)))
  let amount = principalUsd
  for (let period = 0n; period < wholePeriods; period += 1n) amount = mul(amount, add(ONE, periodRate))
  const brokenPeriod = sub(periods, fraction(wholePeriods))
  return mul(amount, add(ONE, mul(periodRate, brokenPeriod)))
}
