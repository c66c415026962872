import { readFileSync } from 'node:fs'
import { analyze, auditBiasCsv, parsePlanText } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { biasAuditBlocks, complianceSection, fineText } from './compliance-section.ts'

const text = readFileSync(new URL('../../../../examples/medical-imaging.yaml', import.meta.url), 'utf8')
const parsed = parsePlanText(text)
if (!parsed.ok) throw new Error('example invalid')
const analysis = analyze(parsed.plan)

describe('fineText', () => {
  it('returns the Art. 99(4) cap with the SME rule (Art. 99(6)) in words', () => {
    const fine = analysis.compliance.products[0]!.obligations.find((o) => o.id === 'aia-art-9')!.maxFine
    expect(fineText(fine, 'en')).toBe('EUR 15,000,000 or 3 % of turnover, whichever is lower (Art. 99(4))')
    expect(fineText(fine, 'zh-CN')).toBe('EUR 15,000,000 或营业额的 3%，以较低者为准（Art. 99(4)）')
  })
})

describe('complianceSection', () => {
  it('returns a heading, the timeline chart and a table of obligations per product', () => {
    const blocks = complianceSection(analysis.compliance, 'en')
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2 })
    expect(blocks.some((block) => block.kind === 'chart' && block.svg.startsWith('<svg'))).toBe(true)
    const tables = blocks.filter((block) => block.kind === 'table')
    expect(tables.length).toBeGreaterThanOrEqual(analysis.compliance.products.length)
  })

  it('returns the Chinese duty texts in a Chinese report', () => {
    const blocks = complianceSection(analysis.compliance, 'zh-CN')
    const table = blocks.find((block) => block.kind === 'table' && block.header[0] === '条款')
    expect(JSON.stringify(table)).toMatch(/风险管理体系/)
  })
})

describe('biasAuditBlocks', () => {
  it('returns a table, the metrics and an impact-ratio chart per attribute', () => {
    const audit = auditBiasCsv('sex,hired\nF,1\nF,0\nM,1\nM,1\n', {
      groupColumns: ['sex'],
      selectedColumn: 'hired',
    })
    const blocks = biasAuditBlocks(audit, 'data.csv', 'en')
    expect(blocks.filter((block) => block.kind === 'chart')).toHaveLength(1)
    expect(JSON.stringify(blocks)).toMatch(/demographicParityDifference/)
  })
})
