/**
 * @module strategy/sustainability
 * Energy and CO2 of the venture's compute per year (seed question 19), by grid region, and what moving a
 * workload to a cleaner grid or to more efficient hardware would save. Training figures come from the
 * compute planner's run plans (`planTraining`, via the analysis' compute section); serving is a year of
 * the fleet's GPUs through `servingFootprintPerYear`.
 *
 * Savings are location-based (annual grid averages, `data/grid-intensity.ts`). The hardware saving
 * assumes the same utilisation on the alternative, so energy per unit of work scales with watts per
 * dense BF16 TFLOP/s; that is an upper bound when the alternative is harder to keep busy.
 */
import { findGridIntensity, gpus, gridIntensities, servingFootprintPerYear } from '../compute/index.ts'
import type { IssuePath } from '../errors.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'

/** The parts of the analysis' compute section this module reads (kept structural on purpose). */
export interface ComputeFigures {
  readonly models: ReadonlyArray<{ readonly id: string; readonly serving: { readonly gpus: number } | null }>
  readonly training: ReadonlyArray<{
    readonly modelId: string
    readonly name: string
    readonly startMonth: string
    readonly gpu: string
    readonly energyMWh: number | null
  }>
}

export interface Workload {
  readonly kind: 'training' | 'serving'
  readonly modelId: string
  readonly name: string
  readonly gpu: string
  readonly region: string
  /** Training: the year the run starts; serving: null (it recurs every year). */
  readonly year: number | null
  readonly energyMWh: number
  readonly co2Tonnes: number
  /** The cleanest grid in the catalogue and what moving there saves. */
  readonly cleanestRegion: string
  readonly regionSavingTonnes: number
  /** The catalogue GPU with the fewest watts per TFLOP/s and what moving to it saves. */
  readonly efficientGpu: string
  readonly hardwareSavingMWh: number
  readonly hardwareSavingTonnes: number
}

export interface Sustainability {
  readonly workloads: readonly Workload[]
  readonly servingEnergyMWhPerYear: number
  readonly servingCo2TonnesPerYear: number
  readonly trainingByYear: ReadonlyArray<{
    readonly year: number
    readonly energyMWh: number
    readonly co2Tonnes: number
  }>
  readonly byRegion: ReadonlyArray<{
    readonly region: string
    readonly kgPerKWh: number
    readonly energyMWh: number
    readonly co2Tonnes: number
  }>
  /** Training (all runs) plus one year of serving. */
  readonly totalEnergyMWh: number
  readonly totalCo2Tonnes: number
  readonly regionSavingTonnes: number
  readonly hardwareSavingTonnes: number
}

// Rows that describe one operator or the world, not a place a workload can move to.
const notAPlace = new Set(['llama-paper-us', 'meta-llama-3.1', 'world'])

/**
 * The catalogue grid with the lowest location-based intensity.
 * @example
 * cleanestGrid().id //=> 'no'
 */
export function cleanestGrid() {
  return findGridIntensity([...gridRows()].sort((a, b) => a.locationKgPerKWh - b.locationKgPerKWh)[0]!.id)
}

function gridRows() {
  return gridIntensities.filter((row) => !notAPlace.has(row.id))
}

/** Watts per dense BF16 TFLOP/s, the energy cost of a unit of work; null without a published TDP. */
export function wattsPerTflop(gpuId: string): number | null {
  const gpu = gpus.find((candidate) => candidate.id === gpuId)
  return gpu === undefined || gpu.tdpWatts === null ? null : gpu.tdpWatts / gpu.denseBf16Tflops
}

/**
 * The catalogue GPU with the fewest watts per TFLOP/s.
 * @example
 * mostEfficientGpu().id //=> 'b200'
 */
export function mostEfficientGpu() {
  return [...gpus]
    .filter((gpu) => gpu.tdpWatts !== null)
    .sort((a, b) => (wattsPerTflop(a.id) ?? 0) - (wattsPerTflop(b.id) ?? 0))[0]!
}

function workload(
  base: Pick<Workload, 'kind' | 'modelId' | 'name' | 'gpu' | 'region' | 'year' | 'energyMWh'>,
  path: IssuePath,
): Workload {
  const grid = findGridIntensity(base.region, path)
  const cleanest = cleanestGrid()
  const efficient = mostEfficientGpu()
  const own = wattsPerTflop(base.gpu)
  const best = wattsPerTflop(efficient.id) ?? 0
  const hardwareSavingMWh = own === null || own <= best ? 0 : base.energyMWh * (1 - best / own)
  return {
    ...base,
    co2Tonnes: base.energyMWh * grid.locationKgPerKWh,
    cleanestRegion: cleanest.id,
    regionSavingTonnes: Math.max(0, base.energyMWh * (grid.locationKgPerKWh - cleanest.locationKgPerKWh)),
    efficientGpu: efficient.id,
    hardwareSavingMWh,
    hardwareSavingTonnes: hardwareSavingMWh * grid.locationKgPerKWh,
  }
}

/**
 * Energy, CO2 and savings for every training run and serving fleet of the plan.
 * @example
 * analyzeSustainability(plan, analysis.compute).servingCo2TonnesPerYear //=> tonnes per year
 */
export function analyzeSustainability(
  plan: VenturePlan,
  compute: ComputeFigures | undefined,
): Sustainability {
  const workloads: Workload[] = []
  let trainingIndex = 0
  plan.models.forEach((model, modelIndex) => {
    const runs = [
      ...(model.training === undefined
        ? []
        : [{ run: model.training, path: ['models', modelIndex, 'training'] }]),
      ...model.fineTuning.map((run, index) => ({ run, path: ['models', modelIndex, 'fineTuning', index] })),
    ]
    for (const { run, path } of runs) {
      const figures = compute?.training[trainingIndex]
      trainingIndex += 1
      if (figures === undefined || figures.modelId !== model.id || figures.energyMWh === null) continue
      workloads.push(
        workload(
          {
            kind: 'training',
            modelId: model.id,
            name: figures.name,
            gpu: run.gpu,
            region: run.region,
            year: Number(run.startMonth.slice(0, 4)),
            energyMWh: figures.energyMWh,
          },
          [...path, 'region'],
        ),
      )
    }
    const serving = model.serving
    if (serving === undefined) return
    const gpu = gpus.find((candidate) => candidate.id === serving.gpu)
    if (gpu === undefined || gpu.tdpWatts === null) return
    const fleet =
      compute?.models.find((candidate) => candidate.id === model.id)?.serving?.gpus ?? serving.gpusPerReplica
    const path = ['models', modelIndex, 'serving', 'region']
    findGridIntensity(serving.region, path)
    const footprint = servingFootprintPerYear(fleet, gpu.tdpWatts, serving.region)
    workloads.push(
      workload(
        {
          kind: 'serving',
          modelId: model.id,
          name: `${model.name} serving`,
          gpu: serving.gpu,
          region: serving.region,
          year: null,
          energyMWh: footprint.energyMWhPerYear,
        },
        path,
      ),
    )
  })
  const serving = workloads.filter((item) => item.kind === 'serving')
  const training = workloads.filter((item) => item.kind === 'training')
  const years = [...new Set(training.map((item) => item.year ?? 0))].sort()
  const regions = [...new Set(workloads.map((item) => item.region))].sort()
  const sum = (items: readonly Workload[], pick: (item: Workload) => number) =>
    items.reduce((total, item) => total + pick(item), 0)
  return {
    workloads,
    servingEnergyMWhPerYear: sum(serving, (item) => item.energyMWh),
    servingCo2TonnesPerYear: sum(serving, (item) => item.co2Tonnes),
    trainingByYear: years.map((year) => {
      const items = training.filter((item) => item.year === year)
      return {
        year,
        energyMWh: sum(items, (item) => item.energyMWh),
        co2Tonnes: sum(items, (item) => item.co2Tonnes),
      }
    }),
    byRegion: regions.map((region) => {
      const items = workloads.filter((item) => item.region === region)
      return {
        region,
        kgPerKWh: findGridIntensity(region).locationKgPerKWh,
        energyMWh: sum(items, (item) => item.energyMWh),
        co2Tonnes: sum(items, (item) => item.co2Tonnes),
      }
    }),
    totalEnergyMWh: sum(workloads, (item) => item.energyMWh),
    totalCo2Tonnes: sum(workloads, (item) => item.co2Tonnes),
    regionSavingTonnes: sum(workloads, (item) => item.regionSavingTonnes),
    hardwareSavingTonnes: sum(workloads, (item) => item.hardwareSavingTonnes),
  }
}
