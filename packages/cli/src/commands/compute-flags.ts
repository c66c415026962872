/**
 * @module commands/compute-flags
 * The flags of the compute calculators as option specs: those describing a model (a preset, shape flags
 * or a plan's model) and those describing a training run. Light: the specs import only this.
 */
import type { MessageKey } from '@avp/core/i18n'
import { jsonOption, type OptionSpec } from '../command-spec.ts'
import { parseNumber } from '../options.ts'

/** A flag taking a number written the way engineers write them (`70e9`, `1_000`). */
export function numberFlag(flags: string, key: MessageKey): OptionSpec {
  return { flags, description: (t) => t(key), parse: parseNumber }
}
const number = numberFlag

/** A model: `--preset`, the shape flags, or `--plan` with `--model`; then `--gpu` and `--json`. */
export const modelFlags: readonly OptionSpec[] = [
  { flags: '--plan <file>', description: (t) => t('compute.planOption') },
  { flags: '--model <id>', description: (t) => t('compute.modelOption') },
  { flags: '--preset <id>', description: (t) => t('compute.presetOption') },
  number('--params <n>', 'compute.paramsOption'),
  number('--layers <n>', 'compute.layersOption'),
  number('--hidden <n>', 'compute.hiddenOption'),
  number('--heads <n>', 'compute.headsOption'),
  number('--kv-heads <n>', 'compute.kvHeadsOption'),
  number('--ffn <n>', 'compute.ffnOption'),
  number('--vocab <n>', 'compute.vocabOption'),
  number('--seq <n>', 'compute.seqOption'),
  number('--experts <n>', 'compute.expertsOption'),
  number('--experts-per-token <n>', 'compute.expertsPerTokenOption'),
  { flags: '--gpt', description: (t) => t('compute.gptOption') },
  { flags: '--gpu <id>', description: (t) => t('compute.gpuOption') },
  jsonOption,
]

/** A training run: tokens, GPUs, the layout (searched when `--tp`/`--pp` are absent), prices and region. */
export const runFlags: readonly OptionSpec[] = [
  number('--tokens <n>', 'compute.tokensOption'),
  number('--gpus <n>', 'compute.gpusOption'),
  number('--batch <sequences>', 'compute.batchOption'),
  number('--tp <n>', 'compute.tpOption'),
  number('--pp <n>', 'compute.ppOption'),
  number('--micro-batch <n>', 'compute.microBatchOption'),
  number('--interleave <n>', 'compute.interleaveOption'),
  {
    flags: '--recompute <mode>',
    description: (t) => t('compute.recomputeOption'),
    choices: ['none', 'selective', 'full'],
  },
  number('--zero <stage>', 'compute.zeroOption'),
  { flags: '--no-sp', description: (t) => t('compute.noSpOption') },
  { flags: '--no-flash-attention', description: (t) => t('compute.noFlashAttentionOption') },
  {
    flags: '--precision <p>',
    description: (t) => t('compute.precisionOption'),
    choices: ['bf16', 'fp16', 'fp8'],
  },
  number('--price <usd>', 'compute.priceOption'),
  number('--discount <fraction>', 'compute.discountOption'),
  number('--goodput <fraction>', 'compute.goodputOption'),
  { flags: '--region <id>', description: (t) => t('compute.regionOption') },
  number('--lora-rank <r>', 'compute.loraRankOption'),
]
