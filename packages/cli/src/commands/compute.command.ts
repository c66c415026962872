/**
 * @module commands/compute.command
 * `avp compute train|memory|search|infer|optimal`: the compute planner's calculators.
 */
import { type CommandSpec, jsonOption } from '../command-spec.ts'
import { modelFlags, numberFlag, runFlags } from './compute-flags.ts'

const trainCommand: CommandSpec = {
  name: 'train',
  description: (t) => t('compute.trainDescription'),
  options: [...modelFlags, ...runFlags],
  examples: [
    'avp compute train --preset llama3-70b --tokens 2e12 --gpu h100-sxm --gpus 1024 --tp 8 --pp 4',
    'avp compute train --layers 80 --hidden 8192 --heads 64 --kv-heads 8 --ffn 28672 --vocab 128256 --seq 4096 --tokens 2e12 --gpu h100-sxm --gpus 1024 --json',
    'avp compute train --plan examples/llm-api-cn-eu.yaml --model qm-13b',
  ],
  run: async ({ options, context }) => (await import('./compute.ts')).runTrain(options, context),
}

const memoryCommand: CommandSpec = {
  name: 'memory',
  description: (t) => t('compute.memoryDescription'),
  options: [...modelFlags, ...runFlags],
  examples: [
    'avp compute memory --preset llama3-8b --tokens 1e12 --gpu a100-80gb-sxm --gpus 8 --tp 2 --zero 2',
  ],
  run: async ({ options, context }) => (await import('./compute.ts')).runMemory(options, context),
}

const searchCommand: CommandSpec = {
  name: 'search',
  description: (t) => t('compute.searchDescription'),
  options: [
    ...modelFlags,
    numberFlag('--gpus <n>', 'compute.gpusOption'),
    numberFlag('--batch <sequences>', 'compute.batchOption'),
    { ...numberFlag('--top <n>', 'compute.topOption'), default: 5 },
  ],
  examples: ['avp compute search --preset llama3-70b --gpu h100-sxm --gpus 1024 --batch 1024'],
  run: async ({ options, context }) => (await import('./compute.ts')).runSearch(options, context),
}

const inferCommand: CommandSpec = {
  name: 'infer',
  description: (t) => t('compute.inferDescription'),
  options: [
    ...modelFlags,
    numberFlag('--tp <n>', 'compute.tpOption'),
    {
      flags: '--precision <p>',
      description: (t) => t('compute.precisionOption'),
      choices: ['bf16', 'fp16', 'fp8', 'int8', 'int4'],
    },
    { ...numberFlag('--rps <n>', 'compute.rpsOption'), default: 1 },
    { ...numberFlag('--input-tokens <n>', 'compute.inputTokensOption'), default: 1000 },
    { ...numberFlag('--output-tokens <n>', 'compute.outputTokensOption'), default: 200 },
    numberFlag('--ttft-ms <n>', 'compute.ttftOption'),
    numberFlag('--tpot-ms <n>', 'compute.tpotOption'),
    numberFlag('--cache-hit <fraction>', 'compute.cacheHitOption'),
    numberFlag('--price <usd>', 'compute.priceOption'),
  ],
  examples: [
    'avp compute infer --preset llama3-70b --gpu h100-sxm --tp 4 --precision fp8 --rps 20 --input-tokens 1500 --output-tokens 300',
  ],
  run: async ({ options, context }) => (await import('./compute.ts')).runInfer(options, context),
}

const optimalCommand: CommandSpec = {
  name: 'optimal',
  description: (t) => t('compute.optimalDescription'),
  options: [
    numberFlag('--flops <n>', 'compute.flopsOption'),
    numberFlag('--budget-usd <n>', 'compute.budgetOption'),
    numberFlag('--days <n>', 'compute.daysOption'),
    { flags: '--gpu <id>', description: (t) => t('compute.gpuOption') },
    numberFlag('--gpus <n>', 'compute.gpusOption'),
    jsonOption,
  ],
  examples: [
    'avp compute optimal --flops 5.76e23',
    'avp compute optimal --budget-usd 2000000 --days 30 --gpu h100-sxm --gpus 256',
  ],
  run: async ({ options, context }) => (await import('./compute.ts')).runOptimal(options, context),
}

export const computeCommand: CommandSpec = {
  name: 'compute',
  description: (t) => t('compute.description'),
  subcommands: [trainCommand, memoryCommand, searchCommand, inferCommand, optimalCommand],
}
