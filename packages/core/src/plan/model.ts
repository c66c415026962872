/**
 * @module plan/model
 * The models a venture trains or serves: architecture, training runs (pre-training and the seed's
 * transfer learning as fine-tuning) and the serving profile. The compute planner reads these.
 */
import { z } from 'zod'
import {
  bool,
  id,
  list,
  month,
  oneOf,
  positiveInteger,
  positiveNumber,
  ratio,
  record,
  text,
  usd,
} from './fields.ts'

export const architectureSchema = record({
  preset: text()
    .optional()
    .describe(
      'A well-known architecture to start from (gpt3-175b, llama2-70b, llama3-8b, llama3-70b, llama3-405b, mixtral-8x7b); fields given here override it',
    ),
  kind: oneOf(['dense', 'moe']).default('dense'),
  parameters: positiveNumber().optional().describe('Total parameters; derived from the shape when omitted'),
  layers: positiveInteger().optional(),
  hiddenSize: positiveInteger().optional(),
  attentionHeads: positiveInteger().optional(),
  keyValueHeads: positiveInteger().optional().describe('Fewer than attentionHeads for GQA, 1 for MQA'),
  headDimension: positiveInteger().optional().describe('Default: hiddenSize / attentionHeads'),
  ffnHiddenSize: positiveInteger().optional(),
  vocabularySize: positiveInteger().optional().describe('Vocabulary size, or output classes of a classifier'),
  sequenceLength: positiveInteger().optional(),
  swiglu: bool().optional().describe('Gated MLP (three matrices). Default: the preset, else true'),
  tiedEmbeddings: bool().optional().describe('Default: the preset, else false'),
  positionEmbedding: oneOf(['rotary', 'learned']).optional().describe('Default: the preset, else rotary'),
  normalization: oneOf(['rmsnorm', 'layernorm']).optional().describe('Default: the preset, else rmsnorm'),
  linearBiases: bool().optional().describe('Default: the preset, else false'),
  attention: oneOf(['full', 'sliding-window', 'mla'])
    .optional()
    .describe('Sliding-window and MLA attention have KV caches the planner does not model'),
  experts: positiveInteger().optional(),
  expertsPerToken: positiveInteger().optional(),
})

export const parallelLayoutSchema = record({
  tensorParallel: positiveInteger().default(1),
  pipelineParallel: positiveInteger().default(1),
  microBatchSize: positiveInteger().default(1),
  interleavedStages: positiveInteger().default(1),
  zeroStage: z
    .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'expected:oneOf' })
    .default(1),
  recompute: oneOf(['none', 'selective', 'full']).default('selective'),
  sequenceParallel: bool().default(true),
})

export const trainingRunSchema = record({
  name: text().optional(),
  kind: oneOf(['pretraining', 'full-fine-tuning', 'lora']).default('pretraining'),
  tokens: positiveNumber().describe('Training tokens processed'),
  gpu: id().describe('GPU type from the hardware catalogue, e.g. h100-sxm'),
  gpus: positiveInteger(),
  startMonth: month(),
  precision: oneOf(['bf16', 'fp16', 'fp8']).default('bf16'),
  globalBatchSequences: positiveInteger()
    .optional()
    .describe('Sequences per optimizer step; default about 4M tokens for pre-training, 256K for fine-tuning'),
  layout: parallelLayoutSchema.optional().describe('Searched for the fastest fitting layout when omitted'),
  pue: positiveNumber().default(1.1).describe('Data-centre power usage effectiveness'),
  modelFlopsUtilization: ratio().optional().describe('Measured MFU to use instead of the estimate'),
  goodput: ratio().optional().describe('Share of wall-clock time doing useful training'),
  loraRank: positiveInteger().optional(),
  pricing: record({
    mode: oneOf(['on-demand', 'committed', 'owned']).default('on-demand'),
    pricePerGpuHourUsd: usd().optional().describe("Overrides the catalogue's typical rental price"),
    committedDiscount: ratio().default(0).describe('Discount on the rental price when mode is committed'),
    purchaseUsdPerGpu: usd()
      .optional()
      .describe('Owned hardware: purchase price per GPU including its server share'),
    lifetimeYears: positiveNumber().default(4).describe('Owned hardware: years over which it is amortised'),
    electricityUsdPerKWh: usd().default(0.1).describe('Owned hardware: price of electricity'),
  }).prefault({}),
  region: text().default('us').describe('Grid region for energy and CO2'),
})

export const servingProfileSchema = record({
  gpu: id(),
  gpusPerReplica: positiveInteger().default(1),
  requestsPerSecond: positiveNumber().default(1).describe('Peak requests per second to size the fleet for'),
  precision: oneOf(['bf16', 'fp16', 'fp8', 'int8', 'int4']).default('bf16'),
  averageInputTokens: positiveNumber(),
  averageOutputTokens: positiveNumber(),
  timeToFirstTokenTargetMs: positiveNumber().optional(),
  timePerOutputTokenTargetMs: positiveNumber().optional(),
  prefixCacheHitRate: ratio().default(0),
  pricePerGpuHourUsd: usd().optional(),
  region: text().default('us'),
})

export const modelSchema = record({
  id: id(),
  name: text(),
  architecture: architectureSchema,
  training: trainingRunSchema.optional().describe('The main (pre-)training run'),
  fineTuning: list(trainingRunSchema).default([]).describe('Transfer-learning runs on top of the model'),
  serving: servingProfileSchema.optional(),
})

export type Model = z.output<typeof modelSchema>
export type TrainingRun = z.output<typeof trainingRunSchema>
export type ServingProfile = z.output<typeof servingProfileSchema>
