/**
 * @module team/team-plan
 * Headcount and loaded cost by the seed's six functions, month by month, from the hiring plan.
 */
import type { Team } from '../plan/team.ts'
import { teamFunctions } from '../plan/team.ts'

export type TeamFunction = (typeof teamFunctions)[number]

export interface TeamMonth {
  readonly month: string
  readonly headcount: number
  readonly headcountByFunction: Readonly<Record<TeamFunction, number>>
  /** Salaries plus employer on-costs (`salaryOverheadRate`). */
  readonly monthlyCostUsd: number
  readonly costByFunctionUsd: Readonly<Record<TeamFunction, number>>
  readonly keyPersonCount: number
}

const zeroByFunction = (): Record<TeamFunction, number> =>
  Object.fromEntries(teamFunctions.map((name) => [name, 0])) as Record<TeamFunction, number>

/**
 * The team in one month: a role counts from its `startMonth` through its `endMonth` (inclusive).
 * @example
 * teamInMonth({ salaryOverheadRate: 0.25, roles: [{ title: 'CTO', function: 'technology', count: 1,
 *   startMonth: '2026-01', monthlySalaryUsd: 10000, keyPerson: true }] }, '2026-03').monthlyCostUsd
 * //=> 12500
 */
export function teamInMonth(team: Team, month: string): TeamMonth {
  const headcountByFunction = zeroByFunction()
  const costByFunctionUsd = zeroByFunction()
  let keyPersonCount = 0
  for (const role of team.roles) {
    const active = role.startMonth <= month && (role.endMonth === undefined || month <= role.endMonth)
    if (!active) continue
    headcountByFunction[role.function] += role.count
    costByFunctionUsd[role.function] += role.count * role.monthlySalaryUsd * (1 + team.salaryOverheadRate)
    if (role.keyPerson) keyPersonCount += role.count
  }
  const headcount = teamFunctions.reduce((sum, name) => sum + headcountByFunction[name], 0)
  const monthlyCostUsd = teamFunctions.reduce((sum, name) => sum + costByFunctionUsd[name], 0)
  return { month, headcount, headcountByFunction, monthlyCostUsd, costByFunctionUsd, keyPersonCount }
}

/** The team in each of `months`. */
export function teamTimeline(team: Team, months: readonly string[]): TeamMonth[] {
  return months.map((month) => teamInMonth(team, month))
}
