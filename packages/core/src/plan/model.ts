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
  preset: text().optional().describe('A well-known architecture to start from, e.g. llama-3-70b'),
  kind: oneOf(['dense', 'moe']).default('dense'),
  parameters: positiveNumber().optional().describe('Total parameters; derived from the shape when omitted'),
  layers: positiveInteger().optional(),
  hiddenSize: positiveInteger().optional(),
  attentionHeads: positiveInteger().optional(),
  keyValueHeads: positiveInteger().optional().describe('Fewer than attentionHeads for GQA, 1 for MQA'),
  ffnHiddenSize: positiveInteger().optional(),
  swiglu: bool().default(true),
  vocabularySize: positiveInteger().optional(),
  sequenceLength: positiveInteger().optional(),
  tiedEmbeddings: bool().default(false),
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
  globalBatchSequences: positiveInteger().optional(),
  layout: parallelLayoutSchema.optional().describe('Searched for the fastest fitting layout when omitted'),
  modelFlopsUtilization: ratio().optional().describe('Measured MFU to use instead of the estimate'),
  goodput: ratio().optional().describe('Share of wall-clock time doing useful training'),
  loraRank: positiveInteger().optional(),
  pricing: record({
    mode: oneOf(['on-demand', 'committed', 'owned']).default('on-demand'),
    pricePerGpuHourUsd: usd().optional().describe("Overrides the catalogue's typical rental price"),
    committedDiscount: ratio().default(0),
  }).prefault({}),
  region: text().default('us').describe('Grid region for energy and CO2'),
})

export const servingProfileSchema = record({
  gpu: id(),
  gpusPerReplica: positiveInteger().default(1),
  precision: oneOf(['bf16', 'fp16', 'fp8', 'int8', 'int4']).default('bf16'),
  averageInputTokens: positiveNumber(),
  averageOutputTokens: positiveNumber(),
  timeToFirstTokenTargetMs: positiveNumber().optional(),
  timePerOutputTokenTargetMs: positiveNumber().optional(),
  prefixCacheHitRate: ratio().default(0),
  pricePerGpuHourUsd: usd().optional(),
  minimumReplicas: positiveInteger().default(1),
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
