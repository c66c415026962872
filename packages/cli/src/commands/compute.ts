/**
 * @module commands/compute
 * `avp compute train|memory|search|infer|optimal`: the compute planner's calculators, from flags or from
 * a model in a plan, as text or as JSON (`--json`; the JSON of `train` is a documented contract).
 */

import {
  budgetToOptimalModel,
  chinchillaOptimal,
  describeLayout,
  planInference,
  planTraining,
  searchLayouts,
  translate,
} from '@avp/core'
import { formatNumber } from '@avp/report'
import { Option } from '@commander-js/extra-typings'
import type { CommandContext, ProgramCommand } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { helpExamples } from '../help-text.ts'
import { parseNumber } from './compute-options.ts'

import {
  guarded,
  modelOptions,
  printFigures,
  type RunFlags,
  required,
  runOptions,
  trainingInput,
} from './compute-run.ts'

export function registerComputeCommands(
  program: ProgramCommand,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const { language } = context
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const number = (value: number | null, digits = 1) =>
    value === null ? '—' : formatNumber(value, language, digits)
  const compute = program.command('compute').description(t('compute.description'))
  const examples = (lines: readonly string[]) => helpExamples(language, lines)

  const train = runOptions(
    modelOptions(compute.command('train').description(t('compute.trainDescription')), language),
    language,
  )
  train.addHelpText(
    'after',
    examples([
      'avp compute train --preset llama3-70b --tokens 2e12 --gpu h100-sxm --gpus 1024 --tp 8 --pp 4',
      'avp compute train --layers 80 --hidden 8192 --heads 64 --kv-heads 8 --ffn 28672 --vocab 128256 --seq 4096 --tokens 2e12 --gpu h100-sxm --gpus 1024 --json',
      'avp compute train --plan examples/llm-api-cn-eu.yaml --model qm-13b',
    ]),
  )
  train.action(async (flags) =>
    setExitCode(
      await guarded(context, async () => {
        const { input, planned } = await trainingInput(flags as RunFlags, context, true)
        const result = planned ?? planTraining(required(input, '--tokens'))
        if ((flags as RunFlags).json) {
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
            [
              t('compute.memory'),
              `${number(result.memoryPerGpuGiB.total)} / ${number(result.gpuMemoryGiB)} GiB`,
            ],
          ])
        }
        return exitCodes.ok
      }),
    ),
  )

  const memory = runOptions(
    modelOptions(compute.command('memory').description(t('compute.memoryDescription')), language),
    language,
  )
  memory.addHelpText(
    'after',
    examples([
      'avp compute memory --preset llama3-8b --tokens 1e12 --gpu a100-80gb-sxm --gpus 8 --tp 2 --zero 2',
    ]),
  )
  memory.action(async (flags) =>
    setExitCode(
      await guarded(context, async () => {
        const { input, planned } = await trainingInput(flags as RunFlags, context, true)
        const result = planned ?? planTraining(required(input, '--tokens'))
        const m = result.memoryPerGpuGiB
        if ((flags as RunFlags).json)
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
      }),
    ),
  )

  const search = modelOptions(compute.command('search').description(t('compute.searchDescription')), language)
    .option('--gpus <n>', t('compute.gpusOption'), parseNumber)
    .option('--batch <sequences>', t('compute.batchOption'), parseNumber)
    .option('--top <n>', t('compute.topOption'), parseNumber, 5)
  search.addHelpText(
    'after',
    examples(['avp compute search --preset llama3-70b --gpu h100-sxm --gpus 1024 --batch 1024']),
  )
  search.action(async (searchFlags) =>
    setExitCode(
      await guarded(context, async () => {
        const flags = searchFlags as typeof searchFlags & RunFlags
        const { model } = await trainingInput(flags as RunFlags, context, false)
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
      }),
    ),
  )

  const infer = modelOptions(compute.command('infer').description(t('compute.inferDescription')), language)
    .option('--tp <n>', t('compute.tpOption'), parseNumber)
    .addOption(
      new Option('--precision <p>', t('compute.precisionOption')).choices([
        'bf16',
        'fp16',
        'fp8',
        'int8',
        'int4',
      ] as const),
    )
    .option('--rps <n>', t('compute.rpsOption'), parseNumber, 1)
    .option('--input-tokens <n>', t('compute.inputTokensOption'), parseNumber, 1000)
    .option('--output-tokens <n>', t('compute.outputTokensOption'), parseNumber, 200)
    .option('--ttft-ms <n>', t('compute.ttftOption'), parseNumber)
    .option('--tpot-ms <n>', t('compute.tpotOption'), parseNumber)
    .option('--cache-hit <fraction>', t('compute.cacheHitOption'), parseNumber)
    .option('--price <usd>', t('compute.priceOption'), parseNumber)
  infer.addHelpText(
    'after',
    examples([
      'avp compute infer --preset llama3-70b --gpu h100-sxm --tp 4 --precision fp8 --rps 20 --input-tokens 1500 --output-tokens 300',
    ]),
  )
  infer.action(async (inferFlags) =>
    setExitCode(
      await guarded(context, async () => {
        const flags = inferFlags as typeof inferFlags & Omit<RunFlags, 'precision'>
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
      }),
    ),
  )

  compute
    .command('optimal')
    .description(t('compute.optimalDescription'))
    .option('--flops <n>', t('compute.flopsOption'), parseNumber)
    .option('--budget-usd <n>', t('compute.budgetOption'), parseNumber)
    .option('--days <n>', t('compute.daysOption'), parseNumber)
    .option('--gpu <id>', t('compute.gpuOption'))
    .option('--gpus <n>', t('compute.gpusOption'), parseNumber)
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp compute optimal --flops 5.76e23',
        'avp compute optimal --budget-usd 2000000 --days 30 --gpu h100-sxm --gpus 256',
      ]),
    )
    .action(async (flags) =>
      setExitCode(
        await guarded(context, async () => {
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
        }),
      ),
    )
}
