/**
 * @module compliance/dates
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so the result never depends on a time zone.
 */

const dayMs = 86_400_000

const toUtc = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}

/**
 * `date` plus `days` days.
 * @example
 * addDays('2026-11-28', 14) //=> '2026-12-12'
 */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * dayMs).toISOString().slice(0, 10)
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example
 * daysBetween('2026-11-28', '2027-12-02') //=> 369
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs)
}

/** The later of two ISO dates. */
export const laterDate = (a: string, b: string): string => (a >= b ? a : b)
