import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { UserError } from '../errors.ts'
import { gradeKeyResult, gradeObjectives } from './okr.ts'
import { examplePlan } from './test-support/examples.ts'

describe('gradeKeyResult', () => {
  it('returns (current − start) / (target − start) clamped to 0–1 (re:Work OKR convention)', () => {
    expect(gradeKeyResult(0, 10, 7)).toBe(0.7)
    expect(gradeKeyResult(20, 120, 70)).toBe(0.5)
    expect(gradeKeyResult(0, 10, 12)).toBe(1)
    expect(gradeKeyResult(0, 10, -3)).toBe(0)
  })

  it('returns progress on a falling target (cost from 100 down to 40)', () => {
    expect(gradeKeyResult(100, 40, 70)).toBe(0.5)
  })

  it('returns 1 or 0 when the target equals the start', () => {
    expect(gradeKeyResult(5, 5, 5)).toBe(1)
    expect(gradeKeyResult(5, 5, 4)).toBe(0)
  })
})

describe('gradeObjectives', () => {
  it('returns key results bound to figures and the mean grade', () => {
    const graded = gradeObjectives(
      [
        {
          id: 'grow',
          objective: 'Grow',
          keyResults: [
            { title: 'hand', start: 0, target: 4, current: 1 },
            { title: 'figure', figure: 'funding.cashUsd / 1000000', start: 0, target: 20 },
            { title: 'none', start: 0, target: 3 },
          ],
        },
      ],
      { funding: { cashUsd: 15e6 } },
    )
    expect(graded[0]!.keyResults.map((result) => result.grade)).toEqual([0.25, 0.75, null])
    expect(graded[0]!.keyResults[2]!.ungradedReason).toBe('no_progress')
    expect(graded[0]!.grade).toBe(0.5)
  })

  it('returns no grade when the figure has no value (division by zero)', () => {
    const [objective] = gradeObjectives(
      [{ id: 'a', objective: 'A', keyResults: [{ title: 'x', figure: 'a / b', start: 0, target: 1 }] }],
      { a: 1, b: 0 },
    )
    expect(objective!.keyResults[0]).toMatchObject({ grade: null, ungradedReason: 'figure_undefined' })
  })

  it('throws a UserError with the path of a key result bound to an unknown figure', () => {
    try {
      gradeObjectives(
        [
          {
            id: 'a',
            objective: 'A',
            keyResults: [
              { title: 'ok', start: 0, target: 1, current: 1 },
              { title: 'x', figure: 'funding.cashUSD', start: 0, target: 1 },
            ],
          },
        ],
        { funding: { cashUsd: 1 } },
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]).toMatchObject({
        code: 'unknown_figure',
        path: ['strategy', 'objectives', 0, 'keyResults', 1, 'figure'],
      })
      expect((error as UserError).issues[0]!.message).toContain('funding.cashUsd')
    }
  })

  it('throws when a key result is a comparison', () => {
    expect(() =>
      gradeObjectives(
        [{ id: 'a', objective: 'A', keyResults: [{ title: 'x', figure: 'a > 1', start: 0, target: 1 }] }],
        { a: 2 },
      ),
    ).toThrow(UserError)
  })

  it("grades the llm-api example's objective from the cash-months figure (hand-worked)", () => {
    const analysis = analyze(examplePlan('llm-api-cn-eu'))
    const [objective] = analysis.strategy.objectives
    // $21.5M / ($299,700 team + $102,000 other) = 53.5 months ≥ target 24 → 1; customers 1 of 5 → 0.2.
    expect(objective!.keyResults[1]!.current).toBeCloseTo(21.5e6 / 401_700, 9)
    expect(objective!.keyResults.map((result) => result.grade)).toEqual([0.2, 1])
    expect(objective!.grade).toBeCloseTo(0.6, 12)
  })
})
