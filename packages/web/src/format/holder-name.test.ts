import { describe, expect, it } from 'vitest'
import { type WebKey, webText } from '../i18n/translate.ts'
import { holderName } from './holder-name.ts'

const zh = (key: WebKey, params?: Record<string, string | number>) => webText('zh-CN', key, params)
const en = (key: WebKey, params?: Record<string, string | number>) => webText('en', key, params)

describe('holderName', () => {
  it('returns the generated pool names in Chinese', () => {
    expect(holderName(zh, 'Unissued pool')).toBe('未发行期权池')
    expect(holderName(zh, 'Option holders')).toBe('已授予期权持有人')
  })
  it('returns a round investors name with the round kept', () => {
    expect(holderName(zh, 'Series B investors')).toBe('Series B 投资人')
    expect(holderName(en, 'Series B investors')).toBe('Series B investors')
  })
  it('returns a name from the plan unchanged', () => {
    expect(holderName(zh, 'Founders')).toBe('Founders')
  })
})
