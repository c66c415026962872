/**
 * @module commands/audit-bias
 * `avp audit bias data.csv --group sex,race --selected hired [--label y] [--score s] [--json]
 * [--out report.html|md]`: streams the CSV from disk in 64 KiB chunks through the core's incremental
 * parser, so memory does not grow with the file.
 */
import { createReadStream } from 'node:fs'
import { extname } from 'node:path'
import {
  type BiasAudit,
  type BiasAuditOptions,
  createBiasAuditStream,
  type Issue,
  type Language,
  type MessageKey,
  translate,
  UserError,
} from '@avp/core'
import { biasAuditBlocks, renderHtml, renderMarkdown } from '@avp/report'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { writeOrFail } from '../write-file.ts'

export interface AuditBiasOptions {
  readonly group: string
  readonly selected: string
  readonly label?: string
  readonly score?: string
  readonly excludeSmall?: boolean
  readonly emptyAsUnknown?: boolean
  readonly privileged?: string[]
  readonly json?: boolean
  readonly out?: string
}

const list = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')

/** `sex=Male` pairs into a record. */
function privilegedOf(pairs: readonly string[] | undefined): Record<string, string> | undefined {
  if (pairs === undefined || pairs.length === 0) return undefined
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=')
      return at < 0 ? [pair, ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
    }),
  )
}

/** A CSV problem in the reader's language, from the issue's code and parameters. */
export function csvIssueText(issue: Issue, language: Language): string {
  const params = issue.params ?? {}
  const key: MessageKey | null =
    issue.code === 'csv_missing_column'
      ? 'compliance.csvErrors.missingColumn'
      : issue.code === 'csv_value'
        ? params.reason === 'empty'
          ? 'compliance.csvErrors.empty'
          : params.reason === 'number'
            ? 'compliance.csvErrors.number'
            : 'compliance.csvErrors.binary'
        : issue.code === 'csv_field_count'
          ? 'compliance.csvErrors.fieldCount'
          : issue.code === 'csv_syntax'
            ? params.reason === 'unclosed'
              ? 'compliance.csvErrors.unclosed'
              : 'compliance.csvErrors.afterQuote'
            : issue.code === 'csv_empty'
              ? 'compliance.csvErrors.empty_file'
              : issue.code === 'csv_no_group'
                ? 'compliance.csvErrors.noGroup'
                : null
  if (key === null) return issue.message
  const suggestions =
    typeof params.suggestions === 'string' && params.suggestions !== ''
      ? params.suggestions
          .split(', ')
          .map((name) => `"${name}"`)
          .join(', ')
      : translate(language, 'compliance.csvErrors.none')
  return translate(language, key, { ...params, suggestions })
}

async function auditFile(file: string, options: BiasAuditOptions): Promise<BiasAudit> {
  const stream = createBiasAuditStream(options)
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 65_536 }))
    stream.push(chunk as string)
  return stream.finish()
}

export async function runAuditBias(
  file: string,
  options: AuditBiasOptions,
  { io, language }: CommandContext,
): Promise<number> {
  const privileged = privilegedOf(options.privileged)
  const auditOptions: BiasAuditOptions = {
    groupColumns: list(options.group),
    selectedColumn: options.selected,
    ...(options.label === undefined ? {} : { labelColumn: options.label }),
    ...(options.score === undefined ? {} : { scoreColumn: options.score }),
    ...(options.excludeSmall === true ? { excludeSmallGroups: true } : {}),
    ...(options.emptyAsUnknown === true ? { emptyAsUnknown: true } : {}),
    ...(privileged === undefined ? {} : { privileged }),
  }
  const format =
    options.out === undefined
      ? null
      : ['.html', '.htm'].includes(extname(options.out).toLowerCase())
        ? 'html'
        : extname(options.out).toLowerCase() === '.md'
          ? 'markdown'
          : undefined
  if (format === undefined)
    throw new CliError(
      [translate(language, 'cli.reportBadExtension', { file: options.out })],
      exitCodes.badInput,
    )
  let audit: BiasAudit
  try {
    audit = await auditFile(file, auditOptions)
  } catch (error) {
    if (error instanceof UserError) {
      throw new CliError(
        [
          translate(language, 'compliance.invalidCsv', { file }),
          ...error.issues.map((issue) => `  ${csvIssueText(issue, language)}`),
        ],
        exitCodes.badInput,
      )
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined)
      throw new CliError(
        [
          code === 'ENOENT'
            ? translate(language, 'cli.fileNotFound', { file })
            : translate(language, 'compliance.fileError', { file, reason: (error as Error).message }),
        ],
        exitCodes.badInput,
      )
    throw error
  }
  const blocks = biasAuditBlocks(audit, file, language)
  const document = {
    language,
    title: translate(language, 'compliance.biasHeading', { file, rows: audit.rowCount }),
    blocks,
  }
  if (options.out !== undefined && format !== null) {
    const text = format === 'html' ? renderHtml(document) : renderMarkdown(document)
    await writeOrFail(io, options.out, text, language)
    io.stderr(
      `${translate(language, 'cli.reportWritten', { file: options.out, bytes: Buffer.byteLength(text) })}\n`,
    )
  }
  if (options.json) io.stdout(`${JSON.stringify(audit, null, 2)}\n`)
  else if (options.out === undefined) io.stdout(renderMarkdown({ ...document, blocks: blocks.slice(1) }))
  return exitCodes.ok
}
