import { readFileSync } from 'node:fs'
import { analyze, parsePlan } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { renderReport } from '../index.ts'
import { financeSection } from './finance-section.ts'

const text = readFileSync(new URL('../../../../examples/medical-imaging.yaml', import.meta.url), 'utf8')
const { plan } = parsePlan(text)
const analysis = analyze(plan)

describe('financeSection', () => {
  it('returns the cash curve, revenue by business model and the cap table', () => {
    const blocks = financeSection(analysis, 'en')
    const charts = blocks.filter((block) => block.kind === 'chart')
    expect(charts.map((chart) => chart.title)).toEqual(['Cash at month end', 'Revenue by business model'])
    expect(charts[0]?.svg.startsWith('<svg')).toBe(true)
    const markdown = renderReport(plan, analysis, { format: 'markdown', language: 'en' })
    expect(markdown).toContain('## Finance')
    expect(markdown).toContain('| Health-tech seed fund |')
    expect(markdown).toContain('does not run out within the 60-month horizon')
  })
  it('returns the section in Chinese', () => {
    const markdown = renderReport(plan, analysis, { format: 'markdown', language: 'zh-CN' })
    expect(markdown).toContain('## 财务')
    expect(markdown).toContain('按商业模式划分的收入')
  })
})
