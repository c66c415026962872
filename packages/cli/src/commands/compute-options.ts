/**
 * @module commands/compute-options
 * Reading the compute calculators' flags: numbers written the way engineers write them (`70e9`,
 * `1_000`), the model from flags, a preset or a plan, and mapping planner errors back to flag names.
 */

import {
  architectureFromPlan,
  findModelPreset,
  type Issue,
  type ModelArchitecture,
  UserError,
  type VenturePlan,
} from '@avp/core'

export { parseNumber } from '../options.ts'

/** Flags describing a model, shared by every calculator. */
export interface ModelFlags {
  preset?: string
  layers?: number
  hidden?: number
  heads?: number
  kvHeads?: number
  ffn?: number
  vocab?: number
  seq?: number
  experts?: number
  expertsPerToken?: number
  gpt?: boolean
}

const flagByField: Readonly<Record<string, string>> = {
  layers: '--layers',
  hiddenSize: '--hidden',
  attentionHeads: '--heads',
  keyValueHeads: '--kv-heads',
  ffnHiddenSize: '--ffn',
  vocabSize: '--vocab',
  sequenceLength: '--seq',
  experts: '--experts',
  expertsPerToken: '--experts-per-token',
  gpuId: '--gpu',
  gpuCount: '--gpus',
  tokens: '--tokens',
  globalBatchSequences: '--batch',
  tensorParallel: '--tp',
  pipelineParallel: '--pp',
  dataParallel: '--gpus',
  microBatchSize: '--micro-batch',
  interleave: '--interleave',
  zeroStage: '--zero',
  pricePerGpuHourUsd: '--price',
  committedDiscount: '--discount',
  goodput: '--goodput',
  requestsPerSecond: '--rps',
  inputTokens: '--input-tokens',
  outputTokens: '--output-tokens',
  tensorParallelServing: '--tp',
  budgetUsd: '--budget-usd',
  days: '--days',
  flops: '--flops',
  rank: '--lora-rank',
}

/** Re-addresses planner issues from field paths to the flag the user typed. */
export function issuesForFlags(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const last = [...issue.path]
      .reverse()
      .find((segment) => typeof segment === 'string' && segment in flagByField)
    return last === undefined ? issue : { ...issue, path: [flagByField[last as string]!] }
  })
}

/** The model the flags describe: a preset (with flag overrides) or a full set of shape flags. */
export function modelFromFlags(flags: ModelFlags): ModelArchitecture {
  const base: Partial<ModelArchitecture> =
    flags.preset === undefined ? {} : findModelPreset(flags.preset).architecture
  const given = (key: keyof ModelArchitecture, value: number | undefined) =>
    value === undefined ? {} : { [key]: value }
  const merged = {
    ...(flags.preset === undefined
      ? flags.gpt
        ? {}
        : {
            gatedMlp: true,
            tiedEmbeddings: false,
            positionEmbedding: 'rotary' as const,
            normalization: 'rmsnorm' as const,
            linearBiases: false,
          }
      : {}),
    ...base,
    ...given('layers', flags.layers),
    ...given('hiddenSize', flags.hidden),
    ...given('attentionHeads', flags.heads),
    ...given('keyValueHeads', flags.kvHeads),
    ...given('ffnHiddenSize', flags.ffn),
    ...given('vocabSize', flags.vocab),
    ...given('sequenceLength', flags.seq),
    ...given('experts', flags.experts),
    ...given('expertsPerToken', flags.expertsPerToken),
  }
  const missing = (['layers', 'hiddenSize', 'attentionHeads', 'vocabSize', 'sequenceLength'] as const).filter(
    (field) => merged[field] === undefined,
  )
  if (missing.length > 0) {
    throw new UserError(
      'missing_model_flags',
      'the model is not fully described',
      missing.map((field) => ({
        code: 'missing',
        path: [flagByField[field]!],
        message: 'required, but missing (or give --preset, or --plan with --model)',
      })),
    )
  }
  return merged as ModelArchitecture
}

/** The plan model with `id` and where it sits in the plan. */
export function planModel(plan: VenturePlan, id: string) {
  const index = plan.models.findIndex((model) => model.id === id)
  if (index < 0) {
    const known = plan.models.map((model) => model.id).join(', ') || '(none)'
    throw new UserError('unknown_model', `no model "${id}"`, [
      {
        code: 'unknown_reference',
        path: ['--model'],
        message: `no model has the id "${id}"; the plan has: ${known}`,
        params: { kind: 'model', value: id },
      },
    ])
  }
  const model = plan.models[index]!
  return { model, index, architecture: architectureFromPlan(model, ['models', index]) }
}
