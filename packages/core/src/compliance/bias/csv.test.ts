import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { initialCsvState, parseCsv, parseCsvChunk } from './csv.ts'

/** Feeds `text` in pieces cut at `cuts` and collects every record. */
function parseInPieces(text: string, cuts: readonly number[]): string[][] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)
  let state = initialCsvState
  const records: string[][] = []
  let from = 0
  for (const point of [...points, text.length]) {
    const result = parseCsvChunk(state, text.slice(from, point))
    records.push(...result.records)
    state = result.state
    from = point
  }
  records.push(...parseCsvChunk(state, '', true).records)
  return records
}

describe('parseCsv', () => {
  it('returns fields with commas, doubled quotes and line breaks inside quotes (RFC 4180 §2 rules 5-7)', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['1', '2', '3', '4'],
    ])
  })

  it('returns the last record without a final line break, skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFx,y\n\n1,\n,2')).toEqual([
      ['x', 'y'],
      ['1', ''],
      ['', '2'],
    ])
  })

  it('returns the line each record starts on, counting line breaks inside quotes', () => {
    expect(parseCsvChunk(initialCsvState, 'h\n"a\nb"\nc\n', true).lines).toEqual([1, 2, 4])
  })

  it('throws with the line for an unclosed quote and for text after a closing quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrowError(/line 2: a quoted field is not closed/)
    expect(() => parseCsv('a\n"x"y\n')).toThrow(UserError)
  })

  it('returns the same records however the text is cut into chunks (property)', () => {
    const field = fc.oneof(
      fc.constantFrom('', 'a', '"', ',', '\n', 'x y', '""', '\r\n'),
      fc.string({ maxLength: 4 }),
    )
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(table, fc.array(fc.nat(200), { maxLength: 8 }), (rows, cuts) => {
        const quote = (value: string) => `"${value.replaceAll('"', '""')}"`
        const text = rows.map((row) => row.map(quote).join(',')).join('\r\n')
        expect(parseInPieces(text, cuts)).toEqual(parseCsv(text))
        expect(parseCsv(text)).toEqual(rows)
      }),
    )
  })
})
