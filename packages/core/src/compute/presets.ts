/**
 * @module compute/presets
 * Well-known architectures, each with the source of its hyper-parameters.
 */

import { closestNames } from '../text/closest.ts'
import type { ModelArchitecture } from './types.ts'
import { fail } from './validate.ts'

/** A named architecture and where its numbers come from. */
export interface ModelPreset {
  readonly id: string
  readonly architecture: ModelArchitecture
  /** Parameter count the authors publish, for a sanity check. */
  readonly publishedParameters: number
  readonly source: string
}

const llamaStyle = {
  gatedMlp: true,
  tiedEmbeddings: false,
  positionEmbedding: 'rotary',
  linearBiases: false,
  normalization: 'rmsnorm',
} as const

export const modelPresets: readonly ModelPreset[] = [
  {
    id: 'gpt3-175b',
    architecture: {
      name: 'GPT-3 175B',
      layers: 96,
      hiddenSize: 12288,
      attentionHeads: 96,
      vocabSize: 50257,
      sequenceLength: 2048,
    },
    publishedParameters: 175e9,
    source: 'Brown et al. 2020 (arXiv:2005.14165) Table 2.1: 96 layers, d_model 12288, 96 heads, n_ctx 2048',
  },
  {
    id: 'llama2-70b',
    architecture: {
      name: 'Llama 2 70B',
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      keyValueHeads: 8,
      ffnHiddenSize: 28672,
      vocabSize: 32000,
      sequenceLength: 4096,
      ...llamaStyle,
    },
    publishedParameters: 70e9,
    source:
      'Touvron et al. 2023 Llama 2 (arXiv:2307.09288) §2.2 (GQA, 4k context); sizes from meta-llama/Llama-2-70b config.json',
  },
  {
    id: 'llama3-8b',
    architecture: {
      name: 'Llama 3 8B',
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      keyValueHeads: 8,
      ffnHiddenSize: 14336,
      vocabSize: 128256,
      sequenceLength: 8192,
      ...llamaStyle,
    },
    publishedParameters: 8e9,
    source: 'Llama 3 Herd of Models (arXiv:2407.21783) Table 3',
  },
  {
    id: 'llama3-70b',
    architecture: {
      name: 'Llama 3 70B',
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      keyValueHeads: 8,
      ffnHiddenSize: 28672,
      vocabSize: 128256,
      sequenceLength: 8192,
      ...llamaStyle,
    },
    publishedParameters: 70e9,
    source: 'Llama 3 Herd of Models (arXiv:2407.21783) Table 3',
  },
  {
    id: 'llama3-405b',
    architecture: {
      name: 'Llama 3 405B',
      layers: 126,
      hiddenSize: 16384,
      attentionHeads: 128,
      keyValueHeads: 8,
      ffnHiddenSize: 53248,
      vocabSize: 128256,
      sequenceLength: 8192,
      ...llamaStyle,
    },
    publishedParameters: 405e9,
    source: 'Llama 3 Herd of Models (arXiv:2407.21783) Table 3',
  },
  {
    id: 'mixtral-8x7b',
    architecture: {
      name: 'Mixtral 8x7B',
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      keyValueHeads: 8,
      ffnHiddenSize: 14336,
      vocabSize: 32000,
      sequenceLength: 32768,
      experts: 8,
      expertsPerToken: 2,
      ...llamaStyle,
    },
    publishedParameters: 46.7e9,
    source: 'Jiang et al. 2024 Mixtral of Experts (arXiv:2401.04088) Table 1 and §2: 47B total, 13B active',
  },
]

/**
 * The preset with this id; throws a `UserError` with the closest ids when unknown.
 * @example
 * findModelPreset('llama3-8b').architecture.layers //=> 32
 */
export function findModelPreset(id: string): ModelPreset {
  const preset = modelPresets.find((candidate) => candidate.id === id)
  if (preset !== undefined) return preset
  const ids = modelPresets.map((candidate) => candidate.id)
  const suggestions = closestNames(id, ids)
  return fail(
    'unknown_model',
    ['model'],
    `Unknown model preset "${id}".${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
    {
      value: id,
      suggestion: suggestions[0] ?? null,
    },
  )
}
