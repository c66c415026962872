import { describe, expect, it } from 'vitest'
import type { Team } from '../plan/team.ts'
import { teamInMonth, teamTimeline } from './team-plan.ts'

const team: Team = {
  salaryOverheadRate: 0.3,
  roles: [
    {
      title: 'CTO',
      function: 'technology',
      count: 1,
      startMonth: '2026-01',
      monthlySalaryUsd: 10000,
      keyPerson: true,
    },
    {
      title: 'Engineer',
      function: 'technology',
      count: 3,
      startMonth: '2026-04',
      monthlySalaryUsd: 6000,
      keyPerson: false,
    },
    {
      title: 'Contract lawyer',
      function: 'legal',
      count: 1,
      startMonth: '2026-02',
      endMonth: '2026-04',
      monthlySalaryUsd: 5000,
      keyPerson: false,
    },
  ],
}

describe('teamInMonth', () => {
  it('returns headcount and loaded cost of the roles active that month', () => {
    const april = teamInMonth(team, '2026-04')
    expect(april.headcount).toBe(5)
    expect(april.headcountByFunction).toMatchObject({ technology: 4, legal: 1, market: 0 })
    // (10,000 + 3 × 6,000 + 5,000) × 1.3 = 42,900
    expect(april.monthlyCostUsd).toBeCloseTo(42900, 6)
    expect(april.keyPersonCount).toBe(1)
  })
  it('counts the end month and not the month after', () => {
    expect(teamInMonth(team, '2026-04').headcountByFunction.legal).toBe(1)
    expect(teamInMonth(team, '2026-05').headcountByFunction.legal).toBe(0)
  })
  it('returns an empty team before the first hire', () => {
    expect(teamInMonth(team, '2025-12')).toMatchObject({ headcount: 0, monthlyCostUsd: 0 })
  })
})

describe('teamTimeline', () => {
  it('returns one entry per month', () => {
    expect(teamTimeline(team, ['2026-01', '2026-02']).map((m) => m.headcount)).toEqual([1, 2])
  })
})
