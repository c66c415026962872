/**
 * @module analysis/engine-request
 * What the engines worker can be asked for, and the dispatch from a request to its engine run.
 */
import type { Language, RegisterSimulation, SimulationResult, VenturePlan } from '@avp/core'
import { type CapTableStory, capTableStory, financeSimulation, riskSimulation } from './engine-runs.ts'
import { layoutSearches, type RunLayoutSearch } from './layout-searches.ts'

export interface EngineResults {
  readonly finance: SimulationResult
  readonly capTable: CapTableStory
  readonly risk: RegisterSimulation | null
  readonly layouts: readonly RunLayoutSearch[]
}
export type EngineKind = keyof EngineResults
export interface EngineRequest {
  readonly kind: EngineKind
  readonly plan: VenturePlan
  /** Language of the texts an engine writes (layout descriptions, explanations). Default English. */
  readonly language?: Language
}

/**
 * Runs the engine a request names; `onProgress` hears the Monte Carlo's paths done.
 * @example
 * runEngine({ kind: 'risk', plan }, () => {}) // the register's loss-exceedance simulation
 */
export function runEngine(
  request: EngineRequest,
  onProgress: (done: number, total: number) => void,
): EngineResults[EngineKind] {
  switch (request.kind) {
    case 'finance':
      return financeSimulation(request.plan, undefined, onProgress)
    case 'capTable':
      return capTableStory(request.plan)
    case 'risk':
      return riskSimulation(request.plan)
    case 'layouts':
      return layoutSearches(request.plan, request.language ?? 'en')
  }
}
