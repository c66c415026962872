import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { catalogueKeys, initialLanguage, webText } from './translate.ts'
import { zhCN } from './zh-CN.ts'

describe('web catalogues', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(catalogueKeys(zhCN).sort()).toEqual(catalogueKeys(en).sort())
  })
  it('have no empty message', () => {
    for (const catalogue of [en, zhCN]) {
      const empty = catalogueKeys(catalogue).filter((key) => webText('en', key as never).trim() === '')
      expect(empty).toEqual([])
    }
  })
  it('use the same placeholders in both languages', () => {
    for (const key of catalogueKeys(en)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
      expect(names(webText('zh-CN', key as never)), key).toEqual(names(webText('en', key as never)))
    }
  })
})

describe('webText', () => {
  it('returns the Chinese text with placeholders filled', () => {
    expect(webText('zh-CN', 'dashboard.runwayMonths', { months: 14 })).toBe('14 个月')
  })
  it('returns the English text and leaves an unknown placeholder as written', () => {
    expect(webText('en', 'dashboard.runwayMonths')).toBe('{months} months')
  })
})

describe('initialLanguage', () => {
  it('returns the remembered language first', () => {
    expect(initialLanguage({ getItem: () => 'zh-CN' }, 'en-US')).toBe('zh-CN')
  })
  it('returns Chinese for a Chinese browser without a remembered choice', () => {
    expect(initialLanguage({ getItem: () => null }, 'zh-TW')).toBe('zh-CN')
  })
  it('returns English without storage', () => {
    expect(initialLanguage(null, 'fr')).toBe('en')
  })
})
