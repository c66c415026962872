/**
 * @module compute/flops
 * Matrix-multiply FLOPs of training. Closed forms from the papers for Megatron GPT, and a general
 * per-token count (GQA, gated MLP, MoE) that reduces to them.
 */

import { resolveArchitecture } from './model.ts'
import type { ModelArchitecture, RecomputeMode } from './types.ts'

/** The dimensions the closed forms use. */
export interface GptShape {
  readonly batchSequences: number
  readonly sequenceLength: number
  readonly layers: number
  readonly hiddenSize: number
  readonly vocabSize: number
}

/**
 * Narayanan et al. 2021 eq. 3, FLOPs per iteration with full recompute: 96·B·s·l·h²·(1 + s/(6h) + V/(16·l·h)).
 * @example
 * Math.round(narayananFullRecomputeFlops({ batchSequences: 512, sequenceLength: 2048, layers: 24, hiddenSize: 2304, vocabSize: 51200 }) / 1e13) //=> 1547
 */
export function narayananFullRecomputeFlops(shape: GptShape): number {
  const { batchSequences: b, sequenceLength: s, layers: l, hiddenSize: h, vocabSize: v } = shape
  return 96 * b * s * l * h * h * (1 + s / (6 * h) + v / (16 * l * h))
}

/**
 * Korthikanti et al. 2022 (arXiv:2205.05198) §6: model FLOPs per iteration, 72·B·s·l·h²·(1 + s/(6h) + V/(12·l·h)).
 * @example
 * korthikantiModelFlops({ batchSequences: 1, sequenceLength: 2048, layers: 1, hiddenSize: 2048, vocabSize: 0 }) //=> 721554505728
 */
export function korthikantiModelFlops(shape: GptShape): number {
  const { batchSequences: b, sequenceLength: s, layers: l, hiddenSize: h, vocabSize: v } = shape
  return 72 * b * s * l * h * h * (1 + s / (6 * h) + v / (12 * l * h))
}

/**
 * Korthikanti et al. 2022 §6: hardware FLOPs with selective recompute, 72·B·s·l·h²·(1 + s/(3h) + V/(12·l·h)).
 * @example
 * korthikantiSelectiveRecomputeFlops({ batchSequences: 1, sequenceLength: 2048, layers: 1, hiddenSize: 2048, vocabSize: 0 }) //=> 824633720832
 */
export function korthikantiSelectiveRecomputeFlops(shape: GptShape): number {
  const { batchSequences: b, sequenceLength: s, layers: l, hiddenSize: h, vocabSize: v } = shape
  return 72 * b * s * l * h * h * (1 + s / (3 * h) + v / (12 * l * h))
}

/** Forward FLOPs per token, split so recompute modes can add the right part again. */
export interface ForwardFlopsPerToken {
  /** Linear layers of all transformer layers (QKV, output projection, MLP of routed experts, router). */
  readonly layerMatmuls: number
  /** Attention scores and weighted values (QKᵀ and AV) of all layers. */
  readonly attentionCore: number
  /** Output projection to the vocabulary. */
  readonly logits: number
}

/**
 * Forward FLOPs per token at the model's sequence length (2 FLOPs per multiply-add). Attention counts the
 * full s×s square like Megatron's formulas; pass `causalHalf` to count only the causal half.
 * @example
 * forwardFlopsPerToken({ layers: 1, hiddenSize: 8, attentionHeads: 2, vocabSize: 10, sequenceLength: 4 }).logits //=> 160
 */
export function forwardFlopsPerToken(model: ModelArchitecture, causalHalf = false): ForwardFlopsPerToken {
  const arch = resolveArchitecture(model)
  const h = arch.hiddenSize
  const queryWidth = arch.attentionHeads * arch.headDim
  const keyValueWidth = arch.keyValueHeads * arch.headDim
  const projections = 2 * h * (queryWidth + 2 * keyValueWidth) + 2 * queryWidth * h
  const mlp = (arch.gatedMlp ? 6 : 4) * h * arch.ffnHiddenSize * arch.expertsPerToken
  const router = arch.experts > 1 ? 2 * h * arch.experts : 0
  const attentionCore = 4 * arch.sequenceLength * queryWidth * (causalHalf ? 0.5 : 1)
  return {
    layerMatmuls: arch.layers * (projections + mlp + router),
    attentionCore: arch.layers * attentionCore,
    logits: 2 * h * arch.vocabSize,
  }
}

/** Model and hardware FLOPs of one training iteration. */
export interface IterationFlops {
  /** Forward + backward (3 × forward): the numerator of MFU. */
  readonly modelFlops: number
  /** Model FLOPs plus the recomputed forward work: the numerator of HFU. */
  readonly hardwareFlops: number
}

/**
 * Training FLOPs for `batchSequences` sequences. Backward costs twice the forward; full recompute repeats
 * the layers' forward, selective recompute the attention core only (Korthikanti et al. 2022 §5).
 * With `frozenBase` (LoRA) the backward pass skips weight gradients of the base: one forward's worth.
 * @example
 * Math.round(iterationFlops({ layers: 24, hiddenSize: 2304, attentionHeads: 24, vocabSize: 51200, sequenceLength: 2048 }, 512, 'full').hardwareFlops / 1e13) //=> 1547
 */
export function iterationFlops(
  model: ModelArchitecture,
  batchSequences: number,
  recompute: RecomputeMode,
  frozenBase = false,
): IterationFlops {
  const perToken = forwardFlopsPerToken(model)
  const tokens = batchSequences * model.sequenceLength
  const forward = perToken.layerMatmuls + perToken.attentionCore + perToken.logits
  const recomputed =
    recompute === 'full'
      ? perToken.layerMatmuls + perToken.attentionCore
      : recompute === 'selective'
        ? perToken.attentionCore
        : 0
  const passes = frozenBase ? 2 : 3
  return { modelFlops: passes * forward * tokens, hardwareFlops: (passes * forward + recomputed) * tokens }
}

/**
 * The `6·N·D` rule of thumb (Kaplan et al. 2020; Hoffmann et al. 2022) with N the active parameters.
 * @example
 * sixNDFlops(70e9, 2e12) //=> 8.4e23
 */
export function sixNDFlops(activeParameters: number, tokens: number): number {
  return 6 * activeParameters * tokens
}
