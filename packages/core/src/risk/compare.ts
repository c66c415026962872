/**
 * @module risk/compare
 * How the register's scores changed between two versions of a plan: risks added, removed, and moved on
 * the matrix (inherent or residual), matched by id. Views use it to show a venture's risk history.
 */
import type { RegisterRiskFigures, RiskAnalysis } from './analyze-risks.ts'

export interface RiskScoreChange {
  readonly id: string
  readonly title: string
  readonly change: 'added' | 'removed' | 'changed' | 'unchanged'
  readonly inherentBefore: number | null
  readonly inherentAfter: number | null
  readonly residualBefore: number | null
  readonly residualAfter: number | null
  readonly bandBefore: string | null
  readonly bandAfter: string | null
  /** Change of the exact expected annual loss after controls; null unless quantified in both versions. */
  readonly residualExpectedLossChangeUsd: number | null
}

function entry(
  before: RegisterRiskFigures | undefined,
  after: RegisterRiskFigures | undefined,
): RiskScoreChange {
  const risk = (after ?? before)!
  const moved =
    before !== undefined &&
    after !== undefined &&
    (before.inherent.score !== after.inherent.score || before.residual.score !== after.residual.score)
  const lossBefore = before?.quantified?.residualExpectedLossUsd
  const lossAfter = after?.quantified?.residualExpectedLossUsd
  return {
    id: risk.id,
    title: risk.title,
    change:
      before === undefined ? 'added' : after === undefined ? 'removed' : moved ? 'changed' : 'unchanged',
    inherentBefore: before?.inherent.score ?? null,
    inherentAfter: after?.inherent.score ?? null,
    residualBefore: before?.residual.score ?? null,
    residualAfter: after?.residual.score ?? null,
    bandBefore: before?.residual.band ?? null,
    bandAfter: after?.residual.band ?? null,
    residualExpectedLossChangeUsd:
      lossBefore === undefined || lossAfter === undefined ? null : lossAfter - lossBefore,
  }
}

/**
 * Every risk of either version with its scores before and after: the later version's order first, then
 * the risks it dropped.
 * @example
 * compareRiskRegisters(analyze(v1).risks, analyze(v2).risks).filter((c) => c.change === 'changed')
 */
export function compareRiskRegisters(
  before: Pick<RiskAnalysis, 'register'>,
  after: Pick<RiskAnalysis, 'register'>,
): RiskScoreChange[] {
  const earlier = new Map(before.register.map((risk) => [risk.id, risk]))
  const later = new Set(after.register.map((risk) => risk.id))
  return [
    ...after.register.map((risk) => entry(earlier.get(risk.id), risk)),
    ...before.register.filter((risk) => !later.has(risk.id)).map((risk) => entry(risk, undefined)),
  ]
}
