// `analyze` runs on every keystroke in the web app, so it must stay far below one animation frame (16 ms).
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { parsePlan } from '../plan/parse.ts'
import { analyze } from './analyze.ts'

const examples = ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware']

describe('analyze each example venture (target: far below 16 ms)', () => {
  for (const name of examples) {
    const text = readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')
    const { plan } = parsePlan(text)
    bench(`analyze ${name}`, () => {
      analyze(plan)
    })
  }
})

describe('parse + analyze from YAML text (what the editor does on each change)', () => {
  const text = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
  bench('parsePlan + analyze llm-api-cn-eu', () => {
    analyze(parsePlan(text).plan)
  })
})
