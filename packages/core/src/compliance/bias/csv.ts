/**
 * @module compliance/bias/csv
 * A small incremental CSV reader after RFC 4180: fields separated by commas, records by CRLF or LF,
 * fields with commas, quotes or line breaks enclosed in double quotes, a quote inside written twice.
 * `parseCsvChunk` is a pure function of (state, chunk): the caller feeds chunks as they arrive from a
 * stream and memory holds one chunk's records, never the file.
 */
import { UserError } from '../../errors.ts'

/** What the parser carries from one chunk to the next. */
export interface CsvState {
  /** Text of the field being read (it may span chunks). */
  readonly field: string
  /** Fields of the record being read. */
  readonly record: readonly string[]
  /** Inside a quoted field. */
  readonly quoted: boolean
  /** Just read a quote inside a quoted field: it closes the field or starts an escaped `""`. */
  readonly quotePending: boolean
  /** The last chunk ended with CR; a following LF belongs to the same line break. */
  readonly afterCarriageReturn: boolean
  /** The current field was quoted and has been closed (only a separator may follow). */
  readonly closed: boolean
  /** 1-based line of the next character. */
  readonly line: number
  /** 1-based line the record being read starts on. */
  readonly recordLine: number
  readonly started: boolean
}

export interface CsvChunkResult {
  readonly state: CsvState
  readonly records: string[][]
  /** The line each record starts on (same order as `records`). */
  readonly lines: number[]
}

/** The state before the first chunk. */
export const initialCsvState: CsvState = {
  field: '',
  record: [],
  quoted: false,
  quotePending: false,
  afterCarriageReturn: false,
  closed: false,
  line: 1,
  recordLine: 1,
  started: false,
}

const COMMA = 44
const QUOTE = 34
const LF = 10
const CR = 13

function syntaxError(line: number, detail: string, reason: 'unclosed' | 'after-quote'): UserError {
  const message = `CSV line ${line}: ${detail}`
  return new UserError('csv_syntax', message, [
    { code: 'csv_syntax', path: ['line', line], message, params: { line, reason } },
  ])
}

/**
 * Reads `chunk` and returns the complete records in it plus the state to continue with. Pass
 * `final: true` with the last chunk (it may be empty) to flush the last record.
 * Completely blank lines are skipped.
 * @example
 * parseCsvChunk(initialCsvState, 'a,"b ""x"""\r\n1,2\n', true).records //=> [['a', 'b "x"'], ['1', '2']]
 */
export function parseCsvChunk(state: CsvState, chunk: string, final = false): CsvChunkResult {
  let { field, quoted, quotePending, afterCarriageReturn, closed, line, recordLine } = state
  let record = [...state.record]
  const records: string[][] = []
  const lines: number[] = []
  let start = 0
  let index = 0
  if (!state.started && chunk.charCodeAt(0) === 0xfeff) {
    start = 1
    index = 1
  }
  const length = chunk.length

  const endRecord = () => {
    record.push(field)
    field = ''
    closed = false
    // A blank line is one empty field: skip it rather than report a record.
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record)
      lines.push(recordLine)
    }
    record = []
  }

  while (index < length) {
    const code = chunk.charCodeAt(index)
    if (afterCarriageReturn) {
      afterCarriageReturn = false
      if (code === LF) {
        index++
        start = index
        continue
      }
    }
    if (quoted) {
      if (quotePending) {
        quotePending = false
        if (code === QUOTE) {
          field += '"'
          index++
          start = index
          continue
        }
        quoted = false
        closed = true
        continue // re-read this character outside the quotes
      }
      // Copy a run of ordinary characters at once.
      const next = chunk.indexOf('"', index)
      const end = next === -1 ? length : next
      for (let scan = index; scan < end; scan++) if (chunk.charCodeAt(scan) === LF) line++
      field += chunk.slice(index, end)
      index = end
      if (next !== -1) {
        quotePending = true
        index++
      }
      start = index
      continue
    }
    if (code === COMMA) {
      record.push(field)
      field = ''
      closed = false
      index++
      start = index
      continue
    }
    if (code === LF || code === CR) {
      endRecord()
      line++
      recordLine = line
      afterCarriageReturn = code === CR
      index++
      start = index
      continue
    }
    if (closed)
      throw syntaxError(
        line,
        'unexpected text after a closing quote (a quote inside a quoted field is written "")',
        'after-quote',
      )
    if (code === QUOTE && field === '') {
      quoted = true
      index++
      start = index
      continue
    }
    // Unquoted text up to the next separator, line break or quote.
    let end = index + 1
    while (end < length) {
      const c = chunk.charCodeAt(end)
      if (c === COMMA || c === LF || c === CR) break
      end++
    }
    field += chunk.slice(start, end)
    index = end
    start = index
  }

  if (final) {
    if (quoted && !quotePending)
      throw syntaxError(recordLine, 'a quoted field is not closed before the end of the file', 'unclosed')
    if (field !== '' || record.length > 0 || closed || quotePending) endRecord()
    return { state: { ...initialCsvState, line, recordLine: line, started: true }, records, lines }
  }
  return {
    state: {
      field,
      record,
      quoted,
      quotePending,
      afterCarriageReturn,
      closed,
      line,
      recordLine,
      started: true,
    },
    records,
    lines,
  }
}

/**
 * All records of a whole text (for small inputs and tests).
 * @example
 * parseCsv('x,y\n1,2') //=> [['x', 'y'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  return parseCsvChunk(initialCsvState, text, true).records
}
