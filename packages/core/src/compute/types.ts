/**
 * @module compute/types
 * Plain input and output shapes of the compute planner. Every field names its unit; optional fields
 * have documented defaults applied by the functions that read them.
 */

import type { Language } from '../i18n/translate.ts'

/** Attention variant; only `full` (with GQA/MQA through `keyValueHeads`) has a modelled KV cache. */
export type AttentionKind = 'full' | 'sliding-window' | 'mla'

/** A decoder-only transformer, dense or mixture-of-experts. */
export interface ModelArchitecture {
  readonly name?: string
  readonly layers: number
  readonly hiddenSize: number
  readonly attentionHeads: number
  /** Key/value heads (GQA query groups); equal to `attentionHeads` for MHA, 1 for MQA. Default: heads. */
  readonly keyValueHeads?: number
  /** Per-head dimension. Default: hiddenSize / attentionHeads. */
  readonly headDim?: number
  /** MLP inner size. Default: 4 × hiddenSize. */
  readonly ffnHiddenSize?: number
  /** Gated MLP (SwiGLU/GeGLU: three matrices instead of two). Default false. */
  readonly gatedMlp?: boolean
  readonly vocabSize: number
  /** Training / context sequence length, tokens. */
  readonly sequenceLength: number
  /** Input and output embeddings share one matrix. Default true. */
  readonly tiedEmbeddings?: boolean
  /** Learned absolute position embeddings add sequenceLength × hiddenSize parameters. Default 'learned'. */
  readonly positionEmbedding?: 'learned' | 'rotary'
  /** Linear layers carry biases (GPT-2/3, Megatron GPT). Default true. */
  readonly linearBiases?: boolean
  /** LayerNorm has weight and bias (2h); RMSNorm only weight (h). Default 'layernorm'. */
  readonly normalization?: 'layernorm' | 'rmsnorm'
  /** Mixture-of-experts: experts per MoE layer (every layer). Default 1 (dense). */
  readonly experts?: number
  /** Experts each token is routed to. Default 1. */
  readonly expertsPerToken?: number
  /** Default 'full'. */
  readonly attention?: AttentionKind
}

/** Activation recomputation (checkpointing) mode. */
export type RecomputeMode = 'none' | 'selective' | 'full'

/**
 * Mixed-precision recipe, i.e. bytes per parameter held by weights, gradients and optimizer state:
 * - `zero-paper`: ZeRO's accounting, 2 + 2 + 12 (Rajbhandari et al. 2019 §3.1)
 * - `megatron-fp16`: fp16 params and grads, fp32 master + Adam 16 (Megatron distributed optimizer docs)
 * - `megatron-bf16`: bf16 params, fp32 main grads 4, fp32 master + Adam 12
 * - `fp32`: 4 + 4 + Adam 8
 */
export type PrecisionRecipe = 'zero-paper' | 'megatron-fp16' | 'megatron-bf16' | 'fp32'

/** ZeRO stage: 0 none, 1 optimizer sharded (= Megatron distributed optimizer), 2 + gradients, 3 + parameters. */
export type ZeroStage = 0 | 1 | 2 | 3

/** A parallel layout. gpuCount = tensorParallel × pipelineParallel × dataParallel. */
export interface ParallelLayout {
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly dataParallel: number
  /** Sequences per micro-batch. */
  readonly microBatchSize: number
  /** Model chunks per pipeline stage (interleaved 1F1B); 1 = plain 1F1B. Default 1. */
  readonly interleave?: number
  readonly sequenceParallel?: boolean
  readonly recompute?: RecomputeMode
  readonly zeroStage?: ZeroStage
  /** Fused attention kernels (FlashAttention): no s×s scores stored or re-read. Default true. */
  readonly flashAttention?: boolean
  /** Fraction (0–1) of the data-parallel gradient reduction hidden behind the backward pass. Default 0.5. */
  readonly gradientReduceOverlap?: number
}

/**
 * Fine-tuning mode. `full` trains every weight (same as pre-training). `lora` freezes the base weights and
 * trains rank-r adapters (Hu et al. 2021, arXiv:2106.09685): on the query and value projections as in
 * the paper, or on every linear layer as QLoRA does (Dettmers et al. 2023, arXiv:2305.14314).
 */
export type FineTuning =
  | { readonly method: 'full' }
  | { readonly method: 'lora'; readonly rank: number; readonly targetModules?: 'query-value' | 'all-linear' }

/** Input of `planTraining`. */
export interface TrainingInput {
  readonly model: ModelArchitecture
  /** Tokens to train on. */
  readonly tokens: number
  /** Sequences per optimizer step (global batch). */
  readonly globalBatchSequences: number
  readonly gpuId: string
  readonly gpuCount: number
  readonly layout: ParallelLayout
  /** Default 'megatron-bf16'. */
  readonly precision?: PrecisionRecipe
  /** Default: full training of every weight. */
  readonly fineTuning?: FineTuning
  /** Use FP8 tensor peak for the matmuls (where the GPU has it). Default false. */
  readonly fp8?: boolean
  /** Override the catalogue rental price. */
  readonly pricePerGpuHourUsd?: number
  /** Committed-use discount, 0–1. Default 0. */
  readonly committedDiscount?: number
  /** Owned hardware instead of rental: cost = amortised purchase + electricity. */
  readonly ownership?: {
    readonly purchaseUsdPerGpu: number
    readonly lifetimeYears: number
    readonly electricityUsdPerKWh: number
  }
  /** Fraction of wall-clock time spent on useful training (failures, restarts). Default: Llama 3's 0.9. */
  readonly goodput?: number
  /** Data-centre power usage effectiveness. Default 1.1. */
  readonly pue?: number
  /** Average fraction of server peak power drawn. Default 1 (the TDP convention of LLaMA / Llama 2). */
  readonly powerUtilisation?: number
  /** Apply the server overhead factor from the catalogue. Default false (LLaMA convention: GPU TDP only). */
  readonly includeServerOverhead?: boolean
  /** Grid region id from data/grid-intensity, or explicit factors. Default 'llama-paper-us'. */
  readonly gridRegion?: string
  readonly gridKgPerKWh?: number
  readonly marketKgPerKWh?: number
}

/** Numeric precision of weights or KV cache at inference. */
export type InferencePrecision = 'fp32' | 'bf16' | 'fp16' | 'fp8' | 'int8' | 'int4'

/** Input of `planInference`. */
export interface InferenceInput {
  readonly model: ModelArchitecture
  readonly gpuId: string
  /** GPUs per model replica (tensor parallel). Default 1. */
  readonly tensorParallel?: number
  /** Default 'bf16'. */
  readonly weightPrecision?: InferencePrecision
  /** Default 'bf16'. */
  readonly kvCachePrecision?: InferencePrecision
  /** Weight sparsity; only '2:4' on GPUs with sparse tensor cores changes anything. Default 'none'. */
  readonly sparsity?: 'none' | 'unstructured' | '2:4'
  /** Traffic profile. */
  readonly requestsPerSecond: number
  readonly inputTokens: number
  readonly outputTokens: number
  /** Fraction of input tokens served from a prefix cache, 0–1. Default 0. */
  readonly prefixCacheHitRate?: number
  /** Latency targets. */
  readonly maxTimeToFirstTokenSeconds?: number
  readonly maxTimePerOutputTokenSeconds?: number
  readonly pricePerGpuHourUsd?: number
  /** Fraction of tensor peak prefill reaches. Default 0.5. */
  readonly prefillEfficiency?: number
  /** Fraction of HBM bandwidth decode reaches (MBU). Default 0.7. */
  readonly decodeBandwidthEfficiency?: number
  /** Fraction of HBM usable for weights + KV (framework, activations, fragmentation). Default 0.9. */
  readonly usableMemoryFraction?: number
  readonly pue?: number
  readonly gridRegion?: string
  /** Language of the notes. Default English. */
  readonly language?: Language
}
