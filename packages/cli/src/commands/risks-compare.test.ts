import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'

const example = new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url).pathname

describe('avp risks compare', () => {
  const folder = temporaryFolder()
  const after = join(folder, 'after.yaml')
  // Version 2 raises the funding gap's likelihood from 3 to 4 (inherent 15 → 20 on the 5 × 5 matrix).
  const text = readFileSync(example, 'utf8')
  const start = text.indexOf('- id: funding-gap')
  writeFileSync(after, text.slice(0, start) + text.slice(start).replace('likelihood: 3', 'likelihood: 4'))

  it('returns the risk that moved, with its scores before and after', async () => {
    const run = await runAvp(['risks', 'compare', example, after, '--json'])
    expect(run.exitCode).toBe(0)
    const changes = JSON.parse(run.stdout) as Array<{
      id: string
      change: string
      inherentBefore: number
      inherentAfter: number
    }>
    expect(changes.filter((change) => change.change !== 'unchanged')).toEqual([
      expect.objectContaining({
        id: 'funding-gap',
        change: 'changed',
        inherentBefore: 15,
        inherentAfter: 20,
      }),
    ])
  })

  it('says nothing changed between identical versions, in Chinese', async () => {
    const run = await runAvp(['risks', 'compare', example, example, '--lang', 'zh'])
    expect(run.stdout).toContain('没有风险发生变化。')
  })
})
