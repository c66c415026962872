/**
 * @module commands/compute
 * `avp compute train|memory|search|infer|optimal`: the compute planner's calculators, from flags or from
 * a model in a plan, as text or as JSON (`--json`; the JSON of `train` is a documented contract).
 */

import {
  budgetToOptimalModel,
  chinchillaOptimal,
  describeLayout,
  formatNumber,
  planInference,
  planTraining,
  searchLayouts,
  translate,
} from '@avp/core'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { guarded, printFigures, type RunFlags, required, trainingInput } from './compute-run.ts'

/** Words and numbers in the reader's language. */
function wordsFor(context: CommandContext) {
  const { language } = context
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const number = (value: number | null, digits = 1) =>
    value === null ? '—' : formatNumber(value, language, digits)
  return { t, number }
}

/** `avp compute train`: a training run's FLOPs, time, cost, energy and memory. */
export async function runTrain(flags: RunFlags, context: CommandContext): Promise<number> {
  const { t, number } = wordsFor(context)
  return guarded(context, async () => {
    const { input, planned } = await trainingInput(flags, context, true)
    const result = planned ?? planTraining(required(input, '--tokens'))
    if (flags.json) {
      context.io.stdout(`${JSON.stringify({ layout: input!.layout, ...result }, null, 2)}\n`)
    } else {
      printFigures(context, [
        [t('compute.parameters'), `${number(result.parameters / 1e9, 2)} B`],
        [t('compute.totalFlops'), result.totalFlops.toExponential(3)],
        [t('compute.stepTime'), `${number(result.stepTimeSeconds, 2)} s`],
        [
          t('compute.throughput'),
          `${number(result.achievedTflopsPerGpu)} TFLOP/s/GPU, MFU ${number(result.mfu * 100)} %`,
        ],
        [t('compute.tokensPerSecond'), number(result.tokensPerSecond, 0)],
        [
          t('compute.days'),
          `${number(result.days)} (${number(result.daysBand.low)}–${number(result.daysBand.high)})`,
        ],
        [t('compute.gpuHours'), number(result.gpuHours, 0)],
        [t('compute.cost'), result.costUsd === null ? '—' : `$${number(result.costUsd, 0)}`],
        [t('compute.energy'), `${number(result.energyMWh)} MWh, ${number(result.co2Tonnes)} t CO2e`],
        [t('compute.memory'), `${number(result.memoryPerGpuGiB.total)} / ${number(result.gpuMemoryGiB)} GiB`],
      ])
    }
    return exitCodes.ok
  })
}

/** `avp compute memory`: memory per GPU; exit 1 when it does not fit. */
export async function runMemory(flags: RunFlags, context: CommandContext): Promise<number> {
  const { t, number } = wordsFor(context)
  return guarded(context, async () => {
    const { input, planned } = await trainingInput(flags, context, true)
    const result = planned ?? planTraining(required(input, '--tokens'))
    const m = result.memoryPerGpuGiB
    if (flags.json)
      context.io.stdout(
        `${JSON.stringify({ memoryPerGpuGiB: m, gpuMemoryGiB: result.gpuMemoryGiB, fitsInMemory: result.fitsInMemory }, null, 2)}\n`,
      )
    else {
      printFigures(context, [
        [t('compute.weights'), `${number(m.weights, 2)} GiB`],
        [t('compute.gradients'), `${number(m.gradients, 2)} GiB`],
        [t('compute.optimizer'), `${number(m.optimizer, 2)} GiB`],
        [t('compute.activations'), `${number(m.activations, 2)} GiB`],
        [
          t('compute.total'),
          `${number(m.total, 2)} / ${number(result.gpuMemoryGiB)} GiB ${result.fitsInMemory ? '✓' : '✗'}`,
        ],
      ])
    }
    return result.fitsInMemory ? exitCodes.ok : exitCodes.checkFailed
  })
}

/** `avp compute search`: every valid layout, ranked, the winner explained. */
export async function runSearch(flags: RunFlags & { top: number }, context: CommandContext): Promise<number> {
  const { t, number } = wordsFor(context)
  const { language } = context
  return guarded(context, async () => {
    const { model } = await trainingInput(flags, context, false)
    const gpuCount = required(flags.gpus, '--gpus')
    const result = searchLayouts({
      model,
      gpuId: required(flags.gpu, '--gpu'),
      gpuCount,
      globalBatchSequences:
        flags.batch ?? 2 ** Math.max(0, Math.round(Math.log2((4 * 2 ** 20) / model.sequenceLength))),
      maxResults: flags.top,
      language,
    })
    if (flags.json) context.io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    else {
      context.io.stdout(
        `${t('compute.searched', { evaluated: result.evaluated, fitting: result.fitting })}\n`,
      )
      result.ranked.forEach((candidate, index) => {
        const layout = describeLayout(candidate.layout, language)
        context.io.stdout(
          `  ${index + 1}. ${layout}: ${number(candidate.stepTimeSeconds, 2)} s, MFU ${number(candidate.mfu * 100)} %, ${number(candidate.memoryPerGpuGiB)} GiB\n`,
        )
      })
      for (const line of result.explanation) context.io.stdout(`  ${line}\n`)
    }
    return exitCodes.ok
  })
}

export interface InferFlags extends Omit<RunFlags, 'precision'> {
  precision?: 'bf16' | 'fp16' | 'fp8' | 'int8' | 'int4'
  rps: number
  inputTokens: number
  outputTokens: number
  ttftMs?: number
  tpotMs?: number
  cacheHit?: number
}

/** `avp compute infer`: KV cache, latency, GPUs for a traffic profile, cost per million tokens. */
export async function runInfer(flags: InferFlags, context: CommandContext): Promise<number> {
  const { t, number } = wordsFor(context)
  const { language } = context
  return guarded(context, async () => {
    const { model } = await trainingInput(flags as RunFlags, context, false)
    const result = planInference({
      model,
      gpuId: required(flags.gpu, '--gpu'),
      requestsPerSecond: flags.rps,
      inputTokens: flags.inputTokens,
      outputTokens: flags.outputTokens,
      language,
      ...(flags.tp === undefined ? {} : { tensorParallel: flags.tp }),
      ...(flags.precision === undefined ? {} : { weightPrecision: flags.precision }),
      ...(flags.ttftMs === undefined ? {} : { maxTimeToFirstTokenSeconds: flags.ttftMs / 1000 }),
      ...(flags.tpotMs === undefined ? {} : { maxTimePerOutputTokenSeconds: flags.tpotMs / 1000 }),
      ...(flags.cacheHit === undefined ? {} : { prefixCacheHitRate: flags.cacheHit }),
      ...(flags.price === undefined ? {} : { pricePerGpuHourUsd: flags.price }),
    })
    if (flags.json) context.io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    else {
      printFigures(context, [
        [t('compute.weights'), `${number(result.weightsGiBPerGpu, 2)} GiB/GPU`],
        [
          t('compute.kvCache'),
          result.kvCache.modelled
            ? `${number(result.kvCache.bytesPerToken / 1024)} KiB/token`
            : result.kvCache.reason,
        ],
        [t('compute.gpusNeeded'), `${result.gpus} (${result.replicas} × ${flags.tp ?? 1})`],
        [
          t('compute.latency'),
          `TTFT ${number(result.timeToFirstTokenSeconds * 1000, 0)} ms, TPOT ${number(result.timePerOutputTokenSeconds * 1000, 1)} ms`,
        ],
        [
          t('compute.costPerMillion'),
          `$${number(result.costPerMillionInputTokensUsd, 3)} in / $${number(result.costPerMillionOutputTokensUsd, 3)} out`,
        ],
      ])
      for (const note of result.notes) context.io.stdout(`  ${note}\n`)
    }
    return exitCodes.ok
  })
}

export interface OptimalFlags {
  flops?: number
  budgetUsd?: number
  days?: number
  gpu?: string
  gpus?: number
  json?: boolean
}

/** `avp compute optimal`: the compute-optimal model for a FLOP budget or a money-and-time budget. */
export async function runOptimal(flags: OptimalFlags, context: CommandContext): Promise<number> {
  const { t, number } = wordsFor(context)
  return guarded(context, async () => {
    const result =
      flags.flops !== undefined
        ? { optimal: chinchillaOptimal(flags.flops) }
        : budgetToOptimalModel({
            budgetUsd: required(flags.budgetUsd, '--budget-usd'),
            days: required(flags.days, '--days'),
            gpuId: required(flags.gpu, '--gpu'),
            gpuCount: required(flags.gpus, '--gpus'),
          })
    if (flags.json) context.io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    else {
      printFigures(context, [
        [t('compute.parameters'), `${number(result.optimal.parameters / 1e9, 1)} B`],
        [t('compute.tokens'), `${number(result.optimal.tokens / 1e12, 2)} T`],
        [t('compute.totalFlops'), result.optimal.flops.toExponential(3)],
      ])
    }
    return exitCodes.ok
  })
}
