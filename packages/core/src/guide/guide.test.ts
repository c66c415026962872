import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { exampleNames, examplePlan } from '../strategy/test-support/examples.ts'
import { fillGuideTemplate, findGuideTopic, formatGuideFigure, renderGuideTopic } from './render-guide.ts'
import { guideTextEn } from './text-en.ts'
import { guideTextZhCN } from './text-zh-CN.ts'
import { guideTopicIds } from './topics.ts'

describe('guide texts', () => {
  it('returns twenty topics with the same fields in both languages', () => {
    expect(guideTopicIds).toHaveLength(20)
    for (const id of guideTopicIds) {
      expect(Object.keys(guideTextZhCN[id])).toEqual(Object.keys(guideTextEn[id]))
      // The same placeholders, so both languages quote the same figures.
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
      expect(names(guideTextZhCN[id].figure)).toEqual(names(guideTextEn[id].figure))
    }
  })

  const seed = '/work/shared/seed/000_8c386ae38b28f333.txt'
  it.skipIf(!existsSync(seed))('returns Chinese text that copies no sentence of the seed', () => {
    const sentences = readFileSync(seed, 'utf8')
      .split(/[。；\n]/)
      .map((sentence) => sentence.replace(/^[\s\d.*#]+/, '').trim())
      .filter((sentence) => sentence.length >= 12)
    const ours = Object.values(guideTextZhCN)
      .map((text) => `${text.body}${text.figure}`)
      .join('')
    for (const sentence of sentences) expect(ours).not.toContain(sentence)
  })
})

describe('renderGuideTopic', () => {
  for (const name of exampleNames) {
    for (const language of ['en', 'zh-CN'] as const) {
      it(`returns all twenty topics for the ${name} example in ${language}, every figure filled`, () => {
        const analysis = analyze(examplePlan(name))
        for (const link of analysis.guide.topics) {
          const topic = renderGuideTopic(link.id, language, link)
          expect(topic.yourFigures).not.toBeNull()
          expect(topic.yourFigures).not.toMatch(/[{}[\]]{1,2}\w*|NaN|undefined/)
        }
      })
    }
  }

  it("quotes the training cost and its share of cash (llm-api: compute's cost over $21.5M)", () => {
    const analysis = analyze(examplePlan('llm-api-cn-eu'))
    const link = analysis.guide.topics[0]!
    const cost = analysis.compute.totals.trainingCostUsd
    expect(link.figures).toEqual({
      trainingCostUsd: cost,
      shareOfCashPct: Math.round((1000 * cost) / 21.5e6) / 10,
    })
    expect(renderGuideTopic('technical-challenges', 'en', link).yourFigures).toMatch(
      /^Your training runs cost \$[\d.]+K, [\d.]+ % of the cash/,
    )
  })

  it('returns the missing-figure sentence when the plan lacks the figure', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.risks.register = []
    plan.risks.indicators = []
    const link = analyze(plan).guide.topics.find((topic) => topic.id === 'risks')!
    expect(link.linked).toBe(false)
    expect(renderGuideTopic('risks', 'zh-CN', link).yourFigures).toBe(
      '风险登记册为空；请在 `risks.register` 下添加风险。',
    )
  })

  it('returns the general text without a plan', () => {
    expect(renderGuideTopic('financing', 'zh-CN')).toMatchObject({
      title: '投融资',
      yourFigures: null,
      question: 15,
    })
  })
})

describe('fillGuideTemplate', () => {
  it('drops an optional part whose figure is null', () => {
    expect(fillGuideTemplate('a {x}[[, b {y}]].', { x: 1, y: null }, 'en')).toBe('a 1.')
    expect(fillGuideTemplate('a {x}[[, b {y}]].', { x: 1, y: 2 }, 'en')).toBe('a 1, b 2.')
  })
})

describe('formatGuideFigure', () => {
  it('returns compact dollars, translated identifiers and grouped numbers', () => {
    expect(formatGuideFigure('trainingCostUsd', 2_100_000, 'en')).toBe('$2.1M')
    expect(formatGuideFigure('strongest', 'businessModel', 'zh-CN')).toBe('商业模式')
    expect(formatGuideFigure('missingRoles', 'legal-owner, data-protection', 'en')).toBe(
      'Legal and compliance owner, Data-protection role',
    )
    expect(formatGuideFigure('headcount', 12345, 'en')).toBe('12,345')
  })
})

describe('findGuideTopic', () => {
  it('returns a topic by id or question number, undefined otherwise', () => {
    expect(findGuideTopic('15')).toBe('financing')
    expect(findGuideTopic('sustainability')).toBe('sustainability')
    expect(findGuideTopic('21')).toBeUndefined()
    expect(findGuideTopic('robots')).toBeUndefined()
  })
})
