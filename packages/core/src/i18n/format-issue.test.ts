import { describe, expect, it } from 'vitest'
import { formatIssue } from './format-issue.ts'

describe('formatIssue', () => {
  const issue = {
    code: 'expected',
    path: ['models', 0, 'training', 'gpus'],
    message: 'expected a positive integer, got -8',
    params: { expected: 'positiveInteger', received: '-8' },
    source: { file: 'plan.yaml', line: 23, column: 13 },
  }
  it('returns the issue line of the foundation issue in English', () => {
    expect(formatIssue(issue, 'en')).toBe(
      'models[0].training.gpus: expected a positive integer, got -8 (plan.yaml:23:13)',
    )
  })
  it('returns the same issue in Chinese', () => {
    expect(formatIssue(issue, 'zh-CN')).toBe(
      'models[0].training.gpus: 应为正整数，实际为 -8 (plan.yaml:23:13)',
    )
  })
  it('adds the did-you-mean in Chinese', () => {
    const unknown = {
      code: 'unknown_key',
      path: ['company', 'stag'],
      message: 'unknown key "stag"; did you mean "stage"?',
      params: { key: 'stag', suggestion: 'stage' },
    }
    expect(formatIssue(unknown, 'zh-CN')).toBe('company.stag: 未知的键 "stag"；是否想写 "stage"？')
  })
  it('keeps the English text inside the Chinese frame for messages without a template', () => {
    expect(formatIssue({ code: 'new_rule', path: [], message: 'something odd' }, 'zh-CN')).toBe(
      '(plan): something odd',
    )
  })
})
