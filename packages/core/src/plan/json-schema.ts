/**
 * @module plan/json-schema
 * The JSON Schema of the plan, generated from the zod schema so the two cannot drift. Editors use it to
 * autocomplete and check plan files; `schema/venture-plan.schema.json` holds a copy a test keeps current.
 */
import { z } from 'zod'
import { currentFormatVersion, venturePlanSchema } from './venture-plan.ts'

/** The JSON Schema (draft 2020-12) of a plan as a person writes it: defaults may be left out. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(venturePlanSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  })
  return {
    ...schema,
    $id: `urn:avp:venture-plan:v${currentFormatVersion}`,
    title: 'AI Venture Planner plan',
    description:
      'One venture: company, products, models, team, funding, market, risks, strategy and assumptions.',
  }
}

/** The schema as the file in the repository stores it: two-space indentation and a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`
}
