/**
 * @module finance/projection/training-spend
 * Every `models[].training` and `fineTuning` run as dated spend: the compute planner's `planTraining` cost,
 * spread evenly over the run's calendar days from the first day of its `startMonth`. When the plan names
 * no layout, the fastest fitting one from `searchLayouts` is used. A run that cannot be planned costs
 * nothing here and leaves a note with its path, so the gap is visible rather than silent.
 */
import {
  architectureFromPlan,
  type ComputeAnalysis,
  planRunFromPlan,
  type TrainingRunFigures,
} from '../../compute/index.ts'
import { type IssuePath, UserError } from '../../errors.ts'
import type { TrainingRun } from '../../plan/model.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { monthsBetween } from '../../time/month.ts'
import type { ProjectionNote, TrainingSpend } from './types.ts'

/** Every run of the plan with its path, in the compute analysis' order (a model's main run first). */
export function trainingRunsOf(
  plan: VenturePlan,
): Array<{ modelIndex: number; run: TrainingRun; path: IssuePath }> {
  return plan.models.flatMap((model, modelIndex) => [
    ...(model.training === undefined
      ? []
      : [{ modelIndex, run: model.training, path: ['models', modelIndex, 'training'] as IssuePath }]),
    ...model.fineTuning.map((run, index) => ({
      modelIndex,
      run,
      path: ['models', modelIndex, 'fineTuning', index] as IssuePath,
    })),
  ])
}

function plannedFigures(plan: VenturePlan, modelIndex: number, run: TrainingRun, path: IssuePath) {
  const modelPath = ['models', modelIndex]
  const planned = planRunFromPlan(
    architectureFromPlan(plan.models[modelIndex]!, modelPath),
    run,
    path,
    modelPath,
  )
  return { costUsd: planned.plan.costUsd, gpuHours: planned.plan.gpuHours, days: planned.plan.days }
}

/**
 * The dated spend of every training and fine-tuning run, from the analysis' compute section when given
 * (so each run is planned once), else from the planner; a run that cannot be planned or priced leaves a
 * note with its path instead of silently costing nothing.
 * @example
 * trainingSpends(plan).spends.map((spend) => spend.startMonth) //=> ['2027-01', '2027-04']
 */
export function trainingSpends(
  plan: VenturePlan,
  compute?: ComputeAnalysis,
): { spends: TrainingSpend[]; notes: ProjectionNote[] } {
  const spends: TrainingSpend[] = []
  const notes: ProjectionNote[] = []
  trainingRunsOf(plan).forEach(({ modelIndex, run, path }, order) => {
    const model = plan.models[modelIndex]!
    const name = run.name ?? `${model.id} ${run.kind}`
    let figures: Pick<TrainingRunFigures, 'costUsd' | 'gpuHours' | 'days'>
    const given = compute?.training[order]
    if (given !== undefined && given.modelId === model.id && given.startMonth === run.startMonth) {
      figures = given
    } else {
      try {
        figures = plannedFigures(plan, modelIndex, run, path)
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        notes.push({
          code: 'trainingNotPlanned',
          path: error.issues[0]?.path ?? path,
          params: { run: name, reason: error.message },
        })
        return
      }
    }
    if (figures.costUsd === null) {
      notes.push({ code: 'trainingNoPrice', path: [...path, 'pricing'], params: { run: name, gpu: run.gpu } })
      return
    }
    spends.push({
      modelId: model.id,
      name,
      path,
      startMonth: run.startMonth,
      days: figures.days,
      gpuHours: figures.gpuHours,
      basePricePerGpuHourUsd: run.pricing.pricePerGpuHourUsd ?? null,
      costUsd: figures.costUsd,
    })
  })
  return { spends, notes }
}

function daysInMonth(month: string): number {
  const year = Number(month.slice(0, 4))
  const monthNumber = Number(month.slice(5, 7))
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()
}

/**
 * Adds `costUsd`, spread evenly over `days` calendar days from the first of `startMonth`, into `series`
 * (indexed from `firstMonth`). Spend before the first month is sunk and left out.
 * @example
 * const series = [0, 0, 0]; spreadOverDays(series, '2025-12', '2026-01', 59, 1000) // 31 + 28 days: [0, 525.42, 474.58]
 */
export function spreadOverDays(
  series: number[],
  firstMonth: string,
  startMonth: string,
  days: number,
  costUsd: number,
): void {
  if (!(days > 0)) return
  const perDay = costUsd / days
  let remaining = days
  let offset = monthsBetween(firstMonth, startMonth)
  let month = startMonth
  while (remaining > 1e-9 && offset < series.length) {
    const length = daysInMonth(month)
    const used = Math.min(remaining, length)
    if (offset >= 0) series[offset] = (series[offset] ?? 0) + perDay * used
    remaining -= used
    offset += 1
    const year = Number(month.slice(0, 4))
    const monthNumber = Number(month.slice(5, 7))
    month =
      monthNumber === 12
        ? `${String(year + 1).padStart(4, '0')}-01`
        : `${month.slice(0, 5)}${String(monthNumber + 1).padStart(2, '0')}`
  }
}
