import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { findGpu, peakTflops } from './hardware.ts'

describe('findGpu', () => {
  it('returns the catalogue record, case-insensitively', () => {
    expect(findGpu('H100-SXM').id).toBe('h100-sxm')
  })

  it('throws UserError with did-you-mean suggestions for an unknown id', () => {
    try {
      findGpu('a100-80-sxm')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      const issue = (error as UserError).issues[0]!
      expect(issue.code).toBe('unknown_gpu')
      expect(issue.path).toEqual(['gpuId'])
      expect(issue.params?.suggestion).toBe('a100-80gb-sxm')
    }
  })
})

describe('peakTflops', () => {
  it('returns the dense FP8 peak when asked and present, BF16 otherwise (A100 has no FP8)', () => {
    expect(peakTflops(findGpu('h100-sxm'), true)).toBe(1978.9)
    expect(peakTflops(findGpu('a100-80gb-sxm'), true)).toBe(312)
  })
})
