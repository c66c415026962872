/**
 * @module bias/bias-stream
 * The browser side of the bias audit: the header of an uploaded CSV (for choosing the group and selected
 * columns) and the audit itself, streamed chunk by chunk through core's `createBiasAuditStream`, so a large
 * file never sits in memory whole. Works without a server.
 */
import {
  type BiasAudit,
  type BiasAuditOptions,
  createBiasAuditStream,
  initialCsvState,
  parseCsvChunk,
} from '@avp/core'

/**
 * The column names of a CSV from its first chunk (the header must fit in it; 64 KiB is plenty).
 * @example
 * csvHeader('sex,race,hired\nF,A,1\n') //=> ['sex', 'race', 'hired']
 */
export function csvHeader(firstChunk: string): string[] {
  const newline = firstChunk.search(/\r?\n/)
  const head = newline < 0 ? firstChunk : firstChunk.slice(0, newline + 1)
  const result = parseCsvChunk(initialCsvState, head, newline < 0)
  return (result.records[0] ?? []).map((name) => name.trim()).filter((name) => name !== '')
}

/**
 * Audits CSV text arriving as chunks; `onProgress` hears the characters read so far.
 * @example
 * await auditChunks(['sex,hired\nF,1\n', 'M,0\n'], { groupColumns: ['sex'], selectedColumn: 'hired' }) // rowCount 2
 */
export async function auditChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: BiasAuditOptions,
  onProgress?: (characters: number) => void,
): Promise<BiasAudit> {
  const stream = createBiasAuditStream(options)
  let characters = 0
  for await (const chunk of chunks) {
    stream.push(chunk)
    characters += chunk.length
    onProgress?.(characters)
  }
  return stream.finish()
}

/**
 * A file's text as chunks, decoded as UTF-8 while it is read.
 * @example
 * await auditChunks(fileChunks(file), options)
 */
export async function* fileChunks(file: Blob): AsyncIterable<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    yield value
  }
}
