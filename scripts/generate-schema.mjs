// Writes schema/venture-plan.schema.json from the zod plan schema (built core). `--check` only compares,
// exiting 1 when the committed file is stale. The test suite runs the same comparison.
import { readFileSync, writeFileSync } from 'node:fs'
import { planJsonSchemaText } from '@avp/core'

const file = new URL('../schema/venture-plan.schema.json', import.meta.url)
const generated = planJsonSchemaText()
if (process.argv.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(file, 'utf8')
  } catch {}
  if (committed !== generated) {
    process.stderr.write('schema/venture-plan.schema.json is stale: run `npm run schema:generate`\n')
    process.exit(1)
  }
  process.stdout.write('schema/venture-plan.schema.json is current\n')
} else {
  writeFileSync(file, generated)
  process.stdout.write('wrote schema/venture-plan.schema.json\n')
}
