import { describe, expect, it } from 'vitest'
import {
  duplicateVenture,
  hasUnsavedEdits,
  loadVentures,
  nextVentureId,
  persistVentures,
  saveVersion,
  ventureFromExample,
} from './local-ventures.ts'

const example = { id: 'demo', name: 'Demo', text: 'a: 1\n' }

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => map.set(key, value),
  }
}

describe('saveVersion', () => {
  it('returns the venture with the next version when the text changed', () => {
    const venture = { ...ventureFromExample(example, 'v1', 't0'), text: 'a: 2\n' }
    const saved = saveVersion(venture, 't1')
    expect(saved.versions.map((version) => version.version)).toEqual([1, 2])
    expect(hasUnsavedEdits(saved)).toBe(false)
  })
  it('returns the same venture when nothing changed', () => {
    const venture = ventureFromExample(example, 'v1', 't0')
    expect(saveVersion(venture, 't1')).toBe(venture)
  })
})

describe('duplicateVenture', () => {
  it('returns a scenario starting from the current edits', () => {
    const venture = { ...ventureFromExample(example, 'v1', 't0'), text: 'a: 3\n' }
    const copy = duplicateVenture(venture, 'v2', 'Demo (scenario 1)', 't1')
    expect(copy).toMatchObject({ id: 'v2', origin: 'v1', text: 'a: 3\n' })
    expect(copy.versions).toHaveLength(1)
  })
})

describe('loadVentures', () => {
  it('returns one venture per example on a first visit', () => {
    expect(loadVentures(memoryStorage(), [example], 't0').map((venture) => venture.id)).toEqual(['v1'])
  })
  it('returns what was persisted', () => {
    const storage = memoryStorage()
    persistVentures(storage, [{ ...ventureFromExample(example, 'v7', 't0'), name: 'Kept' }])
    expect(loadVentures(storage, [example], 't1')[0]?.name).toBe('Kept')
  })
  it('returns the examples when storage holds garbage', () => {
    const storage = memoryStorage()
    storage.setItem('avp.ventures.v1', '{not json')
    expect(loadVentures(storage, [example], 't0')).toHaveLength(1)
  })
})

describe('nextVentureId', () => {
  it('returns one past the highest id', () => {
    expect(
      nextVentureId([ventureFromExample(example, 'v3', 't'), ventureFromExample(example, 'v1', 't')]),
    ).toBe('v4')
  })
})
