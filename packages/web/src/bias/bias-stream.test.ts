import { auditBiasCsv, UserError } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { auditChunks, csvHeader, fileChunks } from './bias-stream.ts'

// Hand-worked: women 2 of 4 selected (0.5), men 3 of 4 (0.75); impact ratio of women 0.5 / 0.75 = 2/3,
// below the four-fifths guideline (29 CFR § 1607.4(D)).
const csv = 'sex,hired\nF,1\nF,1\nF,0\nF,0\nM,1\nM,1\nM,1\nM,0\n'
const options = { groupColumns: ['sex'], selectedColumn: 'hired' }

describe('csvHeader', () => {
  it('returns the column names of the first line, quoted or not', () => {
    expect(csvHeader('sex,"race, self-described",hired\r\nF,A,1\n')).toEqual([
      'sex',
      'race, self-described',
      'hired',
    ])
  })
  it('returns the names of a header without a newline', () => {
    expect(csvHeader('a,b')).toEqual(['a', 'b'])
  })
})

describe('auditChunks', () => {
  it('returns the selection rates and impact ratios of the hand-worked example', async () => {
    const audit = await auditChunks(['sex,hi', 'red\nF,1\nF,1\nF,0\nF,', '0\nM,1\nM,1\nM,1\nM,0\n'], options)
    const groups = audit.attributes[0]!.groups
    expect(groups.map((group) => [group.group, group.selectionRate])).toEqual([
      ['F', 0.5],
      ['M', 0.75],
    ])
    expect(groups[0]!.impactRatio).toBeCloseTo(2 / 3, 12)
    expect(groups[0]!.belowFourFifths).toBe(true)
  })

  it('returns the same audit as core over the whole text, however the chunks fall', async () => {
    const whole = auditBiasCsv(csv, options)
    const pieces = csv.match(/.{1,3}/gs) ?? []
    expect(await auditChunks(pieces, options)).toEqual(whole)
  })

  it('reports the characters read after each chunk', async () => {
    const seen: number[] = []
    await auditChunks(['sex,hired\n', 'F,1\n'], options, (characters) => seen.push(characters))
    expect(seen).toEqual([10, 14])
  })

  it('throws a UserError for an unknown selected column', async () => {
    await expect(auditChunks([csv], { ...options, selectedColumn: 'chosen' })).rejects.toBeInstanceOf(
      UserError,
    )
  })
})

describe('fileChunks', () => {
  it('returns the decoded text of a blob, multi-byte characters intact', async () => {
    let text = ''
    for await (const chunk of fileChunks(new Blob(['性别,hired\n女,1\n']))) text += chunk
    expect(text).toBe('性别,hired\n女,1\n')
  })
})
