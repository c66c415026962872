import { join } from 'node:path'
import { scenarioTemplateIds } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'
import { templateNames } from './index.ts'
import { scenarioPlan } from './scenario.ts'
import { toYaml } from './yaml-writer.ts'

describe('avp init --template <scenario>', () => {
  it('lists the five application scenarios among the templates', () => {
    expect(templateNames).toEqual(expect.arrayContaining([...scenarioTemplateIds]))
  })

  for (const template of scenarioTemplateIds) {
    for (const lang of ['en', 'zh']) {
      it(`writes the ${template} plan, which avp check accepts (--lang ${lang})`, async () => {
        const file = join(temporaryFolder(), 'plan.yaml')
        const init = await runAvp(['init', '--template', template, file, '--lang', lang])
        expect(init.stderr).toBe('')
        expect(init.exitCode).toBe(0)
        const check = await runAvp(['check', file, '--lang', lang])
        expect(check.stderr).toBe('')
        expect(check.exitCode).toBe(0)
        const strategy = await runAvp(['strategy', file, '--json', '--lang', lang])
        expect(strategy.exitCode).toBe(0)
        expect(JSON.parse(strategy.stdout).readiness.factors).toHaveLength(7)
      })
    }
  }

  it('comments the regulatory facts in the chosen language', async () => {
    expect(scenarioPlan('autonomous-driving', 'zh-CN', '2026-11-28')).toContain('# 该场景通常适用的监管事实')
    expect(scenarioPlan('autonomous-driving', 'en', '2026-11-28')).toContain('UNECE Regulation No. 157')
  })
})

describe('toYaml', () => {
  it('returns block YAML with comments, quoting strings YAML would misread', () => {
    expect(
      toYaml([{ key: 'a', value: { b: [{ c: 'yes', d: 1 }, 'x: y'], e: [] }, comments: ['note'] }]),
    ).toBe('# note\na:\n  b:\n    - c: "yes"\n      d: 1\n    - "x: y"\n  e: []\n')
  })
})
