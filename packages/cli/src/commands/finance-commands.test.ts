import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'

const example = (name: string) => new URL(`../../../../examples/${name}.yaml`, import.meta.url).pathname

describe('avp finance', () => {
  it('returns the finance section as JSON, saying "does not run out" with null', async () => {
    const run = await runAvp(['finance', example('llm-api-cn-eu'), '--json'])
    expect(run.exitCode).toBe(0)
    const finance = JSON.parse(run.stdout)
    expect(finance.months).toHaveLength(60)
    expect(finance.runwayMonths).toBeNull()
    expect(finance.runsOutInMonth).toBeNull()
    expect(finance.monthly.cashUsd).toHaveLength(60)
    expect(finance.capTable.holders.length).toBeGreaterThan(0)
  })
  it('prints the summary in the chosen language', async () => {
    const english = await runAvp(['finance', example('medical-imaging')])
    expect(english.stdout).toContain('does not run out within the 60-month horizon')
    expect(english.stdout).toContain('Rule of 40')
    const chinese = await runAvp(['finance', example('medical-imaging'), '--lang', 'zh'])
    expect(chinese.stdout).toContain('现金跑道')
  })
})

describe('avp captable', () => {
  it('returns the documented JSON contract: per round the price and per holder holder, shares, ownershipPct', async () => {
    const run = await runAvp(['captable', example('medical-imaging'), '--json'])
    expect(run.exitCode).toBe(0)
    const table = JSON.parse(run.stdout)
    const [round] = table.rounds
    expect(round).toMatchObject({
      id: 'series-a',
      name: 'Series A',
      pricePerShareUsd: expect.stringMatching(/^\d+\.\d{4}$/),
    })
    expect(Object.keys(round.holders[0])).toEqual(['holder', 'shares', 'ownershipPct'])
    expect(round.conversions[0]).toMatchObject({ holder: 'Health-tech seed fund' })
    expect(table.convention).toBe('percentage-ownership')
  })
  it('shows one round with --after and refuses an unknown one with exit 2', async () => {
    const after = await runAvp(['captable', example('speech-hardware'), '--after', 'seed', '--json'])
    expect(JSON.parse(after.stdout).rounds.map((round: { id: string }) => round.id)).toEqual(['seed'])
    const unknown = await runAvp(['captable', example('speech-hardware'), '--after', 'series-z'])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain('no planned round "series-z"')
  })
  it('refuses a safe with no cap, no discount and no MFN with its path and line', async () => {
    const folder = temporaryFolder()
    const file = join(folder, 'plan.yaml')
    const text = readFileSync(example('medical-imaging'), 'utf8')
      .replace('      valuationCapUsd: 16000000\n', '')
      .replace('      discount: 0.2\n      proRata: true\n', '      proRata: true\n')
    writeFileSync(file, text)
    const run = await runAvp(['captable', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('funding.instruments[0]')
  })
})

describe('avp check (finance input)', () => {
  it('refuses a planned round dated before the company was founded, with its path', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(
      file,
      readFileSync(example('medical-imaging'), 'utf8').replace('month: 2027-11', 'month: 2024-11'),
    )
    const run = await runAvp(['check', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('funding.plannedRounds[0].month')
  })
})

describe('avp waterfall', () => {
  it('returns per holder holder, payoutUsd and converted, paying out the exit value exactly', async () => {
    const run = await runAvp(['waterfall', example('llm-api-cn-eu'), '--exit', '250000000', '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.holders[0]).toEqual(
      expect.objectContaining({ holder: 'Founders', payoutUsd: expect.any(String), converted: false }),
    )
    const cents = result.holders.reduce(
      (sum: bigint, holder: { payoutUsd: string }) => sum + BigInt(holder.payoutUsd.replace('.', '')),
      0n,
    )
    expect(cents).toBe(25_000_000_000n)
  })
  it('refuses a negative exit value with exit 2', async () => {
    const run = await runAvp(['waterfall', example('llm-api-cn-eu'), '--exit', '-5'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--exit')
  })
})

describe('avp simulate', () => {
  it('returns the same JSON for the same seed', async () => {
    const args = ['simulate', example('llm-api-cn-eu'), '--runs', '2000', '--seed', '5', '--json']
    const first = await runAvp(args)
    expect(first.exitCode).toBe(0)
    expect((await runAvp(args)).stdout).toBe(first.stdout)
    const result = JSON.parse(first.stdout)
    expect(result).toMatchObject({ runs: 2000, seed: 5, nextRound: { id: 'series-b' } })
  })
  it('prints the bands and the probability of running out before the next round', async () => {
    const run = await runAvp(['simulate', example('speech-hardware'), '--runs', '1000'])
    expect(run.stdout).toContain('Probability of running out before Seed round')
  })
  it('refuses an assumption whose path holds no number, with its path and line', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    const text = readFileSync(example('llm-api-cn-eu'), 'utf8').replace(
      'path: products[0].revenue.monthlyGrowthRate',
      'path: products[0].revenue.monthlyGrowth',
    )
    writeFileSync(file, text)
    const run = await runAvp(['simulate', file, '--runs', '100'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('assumptions[1].path')
  })
  it('refuses a run count that is not a whole number with exit 2', async () => {
    const run = await runAvp(['simulate', example('llm-api-cn-eu'), '--runs', '1.5'])
    expect(run.exitCode).toBe(2)
  })
})
