import { parsePlanText, scenarioTemplateIds } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { runAnalysis } from '../analysis/run-analysis.ts'
import { scenarioIds } from './examples.ts'
import { scenarioExample } from './scenario-venture.ts'

describe('scenarioIds', () => {
  it('returns the same templates as core', () => {
    expect([...scenarioIds]).toEqual([...scenarioTemplateIds])
  })
})

describe('scenarioExample', () => {
  for (const id of scenarioTemplateIds) {
    it(`returns the ${id} template as a plan the worker analyses without issues`, () => {
      const example = scenarioExample(id, 'zh-CN', '2026-11-28')
      expect(example.id).toBe(`scenario:${id}`)
      expect(parsePlanText(example.text).ok).toBe(true)
      expect(runAnalysis(example.text, () => 0).ok).toBe(true)
    })
  }

  it('returns the company name of the template as the venture name', () => {
    const example = scenarioExample('autonomous-driving', 'en', '2026-11-28')
    expect(example.text).toContain(`name: ${example.name}`)
  })
})
