/**
 * @module strategy/okr
 * Goals as OKRs (seed question 13, step 7). A key result's progress is either typed in (`current`) or
 * computed from an expression over the analysis' figures (`figure`), so it moves with the plan.
 *
 * Grading follows the 0–1 convention of Google's OKR guide (re:Work, "Guide: Set goals with OKRs"):
 * grade = (current − start) / (target − start), clamped to [0, 1]; 0.7 on an ambitious key result is
 * a good outcome. When target = start the key result is binary: 1 once current reaches the target.
 * An objective's grade is the mean of its graded key results.
 */
import { type Issue, UserError } from '../errors.ts'
import { evaluateExpression, parseExpression } from '../expression/index.ts'
import type { Strategy } from '../plan/strategy.ts'

export interface KeyResultGrade {
  readonly title: string
  readonly figure: string | null
  readonly start: number
  readonly target: number
  readonly current: number | null
  /** 0–1, or null when there is no progress value (then `ungradedReason` says why). */
  readonly grade: number | null
  readonly ungradedReason: 'no_progress' | 'figure_undefined' | null
}

export interface ObjectiveGrade {
  readonly id: string
  readonly objective: string
  readonly keyResults: readonly KeyResultGrade[]
  readonly grade: number | null
}

/**
 * The grade of one key result, by the convention in the module header.
 * @example
 * gradeKeyResult(0, 10, 7) //=> 0.7
 * gradeKeyResult(100, 40, 70) //=> 0.5 (a falling target: cost from 100 down to 40)
 * gradeKeyResult(0, 10, 12) //=> 1
 */
export function gradeKeyResult(start: number, target: number, current: number): number {
  if (target === start) return current >= target ? 1 : 0
  const progress = (current - start) / (target - start)
  return Math.min(1, Math.max(0, progress))
}

/**
 * Grades every objective. Throws a `UserError` listing every key result whose expression is malformed,
 * names an unknown figure, or is a comparison, each with its plan path.
 * @example
 * gradeObjectives([{ id: 'a', objective: 'Grow', keyResults: [{ title: 'x', start: 0, target: 4, current: 1 }] }], {})[0].grade //=> 0.25
 */
export function gradeObjectives(objectives: Strategy['objectives'], figures: object): ObjectiveGrade[] {
  const issues: Issue[] = []
  const graded = objectives.map((objective, objectiveIndex) => {
    const keyResults = objective.keyResults.map((result, resultIndex): KeyResultGrade => {
      const base = {
        title: result.title,
        figure: result.figure ?? null,
        start: result.start,
        target: result.target,
      }
      let current: number | null = result.current ?? null
      let ungradedReason: KeyResultGrade['ungradedReason'] = current === null ? 'no_progress' : null
      if (result.figure !== undefined) {
        const path = ['strategy', 'objectives', objectiveIndex, 'keyResults', resultIndex, 'figure']
        try {
          const evaluation = evaluateExpression(parseExpression(result.figure, { path }), figures, { path })
          if (!evaluation.defined) {
            current = null
            ungradedReason = 'figure_undefined'
          } else if (typeof evaluation.value !== 'number') {
            issues.push({
              code: 'expected',
              path,
              message: 'expected an expression with a numeric value, got a comparison (true or false)',
              params: { expected: 'number', received: String(evaluation.value) },
            })
          } else {
            current = evaluation.value
            ungradedReason = null
          }
        } catch (error) {
          if (!(error instanceof UserError)) throw error
          issues.push(...error.issues)
        }
      }
      return {
        ...base,
        current,
        grade: current === null ? null : gradeKeyResult(result.start, result.target, current),
        ungradedReason: current === null ? ungradedReason : null,
      }
    })
    const grades = keyResults.flatMap((result) => (result.grade === null ? [] : [result.grade]))
    return {
      id: objective.id,
      objective: objective.objective,
      keyResults,
      grade: grades.length === 0 ? null : grades.reduce((sum, grade) => sum + grade, 0) / grades.length,
    }
  })
  if (issues.length > 0)
    throw new UserError('invalid_key_result', `${issues.length} key result(s) cannot be evaluated`, issues)
  return graded
}
