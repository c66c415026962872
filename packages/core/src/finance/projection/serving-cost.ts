/**
 * @module finance/projection/serving-cost
 * Serving compute price per million tokens for each product: the compute planner's `planInference` over the
 * product's `servingModel` and that model's `serving` profile. The figures come from the analysis' compute
 * section when the caller has it (so the model is planned once), else from the planner directly. A product
 * without a serving profile serves at no modelled cost, and a note says so.
 */
import {
  architectureFromPlan,
  type ComputeAnalysis,
  planServingFromPlan,
  type ServingFigures,
} from '../../compute/index.ts'
import { UserError } from '../../errors.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import type { ProjectionNote, ServingCost } from './types.ts'

function figuresFromPlanner(plan: VenturePlan, modelIndex: number): ServingFigures | string {
  const model = plan.models[modelIndex]!
  const modelPath = ['models', modelIndex]
  try {
    const inference = planServingFromPlan(
      architectureFromPlan(model, modelPath),
      model.serving!,
      [...modelPath, 'serving'],
      modelPath,
    )
    return {
      modelId: model.id,
      gpu: model.serving!.gpu,
      gpus: inference.gpus,
      replicas: inference.replicas,
      timeToFirstTokenMs: inference.timeToFirstTokenSeconds * 1000,
      timePerOutputTokenMs: inference.timePerOutputTokenSeconds * 1000,
      meetsLatencyTargets: inference.meetsLatencyTargets,
      costPerMillionInputTokensUsd: inference.costPerMillionInputTokensUsd,
      costPerMillionOutputTokensUsd: inference.costPerMillionOutputTokensUsd,
      costPerHourUsd: inference.costPerHourUsd,
      energyMWhPerYear: null,
      co2TonnesPerYear: null,
      notes: inference.notes,
    }
  } catch (error) {
    if (error instanceof UserError) return error.message
    throw error
  }
}

/**
 * The serving price per million input and output tokens of every product (in plan order), and notes on
 * the products whose serving could not be priced.
 * @example
 * servingCosts(plan, analysis.compute).costs[0]?.outputUsdPerMillionTokens // e.g. 0.12
 */
export function servingCosts(
  plan: VenturePlan,
  compute?: ComputeAnalysis,
): { costs: ServingCost[]; notes: ProjectionNote[] } {
  const notes: ProjectionNote[] = []
  const costs = plan.products.map((product, productIndex): ServingCost => {
    const free = {
      productId: product.id,
      inputUsdPerMillionTokens: 0,
      outputUsdPerMillionTokens: 0,
      inputTokenShare: 1,
    }
    const note = (code: string, params: Record<string, string | number>) =>
      notes.push({
        code,
        path: ['products', productIndex, 'servingModel'],
        params: { product: product.id, ...params },
      })
    if (product.servingModel === undefined) return free
    const modelIndex = plan.models.findIndex((model) => model.id === product.servingModel)
    const model = plan.models[modelIndex]
    if (model === undefined) {
      note('servingUnknownModel', { model: product.servingModel })
      return free
    }
    if (model.serving === undefined) {
      note('servingNoProfile', { model: model.id })
      return free
    }
    const figures =
      compute?.models.find((entry) => entry.id === model.id)?.serving ?? figuresFromPlanner(plan, modelIndex)
    if (typeof figures === 'string') {
      note('servingNotPlanned', { model: model.id, reason: figures })
      return free
    }
    if (figures.costPerMillionInputTokensUsd === null || figures.costPerMillionOutputTokensUsd === null) {
      note('servingNoPrice', { model: model.id, gpu: model.serving.gpu })
      return free
    }
    const { averageInputTokens, averageOutputTokens } = model.serving
    return {
      productId: product.id,
      inputUsdPerMillionTokens: figures.costPerMillionInputTokensUsd,
      outputUsdPerMillionTokens: figures.costPerMillionOutputTokensUsd,
      inputTokenShare: averageInputTokens / (averageInputTokens + averageOutputTokens),
    }
  })
  return { costs, notes }
}
