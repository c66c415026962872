/**
 * @module commands/compliance
 * `avp compliance plan.yaml [--as-of DATE] [--json]` (alias `avp comply`): every product's EU AI Act
 * tiers, obligations, to-dos and timeline. Exit 1 when a prohibited practice is already in force.
 */
import {
  analyzeCompliance,
  type ComplianceAnalysis,
  formatIssue,
  trainingFlopsByModel,
  translate,
  UserError,
} from '@avp/core'
import { complianceSection, renderMarkdown } from '@avp/report'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runCompliance(
  file: string,
  options: { json?: boolean; asOf?: string },
  { io, language }: CommandContext,
): Promise<number> {
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  let compliance: ComplianceAnalysis = analysis.compliance
  if (options.asOf !== undefined) {
    try {
      compliance = analyzeCompliance(plan, {
        asOf: options.asOf,
        trainingFlopsByModel: trainingFlopsByModel(analysis.compute.training),
      })
    } catch (error) {
      if (error instanceof UserError)
        throw new CliError(
          error.issues.map((issue) => `--as-of: ${formatIssue({ ...issue, path: [] }, language)}`),
          exitCodes.badInput,
        )
      throw error
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(compliance, null, 2)}\n`)
  else {
    const title = translate(language, 'compliance.heading', { date: compliance.asOf })
    const blocks = complianceSection(compliance, language).slice(1)
    io.stdout(renderMarkdown({ language, title: `${analysis.company.name}: ${title}`, blocks }))
  }
  const prohibitedInForce = compliance.products.some((product) =>
    product.obligations.some(
      (obligation) => obligation.topic === 'prohibition' && obligation.status === 'in-force',
    ),
  )
  return prohibitedInForce ? exitCodes.checkFailed : exitCodes.ok
}
