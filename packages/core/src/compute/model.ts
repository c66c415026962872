/**
 * @module compute/model
 * Parameter counts from a transformer's architecture: the closed form of Narayanan et al. 2021 (eq. 2)
 * for Megatron GPT, and a general count covering GQA/MQA, gated MLPs, untied embeddings and MoE.
 */

import type { ModelArchitecture } from './types.ts'
import { fail, requirePositiveInteger } from './validate.ts'

/** An architecture with every default filled in. */
export interface ResolvedArchitecture {
  readonly layers: number
  readonly hiddenSize: number
  readonly attentionHeads: number
  readonly keyValueHeads: number
  readonly headDim: number
  readonly ffnHiddenSize: number
  readonly gatedMlp: boolean
  readonly vocabSize: number
  readonly sequenceLength: number
  readonly tiedEmbeddings: boolean
  readonly learnedPositions: boolean
  readonly linearBiases: boolean
  readonly normParameters: number
  readonly experts: number
  readonly expertsPerToken: number
  readonly attention: 'full' | 'sliding-window' | 'mla'
}

/**
 * Fills defaults and checks the architecture is consistent (e.g. heads divisible by key-value heads).
 * @example
 * resolveArchitecture({ layers: 2, hiddenSize: 64, attentionHeads: 4, vocabSize: 100, sequenceLength: 32 }).ffnHiddenSize //=> 256
 */
export function resolveArchitecture(
  model: ModelArchitecture,
  path: ReadonlyArray<string | number> = ['model'],
): ResolvedArchitecture {
  const layers = requirePositiveInteger(model.layers, [...path, 'layers'])
  const hiddenSize = requirePositiveInteger(model.hiddenSize, [...path, 'hiddenSize'])
  const attentionHeads = requirePositiveInteger(model.attentionHeads, [...path, 'attentionHeads'])
  const keyValueHeads = requirePositiveInteger(model.keyValueHeads ?? attentionHeads, [
    ...path,
    'keyValueHeads',
  ])
  if (attentionHeads % keyValueHeads !== 0) {
    fail(
      'heads_not_divisible',
      [...path, 'keyValueHeads'],
      `attentionHeads (${attentionHeads}) must be a multiple of keyValueHeads (${keyValueHeads}).`,
      {
        attentionHeads,
        keyValueHeads,
      },
    )
  }
  if (model.headDim === undefined && hiddenSize % attentionHeads !== 0) {
    fail(
      'hidden_not_divisible',
      [...path, 'hiddenSize'],
      `hiddenSize (${hiddenSize}) must be a multiple of attentionHeads (${attentionHeads}), or give headDim.`,
      {
        hiddenSize,
        attentionHeads,
      },
    )
  }
  const experts = requirePositiveInteger(model.experts ?? 1, [...path, 'experts'])
  const expertsPerToken = requirePositiveInteger(model.expertsPerToken ?? 1, [...path, 'expertsPerToken'])
  if (expertsPerToken > experts) {
    fail(
      'too_many_active_experts',
      [...path, 'expertsPerToken'],
      `expertsPerToken (${expertsPerToken}) cannot exceed experts (${experts}).`,
      {
        experts,
        expertsPerToken,
      },
    )
  }
  return {
    layers,
    hiddenSize,
    attentionHeads,
    keyValueHeads,
    headDim: requirePositiveInteger(model.headDim ?? hiddenSize / attentionHeads, [...path, 'headDim']),
    ffnHiddenSize: requirePositiveInteger(model.ffnHiddenSize ?? 4 * hiddenSize, [...path, 'ffnHiddenSize']),
    gatedMlp: model.gatedMlp ?? false,
    vocabSize: requirePositiveInteger(model.vocabSize, [...path, 'vocabSize']),
    sequenceLength: requirePositiveInteger(model.sequenceLength, [...path, 'sequenceLength']),
    tiedEmbeddings: model.tiedEmbeddings ?? true,
    learnedPositions: (model.positionEmbedding ?? 'learned') === 'learned',
    linearBiases: model.linearBiases ?? true,
    normParameters: (model.normalization ?? 'layernorm') === 'layernorm' ? 2 * hiddenSize : hiddenSize,
    experts,
    expertsPerToken,
    attention: model.attention ?? 'full',
  }
}

/**
 * Narayanan et al. 2021 (arXiv:2104.04473) eq. 2: P = 12·l·h²·(1 + 13/(12h) + (V+s)/(12·l·h)).
 * Reproduces Megatron-LM's Table 1 sizes (tied embeddings, learned positions, biases, LayerNorm).
 * @example
 * narayananParameterCount({ layers: 24, hiddenSize: 2304, vocabSize: 51200, sequenceLength: 2048 }) //=> 1652226048
 */
export function narayananParameterCount(model: {
  readonly layers: number
  readonly hiddenSize: number
  readonly vocabSize: number
  readonly sequenceLength: number
}): number {
  const { layers: l, hiddenSize: h, vocabSize: v, sequenceLength: s } = model
  return 12 * l * h * h * (1 + 13 / (12 * h) + (v + s) / (12 * l * h))
}

/** Parameters split by where they sit, and the active count per token for MoE. */
export interface ParameterBreakdown {
  readonly attentionPerLayer: number
  /** One expert's (or the dense) MLP. */
  readonly mlpPerExpert: number
  readonly routerPerLayer: number
  readonly normsPerLayer: number
  readonly embedding: number
  readonly total: number
  /** Parameters a token passes through (routed experts only). */
  readonly active: number
}

/**
 * Counts parameters layer by layer. With Megatron GPT settings it equals eq. 2 plus the final norm (2h).
 * @example
 * parameterBreakdown({ layers: 24, hiddenSize: 2304, attentionHeads: 24, vocabSize: 51200, sequenceLength: 2048 }).total //=> 1652230656
 */
export function parameterBreakdown(model: ModelArchitecture): ParameterBreakdown {
  const arch = resolveArchitecture(model)
  const h = arch.hiddenSize
  const queryWidth = arch.attentionHeads * arch.headDim
  const keyValueWidth = arch.keyValueHeads * arch.headDim
  const bias = arch.linearBiases ? 1 : 0
  const attentionPerLayer =
    h * queryWidth + 2 * h * keyValueWidth + queryWidth * h + bias * (queryWidth + 2 * keyValueWidth + h)
  const f = arch.ffnHiddenSize
  const mlpPerExpert = arch.gatedMlp ? 3 * h * f + bias * (2 * f + h) : 2 * h * f + bias * (f + h)
  const routerPerLayer = arch.experts > 1 ? h * arch.experts : 0
  const normsPerLayer = 2 * arch.normParameters
  const embedding =
    arch.vocabSize * h * (arch.tiedEmbeddings ? 1 : 2) + (arch.learnedPositions ? arch.sequenceLength * h : 0)
  const shared =
    arch.layers * (attentionPerLayer + routerPerLayer + normsPerLayer) + embedding + arch.normParameters
  return {
    attentionPerLayer,
    mlpPerExpert,
    routerPerLayer,
    normsPerLayer,
    embedding,
    total: shared + arch.layers * arch.experts * mlpPerExpert,
    active: shared + arch.layers * arch.expertsPerToken * mlpPerExpert,
  }
}

/**
 * Total parameters (all experts), the figure memory needs.
 * @example
 * parameterCount({ layers: 24, hiddenSize: 2304, attentionHeads: 24, vocabSize: 51200, sequenceLength: 2048 }) //=> 1652230656
 */
export function parameterCount(model: ModelArchitecture): number {
  return parameterBreakdown(model).total
}

/**
 * Trainable parameters of LoRA adapters: each adapted d_in × d_out matrix gains r·(d_in + d_out).
 * `query-value` adapts W_q and W_v (Hu et al. 2021 §4.2); `all-linear` adapts every projection and MLP
 * matrix of every expert (QLoRA, Dettmers et al. 2023 §4).
 * @example
 * loraParameterCount({ layers: 32, hiddenSize: 4096, attentionHeads: 32, vocabSize: 32000, sequenceLength: 2048 }, 8, 'query-value') //=> 4194304
 */
export function loraParameterCount(
  model: ModelArchitecture,
  rank: number,
  targetModules: 'query-value' | 'all-linear' = 'all-linear',
): number {
  const arch = resolveArchitecture(model)
  requirePositiveInteger(rank, ['fineTuning', 'rank'])
  const h = arch.hiddenSize
  const queryWidth = arch.attentionHeads * arch.headDim
  const keyValueWidth = arch.keyValueHeads * arch.headDim
  const query = rank * (h + queryWidth)
  const value = rank * (h + keyValueWidth)
  if (targetModules === 'query-value') return arch.layers * (query + value)
  const attention = 2 * query + 2 * value
  const mlp = (arch.gatedMlp ? 3 : 2) * rank * (h + arch.ffnHiddenSize) * arch.experts
  return arch.layers * (attention + mlp)
}
