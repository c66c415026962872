import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import type { ParsePlanResult } from './parse.ts'
import { parsePlanText, validatePlan } from './parse.ts'

const exampleText = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const exampleData = parseDocument(exampleText).toJS() as Record<string, unknown>

type Json = unknown

/** All paths to values inside a JSON value, so a mutation can pick any of them. */
function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))]
  if (value !== null && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))]
  }
  return [prefix]
}

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'insert'; at: number; name: string; value: Json }

function applyMutation(data: Json, mutation: Mutation): Json {
  const copy = structuredClone(data)
  const paths = pathsOf(copy)
  const path = paths[mutation.at % paths.length] ?? []
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], copy) as
    | Record<string, Json>
    | Json[]
  const key = path[path.length - 1]!
  if (mutation.kind === 'replace') (parent as Record<string | number, Json>)[key] = mutation.value
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key as string]
  } else if (!Array.isArray(parent)) {
    const value = parent[key as string]
    if (mutation.kind === 'rename') {
      delete parent[key as string]
      parent[mutation.name] = value
    } else parent[mutation.name] = mutation.value
  }
  return copy
}

const jsonValue = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.string(),
  fc.constantFrom('2026-02-30', '2026-13', 'h100-sxm', 'EU', '', '1e309', '-0'),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    value: jsonValue,
  }),
)

/** A parse either succeeds or fails with well-formed issues; it never throws. */
function assertWellFormed(result: ParsePlanResult): void {
  if (result.ok) return
  expect(result.issues.length).toBeGreaterThan(0)
  for (const issue of result.issues) {
    expect(typeof issue.code).toBe('string')
    expect(typeof issue.message).toBe('string')
    expect(Array.isArray(issue.path)).toBe(true)
  }
}

describe('parser robustness (property-based)', () => {
  it('returns typed issues, never a crash, for 1,000 mutated plans', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = mutations.reduce(applyMutation, exampleData as Json)
        assertWellFormed(validatePlan(mutated))
      }),
      { numRuns: 1000 },
    )
  })

  it('returns typed issues, never a crash, for 500 plans with text edits', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8 }) })
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const text = edits.reduce((current, { at, remove, insert }) => {
          const position = at % (current.length + 1)
          return current.slice(0, position) + insert + current.slice(position + remove)
        }, exampleText)
        const result = parsePlanText(text, { fileName: 'mutated.yaml' })
        assertWellFormed(result)
        if (!result.ok) for (const issue of result.issues) expect(issue.source?.line ?? 1).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    )
  })
})
