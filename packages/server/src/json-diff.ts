/**
 * @module json-diff
 * The differences between two plans as a list of paths, the way a reviewer reads a change.
 */
import type { IssuePath } from '@avp/core'

export interface Change {
  path: Array<string | number>
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Every leaf that differs between `before` and `after`; arrays compare index by index.
 * @example
 * diffJson({ a: 1, b: [1] }, { a: 2, b: [1, 2] })
 * //=> [{ path: ['a'], kind: 'changed', before: 1, after: 2 }, { path: ['b', 1], kind: 'added', after: 2 }]
 */
export function diffJson(before: unknown, after: unknown, path: IssuePath = []): Change[] {
  const here = [...path]
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return keys.flatMap((key) => {
      if (!(key in after)) return [{ path: [...path, key], kind: 'removed' as const, before: before[key] }]
      if (!(key in before)) return [{ path: [...path, key], kind: 'added' as const, after: after[key] }]
      return diffJson(before[key], after[key], [...path, key])
    })
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length)
    return Array.from({ length }, (_, index) => {
      if (index >= after.length)
        return [{ path: [...path, index], kind: 'removed' as const, before: before[index] }]
      if (index >= before.length)
        return [{ path: [...path, index], kind: 'added' as const, after: after[index] }]
      return diffJson(before[index], after[index], [...path, index])
    }).flat()
  }
  return Object.is(before, after) ? [] : [{ path: here, kind: 'changed', before, after }]
}
