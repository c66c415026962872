import { describe, expect, it } from 'vitest'
import { loanPaymentUsd } from './funding-flows.ts'
import { runway } from './runway.ts'
import { spreadOverDays } from './training-spend.ts'

describe('runway', () => {
  it('returns the month cash ends below zero, interpolated within it (hand-worked: 20 left, 40 burnt → 2.5)', () => {
    expect(runway(['2026-01', '2026-02', '2026-03'], 100, [60, 20, -20])).toEqual({
      runwayMonths: 2.5,
      runsOutInMonth: '2026-03',
    })
  })
  it('returns null rather than the horizon when cash never runs out', () => {
    expect(runway(['2026-01'], 100, [50])).toEqual({ runwayMonths: null, runsOutInMonth: null })
  })
  it('returns 0 when cash is already negative', () => {
    expect(runway(['2026-01'], -5, [-10]).runwayMonths).toBe(0)
  })
})

describe('spreadOverDays', () => {
  it('returns cost spread by calendar day (hand-worked: 59 days from 1 Jan 2026 = 31 + 28)', () => {
    const series = [0, 0, 0]
    spreadOverDays(series, '2025-12', '2026-01', 59, 590)
    expect(series).toEqual([0, 310, 280])
  })
  it('leaves out spend before the first month', () => {
    const series = [0]
    spreadOverDays(series, '2026-02', '2026-01', 59, 590)
    expect(series[0]).toBeCloseTo(280, 9)
  })
})

describe('loanPaymentUsd', () => {
  it('returns the level payment (the textbook $100,000 at 6 % over 30 years pays $599.55 a month)', () => {
    expect(loanPaymentUsd(100_000, 0.06, 360)).toBeCloseTo(599.55, 2)
  })
  it('returns principal / term at 0 %', () => {
    expect(loanPaymentUsd(12_000, 0, 12)).toBe(1_000)
  })
})
