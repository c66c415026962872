/**
 * @module analysis/layout-searches
 * The compute page's layout search for every training and fine-tuning run of the plan: the ranked layouts
 * that fit and the nearest misses with how many GiB each is over, by core's `searchLayouts` with the same
 * batch and precision the analysis plans the run with. A run that fits nowhere keeps its reason.
 */
import {
  architectureFromPlan,
  defaultGlobalBatchSequences,
  describeLayout,
  issueMessage,
  type Language,
  type LayoutSearchResult,
  searchLayouts,
  UserError,
  type VenturePlan,
} from '@avp/core'

export interface RunLayoutSearch {
  /** `models[0].training`, `models[1].fineTuning[0]`, … */
  readonly path: string
  readonly modelId: string
  readonly gpu: string
  readonly gpuCount: number
  readonly globalBatchSequences: number
  readonly result:
    | (LayoutSearchResult & {
        readonly descriptions: readonly string[]
        readonly missDescriptions: readonly string[]
      })
    | null
  /** Why no layout fits (the search's own message), when none does. */
  readonly failure: string | null
}

/**
 * The layout search of each run in `plan`, `top` ranked layouts each.
 * @example
 * layoutSearches(plan, 'en')[0]!.result!.ranked.length //=> 5
 */
export function layoutSearches(plan: VenturePlan, language: Language, top = 5): RunLayoutSearch[] {
  return plan.models.flatMap((model, modelIndex) => {
    const runs = [
      ...(model.training === undefined
        ? []
        : [{ run: model.training, path: `models[${modelIndex}].training` }]),
      ...model.fineTuning.map((run, index) => ({ run, path: `models[${modelIndex}].fineTuning[${index}]` })),
    ]
    if (runs.length === 0) return []
    const architecture = architectureFromPlan(model, ['models', modelIndex])
    return runs.map(({ run, path }): RunLayoutSearch => {
      const globalBatchSequences =
        run.globalBatchSequences ?? defaultGlobalBatchSequences(run, architecture.sequenceLength)
      const base = { path, modelId: model.id, gpu: run.gpu, gpuCount: run.gpus, globalBatchSequences }
      try {
        const result = searchLayouts({
          model: architecture,
          gpuId: run.gpu,
          gpuCount: run.gpus,
          globalBatchSequences,
          precision: run.precision === 'fp16' ? 'megatron-fp16' : 'megatron-bf16',
          fp8: run.precision === 'fp8',
          maxResults: top,
          language,
        })
        return {
          ...base,
          result: {
            ...result,
            descriptions: result.ranked.map((candidate) => describeLayout(candidate.layout, language)),
            missDescriptions: result.nearestMisses.map((miss) => describeLayout(miss.layout, language)),
          },
          failure: null,
        }
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        return {
          ...base,
          result: null,
          failure: error.issues.map((issue) => issueMessage(issue, language)).join('; ') || error.message,
        }
      }
    })
  })
}
