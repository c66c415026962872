/**
 * @module finance/rational
 * Exact rational arithmetic on bigint for cap-table, conversion and waterfall math. Money and prices are
 * fractions, never floats, so share counts and payouts reconcile to the share and the cent; rounding happens
 * only where a rounding rule says so.
 */

/** An exact fraction `num / den`, always reduced, with `den > 0`. */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

const absolute = (value: bigint): bigint => (value < 0n ? -value : value)

function gcd(left: bigint, right: bigint): bigint {
  let a = absolute(left)
  let b = absolute(right)
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

/**
 * Builds a reduced fraction; throws on a zero denominator (a bug, callers validate first).
 * @example fraction(2n, -4n) // { num: -1n, den: 2n }
 */
export function fraction(numerator: bigint, denominator: bigint = 1n): Rational {
  if (denominator === 0n) throw new RangeError('division by zero')
  const sign = denominator < 0n ? -1n : 1n
  const divisor = gcd(numerator, denominator) || 1n
  return { num: (sign * numerator) / divisor, den: (sign * denominator) / divisor }
}

/** @example add(ZERO, ONE) // ONE */
export const ZERO: Rational = fraction(0n)
/** @example mul(ONE, fraction(3n)) // 3 */
export const ONE: Rational = fraction(1n)

/**
 * Parses a plain number, a decimal string, a fraction string (`'2/3'`) or a bigint exactly: `0.1` is one
 * tenth, not the nearest double.
 * @example toRational('1.1144') // { num: 2786n, den: 2500n }
 */
export function toRational(value: number | string | bigint | Rational): Rational {
  if (typeof value === 'object') return value
  if (typeof value === 'bigint') return fraction(value)
  if (typeof value === 'string' && value.includes('/')) {
    const [numerator = '', denominator = '', ...rest] = value.split('/')
    const divisor = toRational(denominator)
    if (rest.length > 0 || divisor.num === 0n) throw new RangeError(`not a fraction: ${value}`)
    return div(toRational(numerator), divisor)
  }
  const text = typeof value === 'number' ? numberText(value) : value.trim()
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (match === null || `${match[2] ?? ''}${match[3] ?? ''}` === '')
    throw new RangeError(`not a number: ${text}`)
  const [, sign = '', whole = '', fractionDigits = '', exponentText = '0'] = match
  const digits = BigInt(`${whole}${fractionDigits}` || '0')
  const exponent = Number(exponentText) - fractionDigits.length
  const magnitude =
    exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent)) : fraction(digits, 10n ** BigInt(-exponent))
  return sign === '-' ? negate(magnitude) : magnitude
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
  return String(value)
}

/** @example add(fraction(1n, 3n), fraction(1n, 6n)) // 1/2 */
export const add = (a: Rational, b: Rational): Rational =>
  fraction(a.num * b.den + b.num * a.den, a.den * b.den)
/** @example sub(ONE, fraction(1n, 4n)) // 3/4 */
export const sub = (a: Rational, b: Rational): Rational =>
  fraction(a.num * b.den - b.num * a.den, a.den * b.den)
/** @example mul(fraction(2n, 3n), fraction(3n)) // 2 */
export const mul = (a: Rational, b: Rational): Rational => fraction(a.num * b.num, a.den * b.den)
/** @example div(fraction(15_000_000n), fraction(13_459_705n)) // 3,000,000/2,691,941 */
export const div = (a: Rational, b: Rational): Rational => fraction(a.num * b.den, a.den * b.num)
/** @example negate(ONE) // -1 */
export const negate = (a: Rational): Rational => ({ num: -a.num, den: a.den })
/** Sign of a − b. @example compare(fraction(1n, 3n), fraction(1n, 2n)) // -1 */
export const compare = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const difference = a.num * b.den - b.num * a.den
  return difference < 0n ? -1 : difference > 0n ? 1 : 0
}
/** @example isZero(ZERO) // true */
export const isZero = (a: Rational): boolean => a.num === 0n
/** @example isNegative(fraction(-1n)) // true */
export const isNegative = (a: Rational): boolean => a.num < 0n
/** @example isPositive(ONE) // true */
export const isPositive = (a: Rational): boolean => a.num > 0n
/** @example min(ONE, ZERO) // ZERO */
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b)
/** @example max(ONE, ZERO) // ONE */
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b)
/** @example sum([ONE, ONE]) // 2 */
export const sum = (values: Iterable<Rational>): Rational => {
  let total = ZERO
  for (const value of values) total = add(total, value)
  return total
}

/**
 * Largest integer not above the value.
 * @example floor(fraction(-1n, 3n)) // -1n
 */
export function floor(a: Rational): bigint {
  const quotient = a.num / a.den
  return a.num < 0n && quotient * a.den !== a.num ? quotient - 1n : quotient
}

/**
 * Smallest integer not below the value.
 * @example ceil(fraction(1n, 3n)) // 1n
 */
export const ceil = (a: Rational): bigint => -floor(negate(a))

/** How a value is brought to a whole number of units. */
export type RoundingMode = 'floor' | 'ceil' | 'half-up'

/**
 * Rounds to an integer by the given mode (`half-up` rounds halves away from zero).
 * @example roundToInteger(fraction(5n, 2n), 'half-up') // 3n
 */
export function roundToInteger(a: Rational, mode: RoundingMode): bigint {
  if (mode === 'floor') return floor(a)
  if (mode === 'ceil') return ceil(a)
  const half = fraction(1n, 2n)
  return isNegative(a) ? -floor(add(negate(a), half)) : floor(add(a, half))
}

/**
 * Rounds to `decimals` places by the given mode, staying exact.
 * @example roundToDecimals(fraction(2n, 3n), 4) // 6667/10000
 */
export function roundToDecimals(a: Rational, decimals: number, mode: RoundingMode = 'half-up'): Rational {
  const scale = 10n ** BigInt(decimals)
  return fraction(roundToInteger(mul(a, fraction(scale)), mode), scale)
}

/**
 * Formats as a plain decimal string with exactly `decimals` places, rounding half-up.
 * @example toDecimalString(toRational('1.11443742'), 4) // '1.1144'
 */
export function toDecimalString(a: Rational, decimals: number): string {
  const scaled = roundToInteger(mul(a, fraction(10n ** BigInt(decimals))), 'half-up')
  const sign = scaled < 0n ? '-' : ''
  const digits = absolute(scaled)
    .toString()
    .padStart(decimals + 1, '0')
  if (decimals === 0) return `${sign}${digits}`
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
}

/**
 * Nearest double, for charts and convenience fields (never for further exact math).
 * @example toNumber(fraction(1n, 4n)) // 0.25
 */
export function toNumber(a: Rational): number {
  const whole = a.num / a.den
  const remainder = a.num - whole * a.den
  return Number(whole) + Number((remainder * 10n ** 18n) / a.den) / 1e18
}
