/**
 * @module expression/figures
 * Reading figures out of a plain analysis object by path, and listing the paths an expression can name.
 * Only own properties are read, so `constructor` or `__proto__` never resolve to something inherited.
 */
import type { FigureSegment } from './ast.ts'
import { formatFigurePath } from './ast.ts'

/** What a figure path resolves to: a value, `null` when the figure exists but has none, `undefined` when unknown. */
export type FigureValue = number | boolean | null | undefined

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Follows `path` through nested objects and arrays. Strings, objects and missing keys are `undefined`
 * (not a figure); `null` stays `null` (a figure without a value, e.g. runway when the venture is profitable).
 * @example
 * readFigure({ compute: { training: [{ costUsd: 5 }] } }, ['compute', 'training', 0, 'costUsd']) //=> 5
 */
export function readFigure(source: unknown, path: readonly FigureSegment[]): FigureValue {
  let current: unknown = source
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return undefined
      current = current[segment]
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined
      if (!Object.hasOwn(current, segment)) return undefined
      current = (current as Record<string, unknown>)[segment]
    }
  }
  if (typeof current === 'number' || typeof current === 'boolean' || current === null) return current
  return undefined
}

/** Which leaves `listFigurePaths` reports. */
export interface ListFigureOptions {
  /** Include true/false leaves (default true). */
  readonly booleans?: boolean
  /** Include `null` leaves, figures that exist but have no value here (default true). */
  readonly nulls?: boolean
}

/** Objects nested deeper than this are not listed (an analysis is a few levels deep). */
const maxListDepth = 32

/**
 * Every path an expression could name in `source`: numeric leaves, and by default boolean and null ones.
 * Keys that are not identifiers cannot be written in an expression and are skipped.
 * @example
 * listFigurePaths({ finance: { cashUsd: 1, note: 'x' }, compute: { training: [{ costUsd: 2 }] } })
 * //=> ['finance.cashUsd', 'compute.training[0].costUsd']
 */
export function listFigurePaths(source: unknown, options: ListFigureOptions = {}): string[] {
  const includeBooleans = options.booleans ?? true
  const includeNulls = options.nulls ?? true
  const paths: string[] = []
  const seen = new WeakSet<object>()
  const visit = (value: unknown, path: FigureSegment[]): void => {
    if (typeof value === 'number') {
      if (path.length > 0) paths.push(formatFigurePath(path))
      return
    }
    if (typeof value === 'boolean') {
      if (includeBooleans && path.length > 0) paths.push(formatFigurePath(path))
      return
    }
    if (value === null) {
      if (includeNulls && path.length > 0) paths.push(formatFigurePath(path))
      return
    }
    if (typeof value !== 'object' || seen.has(value) || path.length >= maxListDepth) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index])
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (identifierPattern.test(key)) visit(item, [...path, key])
      }
    }
    seen.delete(value)
  }
  visit(source, [])
  return paths
}
