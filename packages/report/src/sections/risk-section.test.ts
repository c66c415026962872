import { readFileSync } from 'node:fs'
import { analyze, defaultRiskMatrix, parsePlan, type RiskMatrix } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { bandColour, heatMapSvg, heatMapText } from '../charts/heat-map.ts'
import { lossExceedanceChart, reportSimulation } from '../charts/risk-charts.ts'
import { renderReport } from '../index.ts'
import { riskSectionBlocks } from './risk-section.ts'

const load = (name: string) => {
  const { plan } = parsePlan(
    readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8'),
  )
  return { plan, analysis: analyze(plan) }
}

describe('heatMapSvg', () => {
  it('returns one cell per level pair, coloured by the engine’s band: 3 × 5 = 15 is critical, not high', () => {
    const svg = heatMapSvg(defaultRiskMatrix, [{ id: 'a', title: 'A', likelihood: 3, impact: 5 }], 'en')
    expect((svg.match(/<rect/g) ?? []).length).toBe(25)
    expect(svg).toContain(
      `fill="${bandColour(defaultRiskMatrix, 'critical')}" stroke="#fff" stroke-width="2"><title>15 Critical: A`,
    )
  })

  it('returns a 3 × 3 grid for a configured matrix with its own band names', () => {
    const matrix: RiskMatrix = {
      likelihood: [1, 2, 3].map((level) => ({ level, label: `l${level}` })),
      impact: [1, 2, 3].map((level) => ({ level, label: `i${level}` })),
      scoring: 'product',
      bands: [
        { name: 'green', minScore: 1 },
        { name: 'red', minScore: 6 },
      ],
    }
    const svg = heatMapSvg(matrix, [], 'zh-CN')
    expect((svg.match(/<rect/g) ?? []).length).toBe(9)
    expect(svg).toContain('<title>9 red</title>')
  })
})

describe('heatMapText', () => {
  it('returns rows from the highest likelihood with counts and band letters', () => {
    const text = heatMapText(defaultRiskMatrix, [{ id: 'a', title: 'A', likelihood: 5, impact: 5 }], 'en')
    expect(text.split('\n')[1]).toBe('   5 │  ·M  ·H  ·C  ·C  1C')
    expect(text).toContain('C = Critical (≥ 15)')
  })
})

describe('riskSectionBlocks', () => {
  it('returns both heat maps, the quantified table, a loss-exceedance chart and the open suggestions', () => {
    const { plan, analysis } = load('medical-imaging')
    const blocks = riskSectionBlocks(plan, analysis, 'en')
    const titles = blocks.flatMap((block) => ('title' in block ? [block.title] : []))
    expect(titles).toEqual([
      'Inherent risk (likelihood × impact)',
      'Residual risk after controls',
      'Loss-exceedance curve (20,000 simulated years, seed 1)',
    ])
    const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))
    expect(headings).toEqual(['Quantified risks', 'Risks the plan’s facts point to'])
  })

  it('returns the overdue reviews of speech-hardware (due 2026-10-31, 28 days before asOf)', () => {
    const { plan, analysis } = load('speech-hardware')
    const blocks = riskSectionBlocks(plan, analysis, 'zh-CN')
    const list = blocks.find((block) => block.kind === 'list')
    expect(list).toMatchObject({ items: [expect.stringContaining('已逾期 28 天')] })
  })
})

describe('lossExceedanceChart', () => {
  it('returns an inline SVG line chart and a falling table of thresholds', () => {
    const { plan, analysis } = load('llm-api-cn-eu')
    const simulation = reportSimulation(plan)!
    expect(simulation.years).toBe(20_000)
    const chart = lossExceedanceChart(simulation, analysis, 'en')
    expect(chart.svg.startsWith('<svg')).toBe(true)
    const probabilities = chart.table.rows.map((row) => Number(row[1]))
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities)
  })
})

describe('renderReport risk section', () => {
  it('returns the amber early warning of medical-imaging and its loss-exceedance chart in the HTML report', () => {
    const { plan, analysis } = load('medical-imaging')
    const html = renderReport(plan, analysis, { format: 'html', language: 'en' })
    expect(analysis.warnings.map((warning) => warning.level)).toContain('amber')
    expect(html).toContain('Months until the Series A is planned')
    expect(html).toContain('Loss-exceedance curve')
  })

  it('returns no simulation for a plan without quantified risks', () => {
    const { plan } = load('llm-api-cn-eu')
    expect(reportSimulation({ ...plan, risks: { register: [], indicators: [] } })).toBeNull()
  })
})
