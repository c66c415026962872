/**
 * Streams a generated 1,000,000-row CSV (sex, race, selected, label, score) through the bias audit in
 * 64 KiB chunks, as the CLI does from a file stream. Rows per second = 1e6 / mean time.
 */
import { bench, describe } from 'vitest'
import { createBiasAuditStream } from './audit.ts'

const rowCount = 1_000_000
const sexes = ['Female', 'Male', 'unknown']
const races = ['Asian', 'Black', 'Hispanic or Latino', 'White', 'Two or More Races', 'Native American']

/** The CSV as 64 KiB chunks, from a fixed linear congruential sequence (same data every run). */
function generateChunks(): string[] {
  let seed = 12345
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
  const chunks: string[] = []
  let buffer = 'sex,race,selected,label,score\n'
  for (let row = 0; row < rowCount; row++) {
    const score = Math.floor(next() * 101)
    buffer += `${sexes[Math.floor(next() * 3)]},"${races[Math.floor(next() * races.length)]}",${score > 55 ? 1 : 0},${next() < 0.5 ? 1 : 0},${score}\n`
    if (buffer.length >= 65_536) {
      chunks.push(buffer)
      buffer = ''
    }
  }
  chunks.push(buffer)
  return chunks
}

const chunks = generateChunks()

describe('bias audit, 1,000,000 rows', () => {
  bench(
    'createBiasAuditStream over 64 KiB chunks',
    () => {
      const stream = createBiasAuditStream({
        groupColumns: ['sex', 'race'],
        selectedColumn: 'selected',
        labelColumn: 'label',
        scoreColumn: 'score',
        privileged: { sex: 'Male' },
      })
      for (const chunk of chunks) stream.push(chunk)
      const audit = stream.finish()
      if (audit.rowCount !== rowCount) throw new Error(`audited ${audit.rowCount} rows`)
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  )
})
