import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze.ts'
import { parsePlan } from '../plan/parse.ts'
import { compareRiskRegisters } from './compare.ts'

const plan = parsePlan(
  readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8'),
).plan

describe('compareRiskRegisters', () => {
  it('returns moved, added and removed risks between two plan versions', () => {
    const [supply, funding] = plan.risks.register
    const later = {
      ...plan,
      risks: {
        ...plan.risks,
        register: [
          // The second GPU type is qualified: residual likelihood 3 → 2, so 3 × 3 = 9 becomes 2 × 3 = 6.
          { ...supply!, residualLikelihood: 2 },
          funding!,
          { ...funding!, id: 'key-person', title: 'Key person leaves', category: 'talent' as const },
        ],
      },
    }
    const changes = compareRiskRegisters(analyze(plan).risks, analyze(later).risks)
    expect(changes.map((change) => [change.id, change.change])).toEqual([
      ['compute-supply', 'changed'],
      ['funding-gap', 'unchanged'],
      ['key-person', 'added'],
      ['cross-border-data', 'removed'],
    ])
    expect(changes[0]).toMatchObject({
      residualBefore: 9,
      residualAfter: 6,
      bandBefore: 'medium',
      bandAfter: 'medium',
    })
    // Only the levels moved, not the quantities: the expected loss is the same.
    expect(changes[0]!.residualExpectedLossChangeUsd).toBe(0)
  })
})

describe('compareRiskRegisters edge cases', () => {
  it('returns nothing for two empty registers', () => {
    expect(compareRiskRegisters({ register: [] }, { register: [] })).toEqual([])
  })
})
