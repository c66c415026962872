import { readFileSync } from 'node:fs'
import { analyze, parsePlan } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { competitorRadarChart, marketFunnelChart } from './charts/strategy-charts.ts'
import { renderReport } from './index.ts'
import { guideBlocks, strategyBlocks } from './strategy-sections.ts'

const examples = ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware'] as const
const load = (name: string) => {
  const { plan } = parsePlan(readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8'))
  return { plan, analysis: analyze(plan) }
}

describe('strategyBlocks', () => {
  for (const name of examples) {
    for (const language of ['en', 'zh-CN'] as const) {
      it(`returns the scorecard, radar, funnel and guide for ${name} in ${language}`, () => {
        const { plan, analysis } = load(name)
        const html = renderReport(plan, analysis, { format: 'html', language })
        const markdown = renderReport(plan, analysis, { format: 'markdown', language })
        const heading = language === 'en' ? 'Readiness scorecard' : '就绪度记分卡'
        expect(markdown).toContain(heading)
        expect(markdown).toContain(language === 'en' ? 'Competitor radar' : '竞争雷达图')
        expect(markdown).toContain(language === 'en' ? 'Market funnel' : '市场漏斗')
        expect(markdown).toContain(language === 'en' ? '20. International cooperation' : '20. 国际合作与拓展')
        expect(markdown).not.toMatch(/strategy\.(report|needs|evidence|factors|localisation)\./)
        expect(html).toContain('<svg')
      })
    }
  }

  it('returns the market-method warning as a callout when the methods disagree', () => {
    const { plan, analysis } = load('llm-api-cn-eu')
    const blocks = strategyBlocks(plan, analysis, 'en')
    expect(blocks).toContainEqual(expect.objectContaining({ kind: 'callout', level: 'amber' }))
  })

  it('returns twenty guide topics', () => {
    const { analysis } = load('medical-imaging')
    expect(
      guideBlocks(analysis, 'en').filter((block) => block.kind === 'heading' && block.level === 3),
    ).toHaveLength(20)
  })
})

describe('strategy charts', () => {
  it('returns a radar with one series item per row and a funnel of three stages as SVG', () => {
    const { analysis } = load('llm-api-cn-eu')
    const radar = competitorRadarChart(analysis, 'en')
    expect(radar.svg).toMatch(/^<svg/)
    expect(radar.table.rows).toHaveLength(3)
    const funnel = marketFunnelChart(analysis, 'zh-CN')!
    expect(funnel.svg).toMatch(/^<svg/)
    expect(funnel.table.header).toEqual(['TAM（总体市场）', 'SAM（可服务市场）', 'SOM（可获得市场）'])
  })

  it('returns no funnel for an unsized market', () => {
    const { plan } = load('llm-api-cn-eu')
    const { topDown: _t, bottomUp: _b, ...market } = plan.market
    expect(marketFunnelChart(analyze({ ...plan, market }), 'en')).toBeNull()
  })
})
