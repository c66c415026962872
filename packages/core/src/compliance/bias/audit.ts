/**
 * @module compliance/bias/audit
 * The bias audit over a CSV that arrives in chunks: the first record is the header, every other record
 * is tallied as it is parsed, and `finish` returns the audit. Memory holds one chunk and the tally.
 */
import { UserError } from '../../errors.ts'
import { type CsvState, initialCsvState, parseCsvChunk } from './csv.ts'
import { finishAudit } from './metrics.ts'
import { addRecord, type BiasTally, startTally } from './tally.ts'
import type { BiasAudit, BiasAuditOptions } from './types.ts'

export interface BiasAuditStream {
  /** Parses and tallies one chunk of CSV text. */
  readonly push: (chunk: string) => void
  /** Flushes the last record and returns the audit. */
  readonly finish: () => BiasAudit
}

/**
 * Starts a streaming audit.
 * @example
 * const audit = createBiasAuditStream({ groupColumns: ['sex'], selectedColumn: 'hired' })
 * audit.push('sex,hired\nF,1\nM,1\nM,0\n')
 * audit.finish().attributes[0].groups.map((group) => group.impactRatio) //=> [1, 0.5]
 */
export function createBiasAuditStream(options: BiasAuditOptions): BiasAuditStream {
  let state: CsvState = initialCsvState
  let tally: BiasTally | null = null
  const consume = (records: string[][], lines: number[]) => {
    for (let index = 0; index < records.length; index++) {
      if (tally === null) tally = startTally(records[index]!, options)
      else addRecord(tally, records[index]!, lines[index]!)
    }
  }
  return {
    push(chunk) {
      const result = parseCsvChunk(state, chunk)
      state = result.state
      consume(result.records, result.lines)
    },
    finish() {
      const result = parseCsvChunk(state, '', true)
      consume(result.records, result.lines)
      if (tally === null)
        throw new UserError('csv_empty', 'the CSV is empty (no header)', [
          { code: 'csv_empty', path: [], message: 'the CSV is empty (no header)' },
        ])
      return finishAudit(tally)
    },
  }
}

/**
 * Audits a whole CSV text (or its chunks).
 * @example
 * auditBiasCsv('sex,hired\nF,1\nM,0\n', { groupColumns: ['sex'], selectedColumn: 'hired' }).rowCount //=> 2
 */
export function auditBiasCsv(text: string | Iterable<string>, options: BiasAuditOptions): BiasAudit {
  const stream = createBiasAuditStream(options)
  for (const chunk of typeof text === 'string' ? [text] : text) stream.push(chunk)
  return stream.finish()
}
