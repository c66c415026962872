import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAvp, temporaryFolder } from '../test-support.ts'

const example = (name: string) => `examples/${name}.yaml`

/** A copy of an example with `from` replaced by `to`, in a fresh folder. */
function editedExample(name: string, from: string, to: string): string {
  const text = readFileSync(example(name), 'utf8')
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${name}`)
  const file = join(temporaryFolder(), `${name}.yaml`)
  writeFileSync(file, text.replace(from, to))
  return file
}

describe('avp risks', () => {
  it('returns exit 0 and prints the register, both heat maps, warnings and overdue reviews', async () => {
    const run = await runAvp(['risks', example('speech-hardware')])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Risk register of Echo Companion: 4 risk(s) on a 5 × 5 matrix')
    expect(run.stdout).toContain('Heat map, inherent')
    expect(run.stdout).toContain('Heat map, residual after controls')
    // cash: likelihood 4 × impact 5 = 20, critical from 15 on the default matrix.
    expect(run.stdout).toMatch(/cash\s+20 Critical/)
    expect(run.stdout).toContain('amber: Key people as a share of the team (%) = 33.3 (above 25)')
    expect(run.stdout).toContain('review was due on 2026-10-31, 28 day(s) ago')
  })

  it('returns JSON with the matrix, register, totals, overdue reviews, warnings and no simulation by default', async () => {
    const run = await runAvp(['risks', example('llm-api-cn-eu'), '--json'])
    expect(run.exitCode).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(Object.keys(json)).toEqual([
      'matrix',
      'register',
      'totals',
      'overdueReviews',
      'warnings',
      'simulation',
    ])
    expect(json.simulation).toBeNull()
    expect(json.matrix.bands.map((band: { name: string }) => band.name)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ])
    expect(json.register[0]).toMatchObject({
      id: 'compute-supply',
      inherent: { likelihood: 4, impact: 4, score: 16, band: 'critical' },
      residual: { score: 9, band: 'medium' },
    })
    // (100,000 + 4 × 800,000 + 20,000,000)/6 × 0.1 a year (Beta-PERT mean, Vose 2008 §9.1.4).
    expect(json.register[2].quantified.inherentExpectedLossUsd).toBeCloseTo(388_333.33, 1)
  })

  it('returns a seeded simulation whose ALE matches the exact expectation, the same for the same seed', async () => {
    const args = [
      'risks',
      example('medical-imaging'),
      '--json',
      '--simulate',
      '--years',
      '100000',
      '--seed',
      '3',
    ]
    const first = JSON.parse((await runAvp(args)).stdout)
    const again = JSON.parse((await runAvp(args)).stdout)
    expect(first.simulation).toEqual(again.simulation)
    expect(first.simulation).toMatchObject({ seed: 3, years: 100_000 })
    const exact = first.totals.inherentExpectedLossUsd
    // Standard error here is under 1 % of the mean (compound Poisson, λE[X²]/n); 3 % keeps it robust.
    expect(Math.abs(first.simulation.total.inherent.meanUsd - exact) / exact).toBeLessThan(0.03)
    const curve = first.simulation.total.retained.exceedance
    expect(curve.length).toBeGreaterThan(10)
    for (let index = 1; index < curve.length; index++) {
      expect(curve[index].probability).toBeLessThanOrEqual(curve[index - 1].probability)
    }
  })

  it('prints ALE, percentiles, control returns and the loss-exceedance curve as text', async () => {
    const run = await runAvp(['risks', example('llm-api-cn-eu'), '--simulate', '--years', '20000'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('Loss Monte Carlo: 20,000 years, seed 1')
    expect(run.stdout).toContain('Control "Qualify Ascend 910B for serving" on compute-supply')
    expect(run.stdout).toMatch(/P\(yearly loss > .+\) = 0\.\d+/)
  })

  it('returns exit 1 when an indicator is red, as avp check does', async () => {
    const file = editedExample('speech-hardware', 'red: 40', 'red: 30')
    const run = await runAvp(['risks', file])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('1 indicator(s) are red')
  })

  it('returns exit 2 with the path and line of a PERT whose min exceeds its max', async () => {
    const file = editedExample(
      'speech-hardware',
      'min: 30000, mostLikely: 150000',
      'min: 3000000, mostLikely: 150000',
    )
    const run = await runAvp(['risks', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /risks\.register\[0\]\.lossPerEventUsd\.min: expected min ≤ mostLikely ≤ max, got 3000000 \/ 150000 \/ 900000 \(speech-hardware\.yaml:\d+:\d+\)/,
    )
  })

  it('returns exit 2 for a likelihood off the scale, in Chinese with --lang zh', async () => {
    const file = editedExample(
      'medical-imaging',
      'likelihood: 4\n      impact: 5',
      'likelihood: 7\n      impact: 5',
    )
    const run = await runAvp(['risks', file, '--lang', 'zh'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('risks.register[0].likelihood: likelihood 为 7，超出 1–5 的刻度')
  })

  it('returns exit 2 for a year count the simulation refuses, naming it', async () => {
    const run = await runAvp(['risks', example('medical-imaging'), '--simulate', '--years', '0'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('years: years must be a whole number from 1 to 2000000, got 0')
  })

  it('returns exit 2 for a file that does not exist', async () => {
    const run = await runAvp(['risks', 'no-such-plan.yaml'])
    expect(run.exitCode).toBe(2)
  })
})

describe('avp risks suggest', () => {
  it('returns JSON suggestions with the catalogue text, sources, facts and what covers them', async () => {
    const run = await runAvp(['risks', 'suggest', example('medical-imaging'), '--json'])
    expect(run.exitCode).toBe(0)
    const { suggestions } = JSON.parse(run.stdout)
    const privacy = suggestions.find((entry: { catalogueId: string }) => entry.catalogueId === 'data-privacy')
    expect(privacy).toMatchObject({
      title: 'Personal data leaks or is processed unlawfully',
      coveredBy: null,
      sources: expect.arrayContaining(['NIST AI 600-1 §2.4 Data Privacy']),
      facts: expect.arrayContaining([{ figure: 'products[0].markets', value: 'EU' }]),
    })
    const bias = suggestions.find(
      (entry: { catalogueId: string }) => entry.catalogueId === 'algorithmic-discrimination',
    )
    expect(bias.coveredBy).toBe('dataset-bias')
  })

  it('prints the suggestions in Chinese with --lang zh', async () => {
    const run = await runAvp(['risks', 'suggest', example('speech-hardware'), '--lang', 'zh'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('一两个人掌握公司无法替代的核心技术 [key-person] — 已由“key-people”应对')
    expect(run.stdout).toContain('原因: team.keyPersonCount = 3')
  })

  it('prints bilingual help with examples', async () => {
    const run = await runAvp(['risks', '--help', '--lang', 'zh'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('风险登记册')
    expect(run.stdout).toContain('avp risks suggest plan.yaml --lang zh')
  })
})
