/**
 * @module compliance/facts
 * From a plan's product to the facts the rules read: the `aiSystem` block with its defaults resolved
 * from the rest of the plan (markets, establishment, whether the venture trains the model and with how
 * much compute), plus warnings where the facts contradict each other.
 */
import type { AiSystem } from '../plan/ai-system.ts'
import type { Product } from '../plan/product.ts'
import { deriveFacts } from './classify.ts'
import type { ComplianceFacts, ComplianceWarning, EnterpriseSize } from './types.ts'

/** What the facts need from outside the product. */
export interface FactsContext {
  readonly homeMarket: string
  readonly marketsServed: readonly string[]
  /** Cumulative training FLOPs per model id (pre-training plus fine-tuning), from the compute planner. */
  readonly trainingFlopsByModel: Readonly<Record<string, number>>
  /** Model ids that have a training or fine-tuning run in the plan. */
  readonly trainedModelIds: readonly string[]
  readonly headcount: number
}

/**
 * SME below 250 staff (Commission Recommendation 2003/361/EC), small mid-cap below 750 (Recommendation
 * (EU) 2025/1099). Headcount only: turnover and balance-sheet tests are not in the plan.
 * @example
 * enterpriseSizeOf(38) //=> 'sme'
 */
export function enterpriseSizeOf(headcount: number): EnterpriseSize {
  if (headcount < 250) return 'sme'
  if (headcount < 750) return 'small-mid-cap'
  return 'large'
}

const publicGroups: ReadonlySet<string> = new Set(['public', 'customers', 'children', 'students'])

/** Facts of one product (`index` locates warnings in the plan). */
export function productFacts(
  product: Pick<Product, 'id' | 'launchMonth' | 'markets' | 'servingModel'> & { aiSystem: AiSystem },
  context: FactsContext,
): ComplianceFacts {
  const ai = product.aiSystem
  const markets = product.markets ?? context.marketsServed
  const establishment = ai.establishment ?? context.homeMarket
  const isEuMarket = (market: string) => market === 'EU' || market.startsWith('EU-')
  const trainsModel =
    ai.trainsModel ??
    (product.servingModel !== undefined && context.trainedModelIds.includes(product.servingModel))
  const planned =
    product.servingModel === undefined ? undefined : context.trainingFlopsByModel[product.servingModel]
  const base = {
    productId: product.id,
    aiSystem: ai,
    markets,
    establishment,
    inEu: markets.some(isEuMarket),
    establishedInEu: isEuMarket(establishment),
    inChina: markets.includes('CN'),
    establishedInChina: establishment === 'CN',
    inNewYorkCity: markets.includes('US-NY'),
    inColorado: markets.includes('US-CO'),
    isProvider: ai.role !== 'deployer',
    isDeployer: ai.role !== 'provider',
    trainsModel,
    trainingComputeFlops: ai.trainingComputeFlops ?? planned ?? null,
    placedOnMarketOn: ai.placedOnMarketOn ?? `${product.launchMonth}-01`,
    publicFacing: ai.affectedGroups.some((group) => publicGroups.has(group)),
    interactsWithPeople:
      ai.interactsWithPeople ??
      (ai.useCases.includes('chatbot') ||
        (ai.affectedGroups.length > 0 &&
          ai.syntheticContent.some((kind) => kind === 'text' || kind === 'audio'))),
    enterpriseSize: enterpriseSizeOf(context.headcount),
  }
  return { ...base, derived: deriveFacts(base) }
}

/** Facts that contradict each other or that the rules had to assume, each naming the plan paths involved. */
export function factWarnings(facts: ComplianceFacts, productIndex: number): ComplianceWarning[] {
  const ai = facts.aiSystem
  const at = (...path: string[]) => ['products', productIndex, 'aiSystem', ...path]
  const warnings: ComplianceWarning[] = []
  if (ai.role === 'deployer' && ai.trainsModel === true) {
    warnings.push({
      code: 'contradictory_facts',
      paths: [at('role'), at('trainsModel')],
      message:
        'aiSystem.role is "deployer" (you only use the system) but aiSystem.trainsModel is true (you train it): a developer that places the system on the market is its provider. Set role to provider-and-deployer, or trainsModel to false.',
      messageZh:
        'aiSystem.role 为“deployer”（仅使用系统），但 aiSystem.trainsModel 为 true（训练系统）：将系统投放市场的开发者即为提供者。请将 role 设为 provider-and-deployer，或将 trainsModel 设为 false。',
    })
  }
  if (ai.role === 'deployer' && facts.derived.modifierIsProvider) {
    warnings.push({
      code: 'contradictory_facts',
      paths: [at('role'), at('modification', 'computeShare')],
      message:
        'aiSystem.role is "deployer" but aiSystem.modification.computeShare is above one third: the modifier becomes the provider of the modified model.',
      messageZh:
        'aiSystem.role 为“deployer”，但 aiSystem.modification.computeShare 超过三分之一：修改者成为修改后模型的提供者。',
    })
  }
  if (ai.highRiskDerogation !== 'none' && ai.profiling && facts.derived.annexIIIPoints.length > 0) {
    warnings.push({
      code: 'contradictory_facts',
      paths: [at('highRiskDerogation'), at('profiling')],
      message:
        'aiSystem.highRiskDerogation is set but aiSystem.profiling is true: an Annex III system that profiles people is always high-risk (Art. 6(3), last subparagraph).',
      messageZh:
        '设置了 aiSystem.highRiskDerogation，但 aiSystem.profiling 为 true：对个人进行画像的附件三系统始终属于高风险（第 6(3) 条最后一款）。',
    })
  }
  if (ai.generalPurposeModel && facts.derived.gpaiProvider && facts.trainingComputeFlops === null) {
    warnings.push({
      code: 'assumed_fact',
      paths: [at('trainingComputeFlops')],
      message:
        'No training compute is known for this general-purpose model (no planned training run, no aiSystem.trainingComputeFlops): assumed below 10^25 FLOP.',
      messageZh:
        '该通用模型的训练算力未知（计划中没有训练运行，也没有 aiSystem.trainingComputeFlops）：假定低于 10^25 FLOP。',
    })
  }
  return warnings
}
