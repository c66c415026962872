import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { planJsonSchema, planJsonSchemaText } from './json-schema.ts'

const committed = new URL('../../../../schema/venture-plan.schema.json', import.meta.url)

describe('planJsonSchema', () => {
  it('matches the committed schema/venture-plan.schema.json (run `npm run schema:generate` after changing the plan)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(planJsonSchemaText())
  })
  it('rejects unknown keys and lists the required sections, as the parser does', () => {
    const schema = planJsonSchema() as { additionalProperties: boolean; required: string[] }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'asOf', 'company', 'funding']))
  })
  it('describes money as a number or a decimal string', () => {
    const text = planJsonSchemaText()
    expect(text).toContain('"pattern": "^-?\\\\d+(\\\\.\\\\d+)?$"')
  })
})
