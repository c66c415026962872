import { describe, expect, it } from 'vitest'
import { closestNames, editDistance } from './closest.ts'

describe('editDistance', () => {
  it('returns the classic kitten/sitting distance of 3', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
  it('returns the length of the other string when one is empty', () => {
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('closestNames', () => {
  it('returns near names, nearest first', () => {
    expect(closestNames('gpuz', ['gpus', 'tokens', 'gpuType'])).toEqual(['gpus'])
  })
  it('returns nothing when no candidate is close', () => {
    expect(closestNames('zzzzzz', ['company', 'models'])).toEqual([])
  })
  it('prefers, among equally near names, the one the text begins', () => {
    expect(closestNames('h80', ['h20', 'h800', 'h200'])[0]).toBe('h800')
  })
  it('ignores case', () => {
    expect(closestNames('FoundedOn', ['foundedOn'])).toEqual(['foundedOn'])
  })
})
