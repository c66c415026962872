/**
 * @module finance/test-support/example-plans
 * The example ventures, parsed, for the finance tests.
 */
import { readFileSync } from 'node:fs'
import { parsePlanText } from '../../plan/index.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'

export type ExampleName = 'llm-api-cn-eu' | 'medical-imaging' | 'speech-hardware'

/** The example plan `name` from `examples/`. */
export function examplePlan(name: ExampleName): VenturePlan {
  const text = readFileSync(new URL(`../../../../../examples/${name}.yaml`, import.meta.url), 'utf8')
  const parsed = parsePlanText(text, { fileName: `${name}.yaml` })
  if (!parsed.ok) throw new Error(`example ${name} is invalid`)
  return parsed.plan
}
