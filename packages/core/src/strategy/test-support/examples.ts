/**
 * @module strategy/test-support/examples
 * The three example ventures, parsed, for the strategy and guide tests.
 */
import { readFileSync } from 'node:fs'
import { parsePlan } from '../../plan/parse.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'

export const exampleNames = ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware'] as const

/** The example plan, parsed afresh (tests may change it). */
export function examplePlan(name: (typeof exampleNames)[number]): VenturePlan {
  const text = readFileSync(new URL(`../../../../../examples/${name}.yaml`, import.meta.url), 'utf8')
  return parsePlan(text).plan
}

/** The text of an example, for tests that edit it before parsing. */
export function exampleText(name: (typeof exampleNames)[number]): string {
  return readFileSync(new URL(`../../../../../examples/${name}.yaml`, import.meta.url), 'utf8')
}
