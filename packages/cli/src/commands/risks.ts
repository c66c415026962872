/**
 * @module commands/risks
 * `avp risks plan.yaml [--json] [--simulate --years N --seed N]`: the register scored on the plan's matrix,
 * early warnings, overdue reviews and heat maps, and optionally the seeded loss Monte Carlo (ALE,
 * percentiles, the loss-exceedance curve, control returns). Exit 0, or 1 when an indicator is red (as
 * `avp check`), 2 for bad input.
 *
 * `avp risks suggest plan.yaml [--json]`: the starter-catalogue risks the plan's facts point to.
 */
import { basename } from 'node:path'
import {
  type Analysis,
  catalogueRisk,
  catalogueText,
  formatIssue,
  type Language,
  quantifiedRegisterFromPlan,
  type RegisterSimulation,
  type RiskSuggestion,
  simulateRegister,
  translate,
  UserError,
  type VenturePlan,
} from '@avp/core'
import { bandLabel, formatMoney, formatNumber, heatMapText } from '@avp/report'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export interface RisksOptions {
  json?: boolean
  simulate?: boolean
  years?: number
  seed?: number
}

type Key = Parameters<typeof translate>[1]
type Params = Parameters<typeof translate>[2]

/** Runs the Monte Carlo, turning a bad `--years` or `--seed` into exit 2 with the flag named. */
function simulate(plan: VenturePlan, options: RisksOptions, language: Language): RegisterSimulation | null {
  const risks = quantifiedRegisterFromPlan(plan.risks.register)
  if (risks.length === 0) return null
  try {
    return simulateRegister(risks, {
      seed: options.seed ?? 1,
      years: options.years ?? 100_000,
      path: ['risks', 'register'],
    })
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const lines =
      error.issues.length > 0 ? error.issues.map((issue) => formatIssue(issue, language)) : [error.message]
    throw new CliError(lines, exitCodes.badInput)
  }
}

function registerText(analysis: Analysis, file: string, language: Language): string[] {
  const t = (key: Key, params?: Params) => translate(language, key, params)
  const money = (usd: number) => formatMoney(usd, analysis.company, language)
  const { register, matrix, totals } = analysis.risks
  const lines = [
    t('risk.cli.register', {
      name: analysis.company.name,
      count: register.length,
      rows: matrix.likelihood.length,
      columns: matrix.impact.length,
    }),
  ]
  if (register.length === 0) return [...lines, `  ${t('risk.cli.noRisks', { file: basename(file) })}`]
  for (const risk of register) {
    const score = (position: typeof risk.inherent) =>
      `${position.score} ${bandLabel(position.band, language)}`
    const loss =
      risk.quantified === null
        ? ''
        : `, ${t('risk.cli.columns.expectedLoss')} ${money(risk.quantified.residualExpectedLossUsd)}`
    lines.push(
      `  ${risk.id.padEnd(24)} ${score(risk.inherent).padEnd(12)} → ${score(risk.residual).padEnd(12)} ${t(`report.responses.${risk.response}`)}${risk.owner === null ? '' : `, ${risk.owner}`}${loss}`,
    )
  }
  if (totals.quantifiedRisks > 0) {
    lines.push(
      t('risk.cli.expectedLoss', {
        count: totals.quantifiedRisks,
        inherent: money(totals.inherentExpectedLossUsd),
        residual: money(totals.residualExpectedLossUsd),
        controls: money(totals.controlsAnnualCostUsd),
        premiums: money(totals.annualPremiumUsd),
      }),
    )
  }
  const placed = (view: 'inherent' | 'residual') =>
    register.map((risk) => ({ id: risk.id, title: risk.title, ...risk[view] }))
  lines.push('', t('risk.cli.heatMapInherent'), heatMapText(matrix, placed('inherent'), language))
  lines.push('', t('risk.cli.heatMapResidual'), heatMapText(matrix, placed('residual'), language))
  return lines
}

function findingsText(analysis: Analysis, language: Language): string[] {
  const t = (key: Key, params?: Params) => translate(language, key, params)
  const lines = ['', t('risk.cli.warnings')]
  if (analysis.warnings.length === 0) lines.push(`  ${t('risk.cli.noWarnings')}`)
  for (const warning of analysis.warnings) {
    lines.push(
      `  ${t('risk.cli.warningLine', {
        level: t(`cli.status.${warning.level}`),
        title: warning.title,
        value: formatNumber(warning.value, language),
        direction: t(`report.${warning.warnWhen}`),
        threshold: formatNumber(warning.threshold, language),
      })}`,
    )
    if (warning.risk !== null && warning.risk.proposedLikelihood > warning.risk.likelihood) {
      const { title, likelihood, proposedLikelihood } = warning.risk
      lines.push(
        `    ${t('risk.cli.proposeLikelihood', { risk: title, from: likelihood, to: proposedLikelihood })}`,
      )
    }
    if (warning.contingencyPlan.length > 0) {
      lines.push(`    ${t('report.contingency')}: ${warning.contingencyPlan.join('; ')}`)
    }
  }
  lines.push('', t('risk.cli.overdue'))
  if (analysis.risks.overdueReviews.length === 0) lines.push(`  ${t('risk.cli.noOverdue')}`)
  for (const review of analysis.risks.overdueReviews) {
    lines.push(
      `  ${t('risk.cli.overdueLine', { title: review.title, date: review.nextReviewOn, days: review.daysOverdue })}`,
    )
  }
  return lines
}

function simulationText(
  simulation: RegisterSimulation | null,
  analysis: Analysis,
  language: Language,
): string[] {
  const t = (key: Key, params?: Params) => translate(language, key, params)
  if (simulation === null) return ['', t('risk.cli.noQuantified')]
  const money = (usd: number) => formatMoney(usd, analysis.company, language)
  const lines = [
    '',
    t('risk.cli.simulation', { years: formatNumber(simulation.years, language), seed: simulation.seed }),
  ]
  const header = [
    t('risk.cli.columns.id').padEnd(24),
    t('risk.cli.columns.ale').padStart(12),
    t('risk.cli.columns.retained').padStart(14),
    t('risk.cli.columns.p90').padStart(10),
    t('risk.cli.columns.p99').padStart(10),
    t('risk.cli.columns.totalCost').padStart(16),
  ]
  lines.push(`  ${header.join(' ')}`)
  const row = (id: string, view: RegisterSimulation['total'] | RegisterSimulation['risks'][number]) =>
    `  ${id.padEnd(24)} ${money(view.inherent.meanUsd).padStart(12)} ${money(view.retained.meanUsd).padStart(14)} ${money(view.retained.p90Usd).padStart(10)} ${money(view.retained.p99Usd).padStart(10)} ${money(view.totalCostOfRiskUsd).padStart(16)}`
  for (const risk of simulation.risks) lines.push(row(risk.id, risk))
  lines.push(row(t('risk.cli.total'), simulation.total))
  for (const risk of simulation.risks) {
    for (const control of risk.controls) {
      if (control.returnOnCost === null) continue
      lines.push(
        `  ${t('risk.cli.controlReturn', {
          control: control.id,
          risk: risk.id,
          cost: money(control.annualCostUsd),
          reduction: money(control.annualLossReductionUsd),
          ratio: formatNumber(control.returnOnCost, language, 2),
        })}`,
      )
    }
  }
  lines.push(t('risk.cli.exceedance'))
  const curve = simulation.total.retained.exceedance
  for (const [index, point] of curve.entries()) {
    if (point.lossUsd === 0 || (index % 4 !== 0 && index !== curve.length - 1)) continue
    lines.push(
      `  ${t('risk.cli.exceedanceLine', { loss: money(point.lossUsd), probability: formatNumber(point.probability, language, 4) })}`,
    )
  }
  return lines
}

export async function runRisks(
  file: string,
  options: RisksOptions,
  context: CommandContext,
): Promise<number> {
  const { io, language } = context
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const simulation = options.simulate ? simulate(plan, options, language) : null
  const red = analysis.indicators.filter((indicator) => indicator.status === 'red')
  if (options.json) {
    const { matrix, register, totals, overdueReviews } = analysis.risks
    const json = { matrix, register, totals, overdueReviews, warnings: analysis.warnings, simulation }
    io.stdout(`${JSON.stringify(json, null, 2)}\n`)
  } else {
    const lines = [...registerText(analysis, file, language), ...findingsText(analysis, language)]
    if (options.simulate) lines.push(...simulationText(simulation, analysis, language))
    io.stdout(`${lines.join('\n')}\n`)
    if (red.length > 0) io.stderr(`${translate(language, 'cli.checkRed', { count: red.length })}\n`)
  }
  return red.length > 0 ? exitCodes.checkFailed : exitCodes.ok
}

function suggestionJson(suggestion: RiskSuggestion, language: Language) {
  const entry = catalogueRisk(suggestion.catalogueId)
  return {
    ...suggestion,
    ...(entry && {
      category: entry.category,
      likelihood: entry.likelihood,
      impact: entry.impact,
      sources: entry.sources,
      ...catalogueText(entry, language),
    }),
  }
}

export async function runRisksSuggest(
  file: string,
  options: { json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const suggestions = analysis.risks.suggestions.map((suggestion) => suggestionJson(suggestion, language))
  if (options.json) {
    io.stdout(`${JSON.stringify({ suggestions }, null, 2)}\n`)
    return exitCodes.ok
  }
  const t = (key: Key, params?: Params) => translate(language, key, params)
  const lines = [t('risk.cli.suggestions', { count: suggestions.length })]
  if (suggestions.length === 0) lines.push(`  ${t('risk.cli.noSuggestions')}`)
  for (const suggestion of suggestions) {
    const covered =
      suggestion.coveredBy === null
        ? t('risk.cli.notCovered')
        : t('risk.cli.coveredBy', { id: suggestion.coveredBy })
    lines.push('', `• ${suggestion.title ?? suggestion.catalogueId} [${suggestion.catalogueId}] — ${covered}`)
    if (suggestion.description) lines.push(`  ${suggestion.description}`)
    if (suggestion.category) {
      lines.push(
        `  ${t(`report.riskCategories.${suggestion.category}`)}; ${t('risk.cli.typicalLevels', { likelihood: suggestion.likelihood, impact: suggestion.impact })}`,
      )
    }
    const facts = suggestion.facts.map(
      (fact) =>
        `${fact.figure} = ${typeof fact.value === 'number' ? formatNumber(fact.value, language, 2) : String(fact.value)}`,
    )
    lines.push(`  ${t('risk.cli.because')}: ${facts.join('; ')}`)
    if (suggestion.controls) lines.push(`  ${t('risk.cli.controls')}: ${suggestion.controls.join('; ')}`)
    if (suggestion.sources) lines.push(`  ${t('risk.cli.sources')}: ${suggestion.sources.join('; ')}`)
  }
  lines.push('', t('risk.cli.addHint'))
  io.stdout(`${lines.join('\n')}\n`)
  return exitCodes.ok
}
