import { describe, expect, it } from 'vitest'
import { fileStem } from './download.ts'

describe('fileStem', () => {
  it('returns lower-case words joined by dashes', () => {
    expect(fileStem('Qiming Intelligence (scenario 1)')).toBe('qiming-intelligence-scenario-1')
  })
  it('keeps Chinese letters', () => {
    expect(fileStem('启明 智能')).toBe('启明-智能')
  })
  it('returns a default for a name without letters', () => {
    expect(fileStem('***')).toBe('venture')
  })
})
