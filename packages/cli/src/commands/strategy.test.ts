import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'

const example = (name: string) => new URL(`../../../../examples/${name}.yaml`, import.meta.url).pathname

describe('avp strategy', () => {
  it('prints the strategy workspace in Chinese', async () => {
    const run = await runAvp(['strategy', example('llm-api-cn-eu'), '--lang', 'zh'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('## 战略规划')
    expect(run.stdout).toContain('就绪度记分卡')
    expect(run.stdout).toContain('| EU | CN |')
  })

  it('prints the strategy section as JSON', async () => {
    const run = await runAvp(['strategy', example('medical-imaging'), '--json'])
    expect(run.exitCode).toBe(0)
    const strategy = JSON.parse(run.stdout)
    expect(strategy.readiness.factors).toHaveLength(7)
    expect(strategy.market.somUsd).toBeGreaterThan(0)
  })

  it('exits 2 and names the path of a key result bound to an unknown figure', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(
      file,
      readFileSync(example('llm-api-cn-eu'), 'utf8').replace(
        'figure: funding.cashUsd / (team.monthlyCostUsd',
        'figure: funding.cashUSD / (team.monthlyCostUsd',
      ),
    )
    const run = await runAvp(['strategy', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /strategy\.objectives\[0\]\.keyResults\[1\]\.figure: unknown figure .*funding\.cashUsd/,
    )
  })

  it('prints help with examples in Chinese', async () => {
    const run = await runAvp(['strategy', '--help', '--lang', 'zh'])
    expect(run.stdout).toContain('显示计划的战略工作台')
    expect(run.stdout).toContain('$ avp strategy plan.yaml')
  })
})

describe('avp guide', () => {
  it('prints all twenty topics without a plan', async () => {
    const run = await runAvp(['guide'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('1. Technical challenges')
    expect(run.stdout).toContain('20. International cooperation and expansion')
  })

  it("prints one topic by number in Chinese with the plan's figures", async () => {
    const run = await runAvp(['guide', '19', '--lang', 'zh', '--plan', example('llm-api-cn-eu')])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('19. 可持续发展')
    expect(run.stdout).toMatch(/→ 你的算力排放 [\d.]+ 吨 CO2e/)
  })

  it('prints topics as JSON', async () => {
    const run = await runAvp(['guide', 'financing', '--json', '--plan', example('speech-hardware')])
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ id: 'financing', question: 15 })
  })

  it('exits 2 and lists the topics for an unknown one', async () => {
    const run = await runAvp(['guide', 'robots'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('Unknown guide topic "robots"')
    expect(run.stderr).toContain('15 financing')
  })
})
