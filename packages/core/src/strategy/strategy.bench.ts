import { bench, describe } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { renderGuideTopic } from '../guide/index.ts'
import { analyzeStrategy } from './analyze-strategy.ts'
import { sizeMarket } from './market-sizing.ts'
import { examplePlan } from './test-support/examples.ts'

const plan = examplePlan('llm-api-cn-eu')
const analysis = analyze(plan)
const month = plan.asOf.slice(0, 7)

describe('strategy', () => {
  bench('analyzeStrategy (llm-api-cn-eu)', () => {
    analyzeStrategy(plan, analysis, month)
  })
  bench('sizeMarket with sensitivity', () => {
    sizeMarket(plan.market)
  })
  bench('render the twenty guide topics in both languages', () => {
    for (const link of analysis.guide.topics) {
      renderGuideTopic(link.id, 'en', link)
      renderGuideTopic(link.id, 'zh-CN', link)
    }
  })
})
