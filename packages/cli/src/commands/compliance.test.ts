import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'

describe('avp compliance', () => {
  it('prints every product as JSON, as of the plan date', async () => {
    const run = await runAvp(['compliance', 'examples/llm-api-cn-eu.yaml', '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.asOf).toBe('2026-11-28')
    expect(result.products[0].euTiers).toEqual(['gpai', 'transparency'])
    expect(result.products[0].obligations[0]).toEqual(
      expect.objectContaining({
        article: expect.any(String),
        bearer: expect.any(String),
        appliesFrom: expect.any(String),
      }),
    )
  })

  it('evaluates as of --as-of under its alias comply', async () => {
    const run = await runAvp(['comply', 'examples/medical-imaging.yaml', '--as-of', '2028-08-02', '--json'])
    expect(run.exitCode).toBe(0)
    const [triage] = JSON.parse(run.stdout).products
    expect(triage.obligations.find((o: { id: string }) => o.id === 'aia-art-9').status).toBe('in-force')
  })

  it('exits 2 for an --as-of that is not a date', async () => {
    const run = await runAvp(['compliance', 'examples/medical-imaging.yaml', '--as-of', '2027-02-30'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/--as-of: .*YYYY-MM-DD/)
  })

  it('prints a readable summary in Chinese', async () => {
    const run = await runAvp(['compliance', 'examples/speech-hardware.yaml', '--lang', 'zh'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/合规情况/)
    expect(run.stdout).toMatch(/待办事项/)
  })

  it('shows examples in the help', async () => {
    const run = await runAvp(['compliance', '--help'])
    expect(run.stdout).toMatch(/avp comply plan\.yaml --as-of 2027-12-02/)
  })
})

describe('avp audit bias', () => {
  const csv = 'examples/hiring-audit.csv'

  it('prints the JSON contract: groups with count, selected, selectionRate, impactRatio, excluded; Fairlearn metrics', async () => {
    const run = await runAvp([
      'audit',
      'bias',
      csv,
      '--group',
      'sex,race',
      '--selected',
      'hired',
      '--label',
      'qualified',
      '--json',
    ])
    expect(run.exitCode).toBe(0)
    const audit = JSON.parse(run.stdout)
    expect(audit.rowCount).toBe(240)
    expect(audit.attributes.map((a: { attribute: string }) => a.attribute)).toEqual(['sex', 'race'])
    expect(audit.intersection.attribute).toBe('sex × race')
    expect(Object.keys(audit.attributes[0].groups[0])).toEqual(
      expect.arrayContaining(['group', 'count', 'selected', 'selectionRate', 'impactRatio', 'excluded']),
    )
    expect(Object.keys(audit.attributes[0].metrics)).toEqual([
      'demographicParityDifference',
      'demographicParityRatio',
      'equalOpportunityDifference',
      'equalOpportunityRatio',
      'equalizedOddsDifference',
      'equalizedOddsRatio',
    ])
  })

  it('exits 2 naming a missing column and the closest header names', async () => {
    const run = await runAvp(['audit', 'bias', csv, '--group', 'sex', '--selected', 'hire'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /column "hire" \(--selected\) is not in the CSV header; closest header names: "hired"/,
    )
  })

  it('exits 2 with line and column for a non-binary outcome', async () => {
    const folder = temporaryFolder()
    const file = join(folder, 'bad.csv')
    writeFileSync(file, 'sex,hired\nF,1\nM,2\n')
    const run = await runAvp(['audit', 'bias', file, '--group', 'sex', '--selected', 'hired'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/line 3, column "hired": expected a binary outcome/)
  })

  it('writes an HTML report with the impact-ratio charts', async () => {
    const out = join(temporaryFolder(), 'bias.html')
    const run = await runAvp(['audit', 'bias', csv, '--group', 'sex', '--selected', 'hired', '--out', out])
    expect(run.exitCode).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/<svg/)
  })

  it('exits 2 for a file that does not exist', async () => {
    const run = await runAvp(['audit', 'bias', 'nope.csv', '--group', 'sex', '--selected', 'hired'])
    expect(run.exitCode).toBe(2)
  })
})

describe('avp audit bias in Chinese', () => {
  it('names the missing column and the closest header names in Chinese', async () => {
    const run = await runAvp([
      'audit',
      'bias',
      'examples/hiring-audit.csv',
      '--group',
      'sex',
      '--selected',
      'hire',
      '--lang',
      'zh',
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/CSV 表头中没有列“hire”（--selected）；最接近的列名："hired"/)
  })

  it('reports an empty group with line and column in Chinese', async () => {
    const file = join(temporaryFolder(), 'empty.csv')
    writeFileSync(file, 'sex,hired\n,1\n')
    const run = await runAvp(['audit', 'bias', file, '--group', 'sex', '--selected', 'hired', '--lang', 'zh'])
    expect(run.stderr).toMatch(/第 2 行，列“sex”：群体为空/)
  })
})
