import { readFileSync } from 'node:fs'
import { analyze, parsePlan } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { formatMoney } from './format.ts'
import { renderReport } from './index.ts'

const exampleText = readFileSync(new URL('../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const { plan } = parsePlan(exampleText)
const analysis = analyze(plan)

describe('renderReport (HTML)', () => {
  const html = renderReport(plan, analysis, { format: 'html', language: 'en' })

  it('returns one self-contained document: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script/i)
    // Only SVG namespace identifiers may mention http; nothing is fetched from them.
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1])
    expect(urls.every((url) => url?.startsWith('data:') || url?.startsWith('#'))).toBe(true)
    expect(html).not.toMatch(/url\(\s*['"]?https?:/)
  })

  it('embeds the charts as inline SVG', () => {
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4)
    expect(html).toContain('Headcount by function, next 24 months')
  })

  it('shows the figures of the analysis in the display currency', () => {
    // $21.5M at 7.1 CNY per USD is CN¥152.65M, shown compactly.
    expect(html).toContain(formatMoney(21_500_000, analysis.company, 'en'))
    expect(formatMoney(21_500_000, analysis.company, 'en')).toBe('CN¥152.7M')
  })

  it('escapes plan text so it can never become markup', () => {
    const hostile = { ...plan, company: { ...plan.company, name: '<img src=x onerror=alert(1)>' } }
    const output = renderReport(hostile, analyze(hostile), { format: 'html', language: 'en' })
    expect(output).not.toContain('<img src=x')
    expect(output).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('renderReport (languages)', () => {
  it('returns the Chinese report with Chinese headings and Chinese number formats', () => {
    const html = renderReport(plan, analysis, { format: 'html', language: 'zh-CN' })
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('风险登记册')
    expect(html).toContain('2026年11月28日')
    expect(formatMoney(21_500_000, analysis.company, 'zh-CN')).toBe('¥1.5亿')
  })
})

describe('renderReport (Markdown)', () => {
  const markdown = renderReport(plan, analysis, { format: 'markdown', language: 'en' })
  it('returns headings, tables and the chart data as tables', () => {
    expect(markdown.startsWith('# Qiming Intelligence: venture report')).toBe(true)
    expect(markdown).toContain('| Function | People |')
    expect(markdown).toContain('| Technology | 20 |')
    expect(markdown).not.toContain('<svg')
  })
  it('shows a fired warning as a callout with the contingency plan', () => {
    const poor = { ...plan, funding: { ...plan.funding, cashUsd: 3_000_000 } }
    const output = renderReport(poor, analyze(poor), { format: 'markdown', language: 'en' })
    expect(output).toMatch(/> \*\*🔴 red: Months of cash/)
    expect(output).toContain('Contingency plan: Freeze hiring; Delay the v2 pre-training run')
  })
})

describe('renderReport (compute section)', () => {
  it('lists every training run with its layout and cost, and the serving fleet', () => {
    const markdown = renderReport(plan, analysis, { format: 'markdown', language: 'en' })
    expect(markdown).toContain('## Compute')
    expect(markdown).toMatch(/\| Qiming 13B v2 pre-training \| 512 × h800 \| TP \d+ × PP \d+/)
    expect(markdown).toMatch(/\| Qiming 13B \| \d+ × h20 \|/)
    expect(markdown).toContain('**Memory per GPU on the busiest stage, GiB**')
  })
  it('is translated, layout words included', () => {
    const markdown = renderReport(plan, analysis, { format: 'markdown', language: 'zh-CN' })
    expect(markdown).toContain('## 算力')
    expect(markdown).toContain('### 推理部署')
    expect(markdown).toMatch(/(不重计算|选择性重计算|完全重计算)/)
  })
})
