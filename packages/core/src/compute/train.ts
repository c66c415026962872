/**
 * @module compute/train
 * `planTraining`: one training run end to end — FLOPs, memory per GPU, step time, throughput, MFU/HFU,
 * wall-clock with goodput and an error band, GPU-hours, cost, energy and emissions.
 */

import type { GpuSpec } from '../data/gpus.ts'
import { type TimeBand, timeBand } from './calibration.ts'
import { calendarDays, llama3Goodput, ownedCostUsd, rentalCostUsd } from './cost.ts'
import { emissionsTonnes, energyMWh, findGridIntensity } from './energy.ts'
import type { IterationFlops } from './flops.ts'
import { findGpu, peakTflops } from './hardware.ts'
import { type ResolvedLayout, resolveLayout } from './layout.ts'
import { activationBytesPerGpu, modelStateBytes } from './memory.ts'
import {
  loraParameterCount,
  type ParameterBreakdown,
  parameterBreakdown,
  type ResolvedArchitecture,
  resolveArchitecture,
} from './model.ts'
import { efficiencyFor, type StepTimeBreakdown, stepTime } from './step-time.ts'
import type { ModelArchitecture, PrecisionRecipe, TrainingInput } from './types.ts'
import { requireFraction, requirePositive, requirePositiveInteger } from './validate.ts'

const gibibyte = 2 ** 30

/** Memory on the busiest GPU (first pipeline stage), GiB. */
export interface MemoryPerGpuGiB {
  readonly weights: number
  readonly gradients: number
  readonly optimizer: number
  readonly activations: number
  readonly total: number
}

/** Memory and step time of one layout: what planTraining and the layout search share. */
export interface LayoutEstimate {
  readonly memoryPerGpuGiB: MemoryPerGpuGiB
  readonly step: StepTimeBreakdown
}

/** Everything `evaluateLayout` needs, already validated. */
export interface LayoutContext {
  readonly model: ModelArchitecture
  readonly arch: ResolvedArchitecture
  readonly breakdown: ParameterBreakdown
  readonly gpu: GpuSpec
  readonly globalBatchSequences: number
  readonly precision: PrecisionRecipe
  readonly fp8: boolean
  /** LoRA adapter parameters when the base is frozen; undefined for full training. */
  readonly loraParameters?: number
}

/**
 * Memory per GPU and step time for a validated layout (see `searchLayouts` for a complete call).
 * @example
 * evaluateLayout(context, resolveLayout(layout, context.arch, gpuCount, batch)).memoryPerGpuGiB.total //=> GiB on the first stage
 * Parameters on the first stage: its share of the layers plus the input embedding, split over t.
 */
export function evaluateLayout(
  context: LayoutContext,
  layout: ResolvedLayout,
  flops?: IterationFlops,
): LayoutEstimate {
  const { arch, breakdown } = context
  const t = layout.tensorParallel
  const p = layout.pipelineParallel
  const layerParameters = (breakdown.total - breakdown.embedding - arch.normParameters) / arch.layers
  const firstStageParameters =
    (layerParameters * Math.ceil(arch.layers / p) +
      breakdown.embedding / (p > 1 && !arch.tiedEmbeddings ? 2 : 1)) /
    t
  let states = modelStateBytes(firstStageParameters, layout.dataParallel, layout.zeroStage, context.precision)
  if (context.loraParameters !== undefined) {
    // Frozen base: 16-bit weights only (sharded by ZeRO-3); adapters carry the full recipe.
    const adapters = modelStateBytes(
      context.loraParameters / (t * p),
      layout.dataParallel,
      layout.zeroStage,
      context.precision,
    )
    const frozenWeights = (2 * firstStageParameters) / (layout.zeroStage >= 3 ? layout.dataParallel : 1)
    states = {
      weights: frozenWeights + adapters.weights,
      gradients: adapters.gradients,
      optimizer: adapters.optimizer,
      total: frozenWeights + adapters.total,
    }
  }
  const activations = activationBytesPerGpu(
    {
      sequenceLength: arch.sequenceLength,
      microBatchSize: layout.microBatchSize,
      hiddenSize: arch.hiddenSize,
      attentionHeads: arch.attentionHeads,
      tensorParallel: t,
      sequenceParallel: layout.sequenceParallel,
      // FlashAttention stores what selective recompute stores: no s×s scores.
      recompute: layout.flashAttention && layout.recompute === 'none' ? 'selective' : layout.recompute,
    },
    arch.layers,
    p,
    layout.microBatches,
    layout.interleave,
  )
  const step = stepTime({
    model: context.model,
    arch,
    parameters: breakdown.total,
    ...(context.loraParameters === undefined ? {} : { trainableParameters: context.loraParameters }),
    gpu: context.gpu,
    globalBatchSequences: context.globalBatchSequences,
    tensorParallel: t,
    pipelineParallel: p,
    dataParallel: layout.dataParallel,
    microBatchSize: layout.microBatchSize,
    interleave: layout.interleave,
    sequenceParallel: layout.sequenceParallel,
    recompute: layout.recompute,
    zeroStage: layout.zeroStage,
    precision: context.precision,
    gradientReduceOverlap: layout.gradientReduceOverlap,
    fp8: context.fp8,
    flashAttention: layout.flashAttention,
    ...(flops === undefined ? {} : { flops }),
    constants: efficiencyFor(context.gpu.id),
  })
  return {
    memoryPerGpuGiB: {
      weights: states.weights / gibibyte,
      gradients: states.gradients / gibibyte,
      optimizer: states.optimizer / gibibyte,
      activations: activations / gibibyte,
      total: (states.total + activations) / gibibyte,
    },
    step,
  }
}

/** The result of `planTraining`: the JSON contract of `avp compute train`. */
export interface TrainingPlan {
  readonly parameters: number
  readonly activeParameters: number
  /** Parameters receiving gradients: all of them, or the LoRA adapters. */
  readonly trainableParameters: number
  /** Model FLOPs of the whole run (no recompute): what compute thresholds count. */
  readonly totalFlops: number
  /** FLOPs the GPUs execute, recompute included. */
  readonly totalHardwareFlops: number
  readonly steps: number
  readonly stepTimeSeconds: number
  readonly stepTime: StepTimeBreakdown
  readonly achievedTflopsPerGpu: number
  /** Model FLOPs utilisation, 0–1. */
  readonly mfu: number
  /** Hardware FLOPs utilisation, 0–1. */
  readonly hfu: number
  readonly tokensPerSecond: number
  readonly goodput: number
  /** Calendar days including goodput loss. */
  readonly days: number
  readonly daysBand: { readonly low: number; readonly high: number; readonly basis: string }
  /** GPU-hours billed: every GPU for the calendar duration. */
  readonly gpuHours: number
  /** Null when no price is known for the GPU and none was given. */
  readonly costUsd: number | null
  readonly energyMWh: number | null
  /** Location-based tonnes CO2e. */
  readonly co2Tonnes: number | null
  readonly co2MarketTonnes: number | null
  readonly memoryPerGpuGiB: MemoryPerGpuGiB
  readonly gpuMemoryGiB: number
  readonly fitsInMemory: boolean
  readonly assumptions: readonly string[]
}

/**
 * Plans a training run.
 * @example
 * const plan = planTraining({ model: findModelPreset('llama3-8b').architecture, tokens: 1e12, globalBatchSequences: 512,
 *   gpuId: 'h100-sxm', gpuCount: 64, layout: { tensorParallel: 1, pipelineParallel: 1, dataParallel: 64, microBatchSize: 1, recompute: 'selective', zeroStage: 1 } })
 * Math.round(plan.mfu * 100) / 100 //=> 0.5
 */
export function planTraining(input: TrainingInput): TrainingPlan {
  const gpu = findGpu(input.gpuId)
  const gpuCount = requirePositiveInteger(input.gpuCount, ['gpuCount'])
  const tokens = requirePositive(input.tokens, ['tokens'])
  const globalBatchSequences = requirePositiveInteger(input.globalBatchSequences, ['globalBatchSequences'])
  const arch = resolveArchitecture(input.model)
  const layout = resolveLayout(input.layout, arch, gpuCount, globalBatchSequences)
  const precision = input.precision ?? 'megatron-bf16'
  const fp8 = input.fp8 ?? false
  const goodput = requireFraction(input.goodput ?? llama3Goodput.value, ['goodput'], 0.01)
  const breakdown = parameterBreakdown(input.model)
  const fineTuning = input.fineTuning ?? { method: 'full' }
  const loraParameters =
    fineTuning.method === 'lora'
      ? loraParameterCount(input.model, fineTuning.rank, fineTuning.targetModules)
      : undefined
  const { memoryPerGpuGiB, step } = evaluateLayout(
    {
      model: input.model,
      arch,
      breakdown,
      gpu,
      globalBatchSequences,
      precision,
      fp8,
      ...(loraParameters === undefined ? {} : { loraParameters }),
    },
    layout,
  )

  const tokensPerStep = globalBatchSequences * arch.sequenceLength
  const steps = Math.ceil(tokens / tokensPerStep)
  const stepTimeSeconds = step.totalSeconds
  const peak = peakTflops(gpu, fp8) * 1e12
  const achievedFlopsPerGpu = step.hardwareFlops / (gpuCount * stepTimeSeconds)
  const idealSeconds = steps * stepTimeSeconds
  const days = calendarDays(idealSeconds, goodput)
  const band: TimeBand = timeBand(gpu.id)
  const gpuHours = gpuCount * days * 24

  const price =
    input.pricePerGpuHourUsd === undefined
      ? gpu.rentalUsdPerGpuHour
      : requirePositive(input.pricePerGpuHourUsd, ['pricePerGpuHourUsd'])
  const pue = requirePositive(input.pue ?? 1.1, ['pue'])
  const powerUtilisation = requireFraction(input.powerUtilisation ?? 1, ['powerUtilisation'], 0.01)
  const powerWatts = gpu.tdpWatts
  const energy =
    powerWatts === null
      ? null
      : energyMWh({
          gpuHours,
          gpuPowerWatts: powerWatts,
          serverOverhead: input.includeServerOverhead === true ? gpu.serverPowerOverhead : 1,
          utilisation: powerUtilisation,
          pue,
        })
  const region = findGridIntensity(input.gridRegion ?? 'llama-paper-us')
  const locationKg = input.gridKgPerKWh ?? region.locationKgPerKWh
  const marketKg = input.marketKgPerKWh ?? region.marketKgPerKWh

  let costUsd: number | null = null
  if (input.ownership !== undefined) {
    costUsd = ownedCostUsd({
      gpuHours,
      purchaseUsdPerGpu: input.ownership.purchaseUsdPerGpu,
      lifetimeYears: input.ownership.lifetimeYears,
      energyMWh: energy ?? 0,
      electricityUsdPerKWh: input.ownership.electricityUsdPerKWh,
    })
  } else if (price !== null) {
    costUsd = rentalCostUsd(
      gpuHours,
      price,
      requireFraction(input.committedDiscount ?? 0, ['committedDiscount']),
    )
  }

  return {
    parameters: breakdown.total,
    activeParameters: breakdown.active,
    trainableParameters: loraParameters ?? breakdown.total,
    totalFlops: step.modelFlops * steps,
    totalHardwareFlops: step.hardwareFlops * steps,
    steps,
    stepTimeSeconds,
    stepTime: step,
    achievedTflopsPerGpu: achievedFlopsPerGpu / 1e12,
    mfu: step.modelFlops / (gpuCount * stepTimeSeconds) / peak,
    hfu: achievedFlopsPerGpu / peak,
    tokensPerSecond: tokensPerStep / stepTimeSeconds,
    goodput,
    days,
    daysBand: { low: days * band.lowFactor, high: days * band.highFactor, basis: band.basis },
    gpuHours,
    costUsd,
    energyMWh: energy,
    co2Tonnes: energy === null ? null : emissionsTonnes(energy, locationKg),
    co2MarketTonnes: energy === null || marketKg === null ? null : emissionsTonnes(energy, marketKg),
    memoryPerGpuGiB,
    gpuMemoryGiB: gpu.memoryGiB,
    fitsInMemory: memoryPerGpuGiB.total <= gpu.memoryGiB,
    assumptions: [
      `goodput ${goodput} (${input.goodput === undefined ? llama3Goodput.source : 'given'})`,
      `efficiency constants calibrated on A100 (Narayanan et al. 2021 Table 1); band ${band.basis}`,
      `energy: ${powerWatts === null ? 'no published TDP for this accelerator' : `${powerWatts} W per GPU`}, PUE ${pue}`,
      `grid ${input.gridKgPerKWh === undefined ? region.source : 'given'}`,
      'memory: first pipeline stage; MoE experts sharded by tensor parallelism only (no expert parallelism)',
    ],
  }
}
