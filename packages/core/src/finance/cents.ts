/**
 * @module finance/cents
 * Turns exact payouts into whole cents that still add up to the exact total (largest remainder), so a
 * printed waterfall pays out exactly what it should, to the cent.
 */
import { floor, fraction, mul, type Rational, sub, sum, toDecimalString } from './rational.ts'

/**
 * Whole-cent amounts for exact values whose total is a whole number of cents; remainders go to the largest
 * fractional parts (ties to the earlier entry).
 * @example allocateCents([fraction(1n, 3n), fraction(2n, 3n)]) // ['0.33', '0.67']
 */
export function allocateCents(values: readonly Rational[]): string[] {
  const hundred = fraction(100n)
  const exactCents = values.map((value) => mul(value, hundred))
  const cents = exactCents.map((value) => floor(value))
  const totalCents = floor(sum(exactCents))
  let missing = totalCents - cents.reduce((total, value) => total + value, 0n)
  const order = exactCents
    .map((value, index) => ({ index, remainder: sub(value, fraction(cents[index] ?? 0n)) }))
    .sort((a, b) => {
      const difference = b.remainder.num * a.remainder.den - a.remainder.num * b.remainder.den
      return difference > 0n ? 1 : difference < 0n ? -1 : a.index - b.index
    })
  for (const { index } of order) {
    if (missing <= 0n) break
    cents[index] = (cents[index] ?? 0n) + 1n
    missing -= 1n
  }
  return cents.map((value) => toDecimalString(fraction(value, 100n), 2))
}
