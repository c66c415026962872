/**
 * @module analysis/run-analysis
 * One recomputation: plan text → validated plan → analysis, or the issues with line and column. Pure and
 * shared by the Web Worker and the tests; it never throws for bad input.
 */
import {
  type Analysis,
  analyze,
  type Issue,
  issueMessage,
  type Language,
  locateIssues,
  parsePlanText,
  UserError,
  type VenturePlan,
} from '@avp/core'

export type AnalysisOutcome =
  | { readonly ok: true; readonly plan: VenturePlan; readonly analysis: Analysis; readonly elapsedMs: number }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly elapsedMs: number }

/**
 * Parses and analyses plan text; `now` is the clock (injected so the function stays testable). Issue
 * messages come back in `language`.
 * @example
 * runAnalysis('formatVersion: 1', () => 0).ok //=> false
 */
export function runAnalysis(text: string, now: () => number, language: Language = 'en'): AnalysisOutcome {
  const started = now()
  const localized = (issues: readonly Issue[]) =>
    issues.map((issue) => ({ ...issue, message: issueMessage(issue, language) }))
  const parsed = parsePlanText(text)
  if (!parsed.ok) return { ok: false, issues: localized(parsed.issues), elapsedMs: now() - started }
  try {
    const analysis = analyze(parsed.plan)
    return { ok: true, plan: parsed.plan, analysis, elapsedMs: now() - started }
  } catch (error) {
    // `analyze` refuses plans only with a UserError (e.g. an indicator naming an unknown figure); its
    // issues carry paths, which we place in the text so the editor can mark the line.
    const issues: readonly Issue[] =
      error instanceof UserError
        ? locateIssues(text, error.issues)
        : [{ code: 'internal', path: [], message: error instanceof Error ? error.message : String(error) }]
    return { ok: false, issues: localized(issues), elapsedMs: now() - started }
  }
}
