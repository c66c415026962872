/**
 * @module analysis
 * `analyze(plan)` and the shape of its result. The only public door of the analysis.
 */
export { analyze } from './analyze.ts'
export type { Analysis, EarlyWarning, IndicatorResult, TeamAnalysis } from './types.ts'
