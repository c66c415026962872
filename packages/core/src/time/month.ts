/**
 * @module time/month
 * Calendar months as `YYYY-MM` strings: the unit every projection steps in. Pure string arithmetic, so
 * no time zone can shift a month.
 */

/** The month a `YYYY-MM-DD` date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

function toIndex(month: string): number {
  const year = Number(month.slice(0, 4))
  const monthNumber = Number(month.slice(5, 7))
  return year * 12 + (monthNumber - 1)
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12)
  const monthNumber = index - year * 12 + 1
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`
}

/**
 * The month `count` months after `month` (before, when negative).
 * @example
 * addMonths('2026-11', 3) //=> '2027-02'
 */
export function addMonths(month: string, count: number): string {
  return fromIndex(toIndex(month) + count)
}

/**
 * Whole months from `from` to `to` (negative when `to` is earlier).
 * @example
 * monthsBetween('2026-11', '2027-02') //=> 3
 */
export function monthsBetween(from: string, to: string): number {
  return toIndex(to) - toIndex(from)
}

/**
 * `count` consecutive months starting at `start`.
 * @example
 * monthRange('2026-12', 2) //=> ['2026-12', '2027-01']
 */
export function monthRange(start: string, count: number): string[] {
  const first = toIndex(start)
  return Array.from({ length: count }, (_, offset) => fromIndex(first + offset))
}
