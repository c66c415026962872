/**
 * @module commands/compute-run
 * What the compute calculators share: the flags of a model and a run, turning them (or a plan's model)
 * into planner input, planner errors addressed to flags, and aligned text output.
 */
import {
  formatPath,
  issueMessage,
  type ModelArchitecture,
  type ParallelLayout,
  parameterCount,
  planRunFromPlan,
  searchLayouts,
  type TrainingInput,
  type TrainingPlan,
  translate,
  UserError,
} from '@avp/core'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan } from '../plan-file.ts'
import { issuesForFlags, type ModelFlags, modelFromFlags, planModel } from './compute-options.ts'

export interface RunFlags extends ModelFlags {
  params?: number
  plan?: string
  model?: string
  tokens?: number
  gpu?: string
  gpus?: number
  batch?: number
  tp?: number
  pp?: number
  microBatch?: number
  interleave?: number
  recompute?: 'none' | 'selective' | 'full'
  zero?: number
  sp?: boolean
  flashAttention?: boolean
  precision?: 'bf16' | 'fp16' | 'fp8'
  price?: number
  discount?: number
  goodput?: number
  region?: string
  loraRank?: number
  json?: boolean
}

/** Runs a calculator, turning planner errors into flag-addressed messages and exit code 2. */
export async function guarded(context: CommandContext, work: () => Promise<number>): Promise<number> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    // Flags read better bare (`--gpu: …`) than as a plan path.
    const lines = issuesForFlags(error.issues).map((issue) => {
      const [first] = issue.path
      const where = typeof first === 'string' && first.startsWith('--') ? first : formatPath(issue.path)
      const source =
        issue.source === undefined
          ? ''
          : ` (${issue.source.file ?? ''}:${issue.source.line}:${issue.source.column})`
      return `${where}: ${issueMessage(issue, context.language)}${source}`
    })
    throw new CliError(lines, exitCodes.badInput)
  }
}

export function required<T>(value: T | undefined, flag: string): T {
  if (value !== undefined) return value
  throw new UserError('missing_flag', `${flag} is required`, [
    { code: 'missing', path: [flag], message: 'required, but missing' },
  ])
}

/** The training input the flags describe, or the plan's run for `--plan --model`. */
export async function trainingInput(
  flags: RunFlags,
  context: CommandContext,
  needLayout: boolean,
): Promise<{ model: ModelArchitecture; input?: TrainingInput; planned?: TrainingPlan }> {
  if (flags.plan !== undefined) {
    const { plan } = await loadPlan(flags.plan, context.io, context.language)
    const { model, index, architecture } = planModel(plan, required(flags.model, '--model'))
    const run = model.training ?? model.fineTuning[0]
    if (run === undefined) return { model: architecture }
    const runPath =
      model.training === undefined ? ['models', index, 'fineTuning', 0] : ['models', index, 'training']
    const planned = planRunFromPlan(architecture, run, runPath, ['models', index])
    const input: TrainingInput = {
      model: architecture,
      tokens: run.tokens,
      globalBatchSequences: planned.globalBatchSequences,
      gpuId: run.gpu,
      gpuCount: run.gpus,
      layout: planned.layout,
    }
    return { model: architecture, input, planned: planned.plan }
  }
  const model = modelFromFlags(flags)
  warnOnParameterMismatch(flags.params, model, context)
  if (!needLayout) return { model }
  const gpuCount = required(flags.gpus, '--gpus')
  const globalBatchSequences =
    flags.batch ?? 2 ** Math.max(0, Math.round(Math.log2((4 * 2 ** 20) / model.sequenceLength)))
  const gpuId = required(flags.gpu, '--gpu')
  const precision = flags.precision === 'fp16' ? 'megatron-fp16' : 'megatron-bf16'
  const fp8 = flags.precision === 'fp8'
  const layout: ParallelLayout =
    flags.tp === undefined && flags.pp === undefined
      ? searchLayouts({ model, gpuId, gpuCount, globalBatchSequences, precision, fp8, maxResults: 1 })
          .ranked[0]!.layout
      : {
          tensorParallel: flags.tp ?? 1,
          pipelineParallel: flags.pp ?? 1,
          dataParallel: Math.max(1, Math.floor(gpuCount / ((flags.tp ?? 1) * (flags.pp ?? 1)))),
          microBatchSize: flags.microBatch ?? 1,
          interleave: flags.interleave ?? 1,
          sequenceParallel: flags.sp ?? true,
          flashAttention: flags.flashAttention ?? true,
          recompute: flags.recompute ?? 'selective',
          zeroStage: (flags.zero ?? 1) as 0 | 1 | 2 | 3,
        }
  return {
    model,
    input: {
      model,
      tokens: required(flags.tokens, '--tokens'),
      globalBatchSequences,
      gpuId,
      gpuCount,
      layout,
      precision,
      fp8,
      ...(flags.price === undefined ? {} : { pricePerGpuHourUsd: flags.price }),
      ...(flags.discount === undefined ? {} : { committedDiscount: flags.discount }),
      ...(flags.goodput === undefined ? {} : { goodput: flags.goodput }),
      ...(flags.region === undefined ? {} : { gridRegion: flags.region }),
      ...(flags.loraRank === undefined ? {} : { fineTuning: { method: 'lora', rank: flags.loraRank } }),
    },
  }
}

/** Columns on a terminal: CJK characters take two cells. */
function displayWidth(text: string): number {
  let width = 0
  for (const character of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        character,
      )
        ? 2
        : 1
  return width
}

/** `--params` is a cross-check of the shape flags: say so when they disagree by more than 10 %. */
function warnOnParameterMismatch(
  stated: number | undefined,
  model: ModelArchitecture,
  context: CommandContext,
): void {
  if (stated === undefined) return
  const derived = parameterCount(model)
  if (Math.abs(derived / stated - 1) > 0.1) {
    const params = { stated: stated.toExponential(2), derived: derived.toExponential(2) }
    context.io.stderr(`${translate(context.language, 'compute.paramsMismatch', params)}\n`)
  }
}

export function printFigures(context: CommandContext, rows: ReadonlyArray<[string, string]>): void {
  const width = Math.max(...rows.map(([label]) => displayWidth(label)))
  for (const [label, value] of rows)
    context.io.stdout(`  ${label}${' '.repeat(width - displayWidth(label))}  ${value}\n`)
}
