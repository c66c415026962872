/**
 * @module compliance/conditions
 * Evaluates a rule's condition (plain data) against the facts. Kept tiny on purpose: a condition is a
 * tree of all / any / not over fact paths, so rules stay data a reviewer can read and diff.
 */
import type { ComplianceFacts, Condition, FactPath } from './types.ts'

/** Reads a dotted path (`aiSystem.biometrics.identification`) from the facts. */
export function readFact(facts: ComplianceFacts, path: FactPath): unknown {
  let node: unknown = facts
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

/**
 * Whether `condition` holds for `facts`.
 * @example
 * holds({ fact: 'inEu', is: true }, facts) //=> true for a product sold in the EU
 */
export function holds(condition: Condition, facts: ComplianceFacts): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, facts))
  if ('any' in condition) return condition.any.some((part) => holds(part, facts))
  if ('not' in condition) return !holds(condition.not, facts)
  const value = readFact(facts, condition.fact)
  if ('is' in condition) return value === condition.is
  if ('in' in condition) return condition.in.includes(value as string | number)
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  if ('includesAny' in condition)
    return Array.isArray(value) && condition.includesAny.some((item) => value.includes(item))
  if ('nonEmpty' in condition) return Array.isArray(value) && value.length > 0
  if ('above' in condition) return typeof value === 'number' && value > condition.above
  return typeof value === 'number' && value >= condition.atLeast
}

/** Shorthands that keep the rule tables readable. */
export const when = {
  all: (...parts: Condition[]): Condition => ({ all: parts }),
  any: (...parts: Condition[]): Condition => ({ any: parts }),
  not: (part: Condition): Condition => ({ not: part }),
  is: (fact: FactPath, value: string | number | boolean): Condition => ({ fact, is: value }),
  yes: (fact: FactPath): Condition => ({ fact, is: true }),
  includes: (fact: FactPath, value: string): Condition => ({ fact, includes: value }),
  includesAny: (fact: FactPath, values: readonly string[]): Condition => ({ fact, includesAny: values }),
  nonEmpty: (fact: FactPath): Condition => ({ fact, nonEmpty: true }),
  oneOf: (fact: FactPath, values: readonly (string | number)[]): Condition => ({ fact, in: values }),
  above: (fact: FactPath, value: number): Condition => ({ fact, above: value }),
  atLeast: (fact: FactPath, value: number): Condition => ({ fact, atLeast: value }),
  always: { all: [] } as Condition,
}
