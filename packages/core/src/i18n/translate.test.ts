import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { normalizeLanguage, translate } from './translate.ts'
import { zhCN } from './zh-CN.ts'

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  )
}

describe('catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort())
  })
  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const chinese = new Map(Object.entries(flatten(zhCN)))
    for (const [key, text] of Object.entries(flatten(en))) {
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })
  it('have no empty message', () => {
    for (const text of [...Object.values(flatten(en)), ...Object.values(flatten(zhCN))])
      expect(text.length).toBeGreaterThan(0)
  })
})

function flatten(node: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value as object, `${prefix}${key}.`)),
    ),
  )
}

describe('translate', () => {
  it('returns the message with placeholders filled', () => {
    expect(translate('en', 'issue.expected', { expected: 'a positive integer', received: -8 })).toBe(
      'expected a positive integer, got -8',
    )
  })
  it('returns the Chinese message', () => {
    expect(translate('zh-CN', 'issue.missing')).toBe('必填项缺失')
  })
  it('leaves unknown placeholders visible rather than printing undefined', () => {
    expect(translate('en', 'issue.unknownKey')).toBe('unknown key "{key}"')
  })
})

describe('normalizeLanguage', () => {
  it('maps zh, zh-CN and zh_CN to zh-CN and anything else to English', () => {
    expect(['zh', 'zh-CN', 'zh_cn', 'en', undefined, 'fr'].map(normalizeLanguage)).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
      'en',
    ])
  })
})
