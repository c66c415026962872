import { describe, expect, it } from 'vitest'
import { hashOf, pageOf } from './route.ts'

describe('pageOf', () => {
  it('returns the page a hash names', () => {
    expect(pageOf('#/finance')).toBe('finance')
  })
  it('returns the dashboard for an empty or unknown hash', () => {
    expect(pageOf('')).toBe('dashboard')
    expect(pageOf('#/nowhere')).toBe('dashboard')
  })
  it('round-trips with hashOf', () => {
    expect(pageOf(hashOf('compare'))).toBe('compare')
  })
})
