import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { auditBiasCsv, createBiasAuditStream } from './audit.ts'
import { addRecord, startTally } from './tally.ts'

/** A CSV with `selected` of `count` people selected in each group. */
function csvOf(column: string, rows: ReadonlyArray<readonly [string, number, number]>): string {
  const lines = [`${column},selected`]
  for (const [group, count, selected] of rows)
    for (let index = 0; index < count; index++) lines.push(`${group},${index < selected ? 1 : 0}`)
  return `${lines.join('\n')}\n`
}

const round = (value: number | null, digits: number) =>
  value === null ? null : Number(value.toFixed(digits))

describe('auditBiasCsv (NYC DCWP rules, 6 RCNY § 5-301 worked examples)', () => {
  // The selection-rate example of 6 RCNY § 5-301(b): applicants and selected per category; the rule
  // publishes rates in whole percent and impact ratios to two decimals.
  it('returns the published sex table: Male 48 % / 1.00, Female 31 % / 0.65', () => {
    const audit = auditBiasCsv(
      csvOf('sex', [
        ['Male', 1390, 667],
        ['Female', 1181, 367],
      ]),
      {
        groupColumns: ['sex'],
        selectedColumn: 'selected',
      },
    )
    const groups = audit.attributes[0]!.groups.map((g) => [
      g.group,
      round(g.selectionRate! * 100, 0),
      round(g.impactRatio, 2),
    ])
    expect(groups).toEqual([
      ['Female', 31, 0.65],
      ['Male', 48, 1],
    ])
  })

  const race: Array<[string, number, number, number, number]> = [
    ['Hispanic or Latino', 408, 204, 50, 0.97],
    ['White', 797, 412, 52, 1],
    ['Black or African American', 390, 165, 42, 0.82],
    ['Native Hawaiian or Pacific Islander', 119, 45, 38, 0.73],
    ['Asian', 616, 240, 39, 0.75],
    ['Native American or Alaska Native', 41, 14, 34, 0.66],
    ['Two or More Races', 213, 62, 29, 0.56],
  ]

  it.each(race)(
    'returns the published race/ethnicity row %s: %i applicants, %i selected, %i %%, ratio %d',
    (name, count, selected, percent, ratio) => {
      const audit = auditBiasCsv(
        csvOf(
          'race',
          race.map(([n, c, s]) => [n, c, s] as const),
        ),
        {
          groupColumns: ['race'],
          selectedColumn: 'selected',
        },
      )
      const group = audit.attributes[0]!.groups.find((g) => g.group === name)!
      expect([
        group.count,
        group.selected,
        round(group.selectionRate! * 100, 0),
        round(group.impactRatio, 2),
      ]).toEqual([count, selected, percent, ratio])
    },
  )

  it('returns a group under 2 % of the data excluded from impact ratios, its count and rate still reported (§ 5-301(d))', () => {
    const audit = auditBiasCsv(
      csvOf(
        'race',
        race.map(([n, c, s]) => [n, c, s] as const),
      ),
      {
        groupColumns: ['race'],
        selectedColumn: 'selected',
        excludeSmallGroups: true,
      },
    )
    const small = audit.attributes[0]!.groups.find((g) => g.group === 'Native American or Alaska Native')!
    expect(small).toMatchObject({ excluded: true, impactRatio: null, count: 41, selected: 14 })
    expect(round(small.selectionRate, 2)).toBe(0.34)
  })

  // The scoring-rate example of 6 RCNY § 5-301(c) ("culture fit" scores): applicants and the share scoring
  // above the sample median. Scores 3 above and 1 below a median of 2 reproduce the published counts.
  function scoringCsv(column: string, rows: ReadonlyArray<readonly [string, number, number]>): string {
    const lines = [`${column},selected,score`]
    for (const [group, count, above] of rows)
      for (let index = 0; index < count; index++) lines.push(`${group},0,${index < above ? 3 : 1}`)
    return lines.join('\n')
  }

  it('returns the published scoring table for sex: Male 54.3 % / 1.00, Female 44.7 % / 0.82', () => {
    const audit = auditBiasCsv(
      scoringCsv('sex', [
        ['Male', 92, 50],
        ['Female', 76, 34],
      ]),
      {
        groupColumns: ['sex'],
        selectedColumn: 'selected',
        scoreColumn: 'score',
      },
    )
    expect(audit.medianScore).toBe(2)
    const groups = audit.attributes[0]!.groups.map((g) => [
      g.group,
      round(g.scoringRate! * 100, 1),
      round(g.scoringImpactRatio, 2),
    ])
    expect(groups).toEqual([
      ['Female', 44.7, 0.82],
      ['Male', 54.3, 1],
    ])
  })

  it('returns the published scoring impact ratios for race/ethnicity (1.00, 0.58, 0.78, 0.97, 0.65)', () => {
    // Published Hispanic or Latino rate 64.2 % is 18/28 = 64.29 % shown truncated; the ratios match exactly.
    const rows = [
      ['Hispanic or Latino', 28, 18],
      ['White', 40, 15],
      ['Black or African American', 32, 16],
      ['Native Hawaiian or Pacific Islander', 8, 5],
      ['Asian', 24, 10],
    ] as const
    const audit = auditBiasCsv(scoringCsv('race', rows), {
      groupColumns: ['race'],
      selectedColumn: 'selected',
      scoreColumn: 'score',
    })
    const ratio = (name: string) =>
      round(audit.attributes[0]!.groups.find((g) => g.group === name)!.scoringImpactRatio, 2)
    expect(rows.map(([name]) => ratio(name))).toEqual([1, 0.58, 0.78, 0.97, 0.65])
  })
})

describe('auditBiasCsv (exact arithmetic and undefined values)', () => {
  it('returns exactly 4/5 for 0.64 ÷ 0.8 and does not flag it below four-fifths', () => {
    expect(0.64 / 0.8).not.toBe(0.8) // what floating point would have said
    const audit = auditBiasCsv(
      csvOf('g', [
        ['a', 25, 16],
        ['b', 5, 4],
      ]),
      { groupColumns: ['g'], selectedColumn: 'selected' },
    )
    const a = audit.attributes[0]!.groups[0]!
    expect([a.impactRatio, a.impactRatioExact, a.belowFourFifths]).toEqual([0.8, '4/5', false])
    expect(audit.fourFifthsNote).toMatch(/not a legal threshold/)
  })

  it('returns null impact ratios when every selection rate is 0 (0/0 undefined)', () => {
    const audit = auditBiasCsv(
      csvOf('g', [
        ['a', 3, 0],
        ['b', 2, 0],
      ]),
      { groupColumns: ['g'], selectedColumn: 'selected' },
    )
    expect(audit.attributes[0]!.groups.map((g) => g.impactRatio)).toEqual([null, null])
    expect(audit.attributes[0]!.metrics.demographicParityRatio).toBeNull()
    expect(audit.warnings.map((w) => w.code)).toContain('undefined_metric')
  })
})

describe('auditBiasCsv (Fairlearn definitions, hand-worked)', () => {
  // a: selected 1,1,0,0 with labels 1,0,1,0 → selection 1/2, TPR 1/2, FPR 1/2
  // b: selected 1,0,0,0 with labels 1,1,0,0 → selection 1/4, TPR 1/2, FPR 0
  const text = 'g,sel,y\na,1,1\na,1,0\na,0,1\na,0,0\nb,1,1\nb,0,1\nb,0,0\nb,0,0\n'
  const audit = auditBiasCsv(text, {
    groupColumns: ['g'],
    selectedColumn: 'sel',
    labelColumn: 'y',
    privileged: { g: 'a' },
  })

  it('returns demographic parity difference max−min = 1/4 and ratio min/max = 1/2', () => {
    expect(audit.attributes[0]!.metrics).toMatchObject({
      demographicParityDifference: 0.25,
      demographicParityRatio: 0.5,
    })
  })

  it('returns equal opportunity difference 0 and equalized odds difference max(0, 1/2) = 1/2, ratio min(1, 0) = 0', () => {
    expect(audit.attributes[0]!.metrics).toMatchObject({
      equalOpportunityDifference: 0,
      equalOpportunityRatio: 1,
      equalizedOddsDifference: 0.5,
      equalizedOddsRatio: 0,
    })
  })

  it('returns the signed comparisons of b against the privileged a (b − a)', () => {
    expect(audit.attributes[0]!.signed).toEqual([
      {
        group: 'b',
        privileged: 'a',
        statisticalParityDifference: -0.25,
        disparateImpact: 0.5,
        equalOpportunityDifference: 0,
        averageOddsDifference: -0.25,
      },
    ])
  })
})

describe('auditBiasCsv (categories)', () => {
  const text = 'sex,race,hired\nF,A,1\nF,B,0\nM,A,1\nM,unknown,1\nUnknown,B,0\nF,A,0\n'
  const audit = auditBiasCsv(text, { groupColumns: ['sex', 'race'], selectedColumn: 'hired' })

  it('returns the unknown category count per attribute and for the intersection', () => {
    expect(audit.attributes.map((a) => a.unknownCount)).toEqual([1, 1])
    expect(audit.intersection?.unknownCount).toBe(2)
  })

  it('returns intersectional groups with their values', () => {
    expect(audit.intersection?.groups.map((g) => [g.group, g.count, g.selected])).toEqual([
      ['F × A', 2, 1],
      ['F × B', 1, 0],
      ['M × A', 1, 1],
    ])
    expect(audit.intersection?.attribute).toBe('sex × race')
  })

  it('returns a small-sample warning for groups under 30 people', () => {
    expect(audit.warnings.filter((w) => w.code === 'small_sample').length).toBeGreaterThan(0)
  })
})

describe('auditBiasCsv (bad input)', () => {
  const options = { groupColumns: ['sex'], selectedColumn: 'hired' }

  it('throws naming the missing column and the closest header names', () => {
    try {
      auditBiasCsv('sex,hire,hired_flag\nF,1,1\n', options)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]).toMatchObject({
        code: 'csv_missing_column',
        path: ['columns', 'hired'],
        params: expect.objectContaining({ column: 'hired' }),
      })
      expect((error as UserError).message).toMatch(/"hired".*closest header names: "hire"/)
    }
  })

  it('throws with line and column for an empty group and a non-binary outcome', () => {
    expect(() => auditBiasCsv('sex,hired\nF,1\n,0\n', options)).toThrowError(
      /line 3, column "sex": empty group/,
    )
    expect(() => auditBiasCsv('sex,hired\nF,maybe\n', options)).toThrowError(
      /line 2, column "hired": expected a binary outcome.*"maybe"/,
    )
  })

  it('counts an empty group as unknown when asked', () => {
    expect(
      auditBiasCsv('sex,hired\nF,1\n,0\n', { ...options, emptyAsUnknown: true }).attributes[0]!.unknownCount,
    ).toBe(1)
  })

  it('throws for a record with the wrong number of fields and for an empty file', () => {
    expect(() => auditBiasCsv('sex,hired\nF,1,9\n', options)).toThrowError(
      /line 2: 3 fields, but the header has 2/,
    )
    expect(() => auditBiasCsv('', options)).toThrowError(/empty/)
  })
})

describe('createBiasAuditStream (properties)', () => {
  it('returns impact ratios in [0, 1] with exactly 1 for the highest-rate group', () => {
    const groups = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 })), {
      minLength: 1,
      maxLength: 6,
    })
    fc.assert(
      fc.property(groups, (sizes) => {
        const rows = sizes.map(
          ([count, selected], index) => [`g${index}`, count, Math.min(count, selected)] as const,
        )
        const stream = createBiasAuditStream({ groupColumns: ['g'], selectedColumn: 'selected' })
        stream.push(csvOf('g', rows))
        const result = stream.finish().attributes[0]!.groups
        const ratios = result.map((g) => g.impactRatio)
        if (result.every((g) => g.selected === 0)) {
          expect(ratios.every((r) => r === null)).toBe(true)
          return
        }
        for (const ratio of ratios) expect(ratio! >= 0 && ratio! <= 1).toBe(true)
        const top = Math.max(...result.map((g) => g.selectionRate!))
        for (const group of result.filter((g) => g.selectionRate === top)) expect(group.impactRatio).toBe(1)
      }),
    )
  })
})

describe('addRecord', () => {
  it('keeps one cell per combination of groups, however many rows arrive (memory independent of row count)', () => {
    const tally = startTally(['sex', 'hired', 'score'], {
      groupColumns: ['sex'],
      selectedColumn: 'hired',
      scoreColumn: 'score',
    })
    for (let row = 0; row < 50_000; row++)
      addRecord(tally, [row % 2 === 0 ? 'F' : 'M', String(row % 3 === 0 ? 1 : 0), String(row % 101)], row + 2)
    expect(tally.rowCount).toBe(50_000)
    expect(tally.cells.size).toBe(2)
    expect([...tally.cells.values()].every((cell) => cell.scores.size <= 101)).toBe(true)
  })
})
