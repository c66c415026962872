import { describe, expect, it } from 'vitest'
import { tierName } from './tier-name.ts'

describe('tierName', () => {
  it('returns the tier as the reports name it, in English and Chinese', () => {
    expect(tierName('en', 'gpai')).toBe('general-purpose AI model')
    expect(tierName('zh-CN', 'transparency')).not.toBe('transparency')
  })
  it('returns an unknown code unchanged', () => {
    expect(tierName('en', 'something-new')).toBe('something-new')
  })
})
