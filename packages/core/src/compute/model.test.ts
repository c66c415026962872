import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { megatronTable1 } from './megatron-reference.ts'
import {
  loraParameterCount,
  narayananParameterCount,
  parameterBreakdown,
  parameterCount,
  resolveArchitecture,
} from './model.ts'
import { findModelPreset, modelPresets } from './presets.ts'

const gpt = (layers: number, hiddenSize: number, attentionHeads: number) => ({
  layers,
  hiddenSize,
  attentionHeads,
  vocabSize: 51200,
  sequenceLength: 2048,
})

describe('narayananParameterCount', () => {
  // Narayanan et al. 2021 (arXiv:2104.04473) Table 1, compute.yaml megatron-ptdp-t1-*: the formula
  // rounds to the table's one-decimal billions (max difference 0.05 B).
  for (const row of megatronTable1) {
    it(`returns ${row.publishedBillions} B for ${row.id} (Narayanan 2021 Table 1, eq. 2)`, () => {
      const billions = narayananParameterCount(gpt(row.layers, row.hiddenSize, row.attentionHeads)) / 1e9
      expect(Math.abs(billions - row.publishedBillions)).toBeLessThanOrEqual(0.05)
    })
  }
})

describe('parameterCount', () => {
  it('returns eq. 2 plus the final LayerNorm (2h) for Megatron GPT', () => {
    for (const row of megatronTable1) {
      const model = gpt(row.layers, row.hiddenSize, row.attentionHeads)
      expect(parameterCount(model)).toBeCloseTo(narayananParameterCount(model) + 2 * row.hiddenSize, 0)
    }
  })

  it('returns the published sizes of the presets within 1.5 % (papers in presets.ts)', () => {
    for (const preset of modelPresets) {
      const ratio = parameterCount(preset.architecture) / preset.publishedParameters
      expect(Math.abs(ratio - 1), preset.id).toBeLessThan(0.015)
    }
  })

  it('returns 8.03 B for Llama 3 8B and 70.55 B for Llama 3 70B (Hugging Face model cards)', () => {
    expect(parameterCount(findModelPreset('llama3-8b').architecture) / 1e9).toBeCloseTo(8.03, 2)
    expect(parameterCount(findModelPreset('llama3-70b').architecture) / 1e9).toBeCloseTo(70.55, 2)
  })

  it('returns 46.7 B total and 12.9 B active for Mixtral 8x7B (Jiang et al. 2024 §2)', () => {
    const breakdown = parameterBreakdown(findModelPreset('mixtral-8x7b').architecture)
    expect(breakdown.total / 1e9).toBeCloseTo(46.7, 1)
    expect(breakdown.active / 1e9).toBeCloseTo(12.9, 1)
  })

  it('returns one more vocabulary matrix when embeddings are untied', () => {
    const tied = parameterCount(gpt(2, 64, 4))
    expect(parameterCount({ ...gpt(2, 64, 4), tiedEmbeddings: false }) - tied).toBe(51200 * 64)
  })
})

describe('resolveArchitecture', () => {
  it('throws UserError when attention heads are not a multiple of key-value heads', () => {
    expect(() => resolveArchitecture({ ...gpt(2, 64, 4), keyValueHeads: 3 })).toThrow(UserError)
  })

  it('throws UserError with a path for a zero layer count', () => {
    try {
      resolveArchitecture(gpt(0, 64, 4))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]?.path).toEqual(['model', 'layers'])
    }
  })
})

describe('findModelPreset', () => {
  it('returns a suggestion for a misspelt preset', () => {
    try {
      findModelPreset('llama3-8')
      expect.unreachable()
    } catch (error) {
      expect((error as UserError).issues[0]?.params?.suggestion).toBe('llama3-8b')
    }
  })
})

describe('loraParameterCount', () => {
  it('returns 37.7 M trainable parameters for GPT-3 175B with r = 8 on W_q and W_v (Hu et al. 2021 Table 4)', () => {
    const count = loraParameterCount(findModelPreset('gpt3-175b').architecture, 8, 'query-value')
    expect(Math.round(count / 1e5) / 10).toBe(37.7)
  })

  it('returns more adapters on all linear layers than on query and value', () => {
    const model = findModelPreset('llama3-8b').architecture
    expect(loraParameterCount(model, 16, 'all-linear')).toBeGreaterThan(
      loraParameterCount(model, 16, 'query-value'),
    )
  })
})
