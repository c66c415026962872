import { describe, expect, it } from 'vitest'
import { findEnglishRuns } from './english-in-chinese.ts'

describe('English sentences in Chinese output', () => {
  it('lets names, ids, citations, units, flags and code through', () => {
    const text = [
      '训练成本 $2.1M（NVIDIA H100 SXM 80GB，Megatron-LM Table 1）',
      '依据 Regulation (EU) 2024/1689 Art. 50(2)，arXiv:2104.04473',
      '运行 `avp check plan.yaml --lang zh` 或 --out report.html',
      '见 https://www.example.com/a/long/path/to/the/source',
      '显存 71.3 GiB / 80 GiB，MFU 41.2 %',
    ].join('\n')
    expect(findEnglishRuns(text)).toEqual([])
  })

  it('catches a planted English sentence and says where', () => {
    const text = '风险：the model does not fit in memory，请增加 GPU'
    expect(findEnglishRuns(text)).toEqual([{ text: 'the model does not fit in memory', index: 3 }])
  })

  it('skips the phrases it is told are the user own words', () => {
    const text = '标题：Legal and compliance counsel'
    expect(findEnglishRuns(text)).toHaveLength(1)
    expect(findEnglishRuns(text, ['Legal and compliance counsel'])).toEqual([])
  })
})
