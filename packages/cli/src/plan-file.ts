/**
 * @module plan-file
 * Reads a plan file and turns every problem into translated, positioned lines: the file's own problems
 * from the parser, and problems only the analysis can find (unknown figures) located in the same text.
 */
import { basename } from 'node:path'
import {
  type Analysis,
  analyze,
  formatIssue,
  type Language,
  locateIssues,
  type PlanNotice,
  parsePlanText,
  translate,
  UserError,
  type VenturePlan,
} from '@avp/core'
import { CliError } from './cli-error.ts'
import { exitCodes } from './exit-codes.ts'
import type { CliIo } from './io.ts'

export interface LoadedPlan {
  readonly plan: VenturePlan
  readonly analysis: Analysis
  readonly notices: readonly PlanNotice[]
}

async function readPlanText(file: string, io: CliIo, language: Language): Promise<string> {
  try {
    return await io.readText(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const line =
      code === 'ENOENT'
        ? translate(language, 'cli.fileNotFound', { file })
        : translate(language, 'cli.fileUnreadable', { file, reason: (error as Error).message })
    throw new CliError([line], exitCodes.badInput)
  }
}

function invalid(file: string, issues: UserError['issues'], language: Language): CliError {
  const heading = translate(language, 'cli.invalidPlan', { file, count: issues.length })
  return new CliError(
    [heading, ...issues.map((issue) => `  ${formatIssue(issue, language)}`)],
    exitCodes.badInput,
  )
}

/** Reads, validates and analyses a plan file, or throws a `CliError` listing every problem. */
export async function loadPlan(file: string, io: CliIo, language: Language): Promise<LoadedPlan> {
  const text = await readPlanText(file, io, language)
  const fileName = basename(file)
  const parsed = parsePlanText(text, { fileName })
  if (!parsed.ok) throw invalid(file, parsed.issues, language)
  try {
    return { plan: parsed.plan, analysis: analyze(parsed.plan), notices: parsed.notices }
  } catch (error) {
    if (error instanceof UserError)
      throw invalid(file, locateIssues(text, error.issues, { fileName }), language)
    throw error
  }
}

/** Tells the user about format upgrades applied while reading (never silent). */
export function reportNotices(notices: readonly PlanNotice[], io: CliIo, language: Language): void {
  for (const notice of notices) {
    io.stderr(
      `${translate(language, 'plan.upgraded', { from: notice.from, to: notice.to, change: notice.change[language] })}\n`,
    )
  }
}
