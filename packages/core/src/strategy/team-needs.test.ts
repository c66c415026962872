import { describe, expect, it } from 'vitest'
import { teamNeeds } from './team-needs.ts'
import { examplePlan } from './test-support/examples.ts'

describe('teamNeeds', () => {
  it('returns every need staffed for the llm-api example', () => {
    const needs = teamNeeds(examplePlan('llm-api-cn-eu'), '2026-11')
    expect(needs.needs.map((need) => [need.id, need.status])).toEqual([
      ['technology-lead', 'staffed'],
      ['commercial-lead', 'staffed'],
      ['legal-owner', 'staffed'],
      ['finance-owner', 'staffed'],
      ['people-owner', 'staffed'],
    ])
    expect(needs.coverageRatio).toBe(1)
  })

  it('returns a missing legal owner while selling into the EU without one', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.team.roles = plan.team.roles.filter((role) => role.function !== 'legal')
    const legal = teamNeeds(plan, '2026-11').needs.find((need) => need.id === 'legal-owner')
    expect(legal).toMatchObject({ status: 'missing', filledBy: null, params: { markets: 'CN, EU' } })
  })

  it('returns a planned role when it starts after the plan month', () => {
    const legal = teamNeeds(examplePlan('llm-api-cn-eu'), '2026-01').needs.find(
      (need) => need.id === 'legal-owner',
    )
    expect(legal).toMatchObject({ status: 'planned', fromMonth: '2026-06' })
  })

  it('returns a missing data-protection role while processing special-category data', () => {
    const needs = teamNeeds(examplePlan('speech-hardware'), '2026-11')
    expect(needs.needs.find((need) => need.id === 'data-protection')).toMatchObject({
      status: 'missing',
      params: { categories: 'health, biometric' },
    })
  })

  it('returns the functions resting on key people alone and the dependency ratio (hand-worked)', () => {
    const plan = examplePlan('llm-api-cn-eu')
    plan.team.roles = [
      {
        title: 'CEO',
        function: 'market',
        count: 1,
        startMonth: '2026-01',
        monthlySalaryUsd: 1,
        keyPerson: true,
      },
      {
        title: 'CTO',
        function: 'technology',
        count: 1,
        startMonth: '2026-01',
        monthlySalaryUsd: 1,
        keyPerson: true,
      },
      {
        title: 'Engineer',
        function: 'technology',
        count: 2,
        startMonth: '2026-01',
        monthlySalaryUsd: 1,
        keyPerson: false,
      },
    ]
    const needs = teamNeeds(plan, '2026-11')
    // Market is the CEO alone (a key person); technology has two others: 1 of 2 staffed functions.
    expect(needs.singlePointFunctions).toEqual(['market'])
    expect(needs.keyPersonDependencyRatio).toBe(0.5)
    expect(needs.keyPersonCount).toBe(2)
  })

  it('returns no needs and zero dependency for an empty plan', () => {
    const plan = examplePlan('llm-api-cn-eu')
    const needs = teamNeeds(
      {
        ...plan,
        models: [],
        products: [],
        team: { ...plan.team, roles: [] },
        funding: { ...plan.funding, plannedRounds: [], instruments: [] },
        company: { ...plan.company, marketsServed: ['US'] },
      },
      '2026-11',
    )
    expect(needs).toMatchObject({ needs: [], coverageRatio: 1, keyPersonDependencyRatio: 0 })
  })
})
