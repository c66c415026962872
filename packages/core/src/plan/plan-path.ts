/**
 * @module plan/plan-path
 * Paths into a plan written the way people write them (`models[0].training.tokens`), for assumptions
 * and indicators. Parsing is strict: a malformed path is reported, never half-read.
 */
import type { IssuePath } from '../errors.ts'

/**
 * Splits `a.b[0].c` into `['a', 'b', 0, 'c']`; returns undefined when the text is not such a path.
 * @example
 * parsePlanPath('models[0].training.tokens') //=> ['models', 0, 'training', 'tokens']
 */
export function parsePlanPath(text: string): IssuePath | undefined {
  const pattern = /^[A-Za-z_$][\w$]*|^\.[A-Za-z_$][\w$]*|^\[\d+\]/
  const segments: Array<string | number> = []
  let rest = text.trim()
  if (rest === '' || rest.startsWith('.') || rest.startsWith('[')) return undefined
  while (rest.length > 0) {
    const match = pattern.exec(rest)
    if (match === null) return undefined
    const token = match[0]
    if (token.startsWith('[')) segments.push(Number(token.slice(1, -1)))
    else segments.push(token.startsWith('.') ? token.slice(1) : token)
    rest = rest.slice(token.length)
    if (segments.length === 1 && token.startsWith('.')) return undefined
  }
  return segments
}

/** The value at `path` inside `data`, or undefined when any step is missing. */
export function valueAtPath(data: unknown, path: IssuePath): unknown {
  let node = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}
