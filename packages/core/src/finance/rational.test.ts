import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateCents } from './cents.ts'
import {
  add,
  div,
  floor,
  fraction,
  mul,
  roundToDecimals,
  roundToInteger,
  sub,
  toDecimalString,
  toNumber,
  toRational,
} from './rational.ts'

describe('toRational', () => {
  it('returns exact tenths, fractions and exponents rather than the nearest double', () => {
    expect(toRational(0.1)).toEqual(fraction(1n, 10n))
    expect(toRational('1.1144')).toEqual(fraction(2786n, 2500n))
    expect(toRational('2/3')).toEqual(fraction(2n, 3n))
    expect(toRational(1e21)).toEqual(fraction(10n ** 21n))
    expect(toRational('-2.5e-3')).toEqual(fraction(-1n, 400n))
  })
  it('throws for text that is not a number', () => {
    expect(() => toRational('abc')).toThrow(RangeError)
    expect(() => toRational(Number.NaN)).toThrow(RangeError)
  })
})

describe('roundToDecimals', () => {
  it("returns the YC guide's $1.1144 for 15,000,000 / 13,459,705 (User Guide Example 1 Q2)", () => {
    expect(toDecimalString(roundToDecimals(fraction(15_000_000n, 13_459_705n), 4), 4)).toBe('1.1144')
  })
  it('returns halves rounded away from zero and floors toward minus infinity', () => {
    expect(roundToInteger(fraction(5n, 2n), 'half-up')).toBe(3n)
    expect(roundToInteger(fraction(-5n, 2n), 'half-up')).toBe(-3n)
    expect(floor(fraction(-1n, 3n))).toBe(-1n)
  })
})

describe('add, sub, mul, div (property)', () => {
  it('returns a + b − b = a and a × b ÷ b = a exactly', () => {
    const rational = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
      .map(([n, d]) => fraction(n, d))
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        expect(sub(add(a, b), b)).toEqual(a)
        if (b.num !== 0n) expect(div(mul(a, b), b)).toEqual(a)
        expect(Math.abs(toNumber(a) - Number(a.num) / Number(a.den))).toBeLessThan(1e-6)
      }),
    )
  })
})

describe('allocateCents', () => {
  it('returns whole cents adding up to the exact total', () => {
    expect(allocateCents([fraction(1n, 3n), fraction(1n, 3n), fraction(1n, 3n)])).toEqual([
      '0.34',
      '0.33',
      '0.33',
    ])
    expect(allocateCents([fraction(10_000_000n, 3n), fraction(20_000_000n, 3n)])).toEqual([
      '3333333.33',
      '6666666.67',
    ])
  })
})
