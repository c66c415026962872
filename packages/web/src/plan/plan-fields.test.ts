import { describe, expect, it } from 'vitest'
import { fieldLabel, replaceField, scalarText, sectionFields, setField } from './plan-fields.ts'

const text = `# a comment that must survive
models:
  - id: m1
    training:
      pricing: { mode: committed, pricePerGpuHourUsd: 2.10, committedDiscount: 0.15 }
      gpus: 512 # many
company:
  name: Acme
`

describe('setField', () => {
  it('returns the text with only that value replaced, in a flow mapping', () => {
    const next = setField(text, ['models', 0, 'training', 'pricing', 'pricePerGpuHourUsd'], 3.5)
    expect(next).toBe(text.replace('2.10', '3.5'))
  })
  it('keeps the comment after a block value', () => {
    expect(setField(text, ['models', 0, 'training', 'gpus'], 64)).toContain('gpus: 64 # many')
  })
  it('returns the text unchanged for a path without a scalar', () => {
    expect(setField(text, ['models', 0, 'training', 'nothing'], 1)).toBe(text)
  })
  it('quotes text that would end a flow value', () => {
    expect(setField(text, ['company', 'name'], 'Acme, Inc.')).toContain('name: "Acme, Inc."')
  })
})

describe('sectionFields', () => {
  it('returns the scalar leaves of a section in order', () => {
    expect(sectionFields(text, 'models').map((field) => fieldLabel(field.path))).toEqual([
      'models[0].id',
      'models[0].training.pricing.mode',
      'models[0].training.pricing.pricePerGpuHourUsd',
      'models[0].training.pricing.committedDiscount',
      'models[0].training.gpus',
    ])
  })
  it('returns nothing for text that does not parse', () => {
    expect(sectionFields('a: [', 'models')).toEqual([])
  })
})

describe('scalarText', () => {
  it('quotes text that reads as a number', () => {
    expect(scalarText('2026')).toBe('"2026"')
  })
  it('leaves Chinese text plain', () => {
    expect(scalarText('启明智能')).toBe('启明智能')
  })
})

describe('replaceField', () => {
  it('returns the text with the field replaced at the range it was read from', () => {
    const field = sectionFields(text, 'models').find((each) => each.path.at(-1) === 'pricePerGpuHourUsd')!
    expect(replaceField(text, field, 3.5)).toBe(text.replace('2.10', '3.5'))
  })
})
