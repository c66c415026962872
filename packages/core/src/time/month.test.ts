import { describe, expect, it } from 'vitest'
import { addMonths, monthOf, monthRange, monthsBetween } from './month.ts'

describe('addMonths', () => {
  it('returns the month across a year boundary', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02')
    expect(addMonths('2027-01', -1)).toBe('2026-12')
  })
  it('returns the same month for zero', () => {
    expect(addMonths('2026-05', 0)).toBe('2026-05')
  })
})

describe('monthsBetween', () => {
  it('returns whole months, negative when going back', () => {
    expect(monthsBetween('2026-11', '2027-02')).toBe(3)
    expect(monthsBetween('2027-02', '2026-11')).toBe(-3)
  })
})

describe('monthRange and monthOf', () => {
  it('returns consecutive months', () => {
    expect(monthRange('2026-12', 3)).toEqual(['2026-12', '2027-01', '2027-02'])
  })
  it('returns the month of a date', () => {
    expect(monthOf('2026-11-28')).toBe('2026-11')
  })
})
