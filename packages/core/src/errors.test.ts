import { describe, expect, it } from 'vitest'
import { formatPath, UserError } from './errors.ts'

describe('formatPath', () => {
  it('returns the dotted path users write in a plan', () => {
    expect(formatPath(['models', 0, 'training', 'gpus'])).toBe('models[0].training.gpus')
  })
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['market', 'a b'])).toBe('market["a b"]')
  })
  it('names the whole plan for an empty path', () => {
    expect(formatPath([])).toBe('(plan)')
  })
})

describe('UserError', () => {
  it('carries its issues and kind', () => {
    const error = new UserError('invalid_plan', 'bad', [{ code: 'x', path: ['a'], message: 'm' }])
    expect(error.kind).toBe('user')
    expect(error.issues).toHaveLength(1)
    expect(error.name).toBe('UserError')
  })
})
