/**
 * @module finance/cli-finance-support
 * Shared bits of the finance commands: parsing money and counts from options with translated errors,
 * turning a `UserError` found after loading (bad assumptions) into positioned lines, and money text.
 */
import { basename } from 'node:path'
import { type Analysis, formatIssue, type Language, locateIssues, translate, UserError } from '@avp/core'
import { formatMoney, formatNumber } from '@avp/report'
import { CliError } from '../cli-error.ts'
import { exitCodes } from '../exit-codes.ts'
import type { CliIo } from '../io.ts'

/** A non-negative amount from an option, or a `CliError` (exit 2) naming the option. */
export function moneyOption(
  value: string | undefined,
  option: string,
  language: Language,
): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value.replaceAll('_', ''))
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0)
    throw new CliError([translate(language, 'finance.cli.notANumber', { option, value })], exitCodes.badInput)
  return parsed
}

/** A whole number within [min, max] from an option, or a `CliError` (exit 2). */
export function countOption(
  value: string | undefined,
  option: string,
  range: { min: number; max: number; fallback: number },
  language: Language,
): number {
  if (value === undefined) return range.fallback
  const parsed = Number(value.replaceAll('_', ''))
  if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max)
    throw new CliError(
      [translate(language, 'finance.cli.notAWholeNumber', { option, value, min: range.min, max: range.max })],
      exitCodes.badInput,
    )
  return parsed
}

/** Runs `work`; a `UserError` becomes the same positioned lines `avp check` prints, exit 2. */
export async function withPlanIssues<T>(
  file: string,
  io: CliIo,
  language: Language,
  work: () => T,
): Promise<T> {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const text = await io.readText(file)
    const issues = locateIssues(text, error.issues, { fileName: basename(file) })
    throw new CliError(
      [
        translate(language, 'cli.invalidPlan', { file, count: issues.length }),
        ...issues.map((issue) => `  ${formatIssue(issue, language)}`),
      ],
      exitCodes.badInput,
    )
  }
}

/** Money in the plan's display currency. */
export function moneyText(usd: number | null, analysis: Analysis, language: Language): string {
  return usd === null ? '—' : formatMoney(usd, analysis.company, language)
}

/** A percentage with one decimal. */
export function pctText(value: number | null, language: Language): string {
  return value === null ? '—' : `${formatNumber(value, language, 1)} %`
}

/** Lines as a left-aligned two-column block. */
export function twoColumns(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')
}
