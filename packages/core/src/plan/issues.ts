/**
 * @module plan/issues
 * Turns zod's validation issues into the workbench's `Issue`s: one per problem, with the path, an English
 * message, parameters for translation and, for unknown keys and words, a did-you-mean.
 */
import type { z } from 'zod'
import type { Issue, IssuePath } from '../errors.ts'
import { en } from '../i18n/en.ts'
import { closestNames } from '../text/closest.ts'
import { knownKeysAt } from './schema-walk.ts'

/** How a received value is shown in a message: strings quoted, containers named, long text cut. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return en.received.nothing
  if (Array.isArray(value)) return en.received.list
  if (value !== null && typeof value === 'object') return en.received.mapping
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)
  return String(value)
}

function expectedKindOf(message: string): string | undefined {
  return message.startsWith('expected:') ? message.slice('expected:'.length) : undefined
}

function withSuggestion(message: string, suggestion: string | undefined): string {
  return suggestion === undefined ? message : `${message}; did you mean "${suggestion}"?`
}

function oneOfIssue(path: IssuePath, options: readonly unknown[], received: unknown): Issue {
  const words = options.map(String)
  const suggestion = typeof received === 'string' ? closestNames(received, words, 1)[0] : undefined
  const optionList = words.join(', ')
  return {
    code: 'one_of',
    path,
    message: withSuggestion(`expected one of ${optionList}, got ${describeReceived(received)}`, suggestion),
    params: { options: optionList, received: describeReceived(received), suggestion: suggestion ?? null },
  }
}

/**
 * Converts one zod issue (parsed with `reportInput: true`) into workbench issues; an unknown-keys issue
 * becomes one issue per key so each gets its own position in the file.
 */
export function fromZodIssue(issue: z.core.$ZodIssue, schema: z.core.$ZodType, data: unknown): Issue[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol')
  const input = (issue as { input?: unknown }).input

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path, data)
    return issue.keys.map((key) => {
      const suggestion = closestNames(key, known, 1)[0]
      return {
        code: 'unknown_key',
        path: [...path, key],
        message: withSuggestion(`unknown key "${key}"`, suggestion),
        params: { key, suggestion: suggestion ?? null },
      }
    })
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    return [{ code: 'missing', path, message: 'required, but missing' }]
  }
  if (issue.code === 'invalid_value') return [oneOfIssue(path, issue.values, input)]
  const union = issue as { discriminator?: unknown; options?: unknown }
  if (issue.code === 'invalid_union' && union.discriminator !== undefined && Array.isArray(union.options)) {
    const received = (input as Record<string, unknown> | undefined)?.[String(union.discriminator)]
    if (received === undefined) return [{ code: 'missing', path, message: 'required, but missing' }]
    return [oneOfIssue(path, union.options, received)]
  }
  const kind = expectedKindOf(issue.message)
  if (kind !== undefined) {
    const expectedText = (en.expected as Record<string, string>)[kind] ?? kind
    const received = describeReceived(input)
    return [
      {
        code: 'expected',
        path,
        message: `expected ${expectedText}, got ${received}`,
        params: { expected: kind, received },
      },
    ]
  }
  return [{ code: 'invalid', path, message: issue.message, params: { detail: issue.message } }]
}
