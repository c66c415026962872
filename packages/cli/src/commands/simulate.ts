/**
 * @module commands/simulate
 * `avp simulate plan.yaml --runs 10000 [--seed N] [--json]`: Monte Carlo over the plan's assumptions with
 * every planned round closing with its probability. Prints P10 / P50 / P90 cash, the cash-out month
 * distribution, the probability of running out before the next round and the dilution at it. A progress
 * bar goes to stderr when stderr is a terminal.
 */
import { prepareAssumptions, translate } from '@avp/core'
import { formatMoney, formatNumber } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { countOption, withPlanIssues } from '../finance/cli-finance-support.ts'
import { runSimulation } from '../finance/run-simulation.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

function progressBar(write: (text: string) => void, label: string): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30
    const filled = Math.round((done / total) * width)
    write(
      `\r${label} [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`,
    )
  }
}

export async function runSimulate(
  file: string,
  options: { runs?: string; seed?: string; json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const runs = countOption(options.runs, '--runs', { min: 1, max: 1_000_000, fallback: 10_000 }, language)
  const seed = countOption(
    options.seed,
    '--seed',
    { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 1 },
    language,
  )
  const { plan, analysis, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  await withPlanIssues(file, io, language, () => prepareAssumptions(plan))
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const onTerminal = process.stderr.isTTY === true
  const result = await runSimulation(plan, {
    runs,
    seed,
    ...(onTerminal ? { onProgress: progressBar(io.stderr, t('finance.text.progress')) } : {}),
  })
  if (options.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    return exitCodes.ok
  }
  const money = (usd: number) => formatMoney(usd, analysis.company, language)
  const pct = (fraction: number) => `${formatNumber(fraction * 100, language, 1)} %`
  const lines = [t('finance.text.runs', { runs, seed }), '', t('finance.text.percentile')]
  result.months.forEach((month, index) => {
    if (index % 6 !== 0 && index !== result.months.length - 1) return
    lines.push(
      `  ${month}  ${money(result.cashP10Usd[index]!).padStart(10)} / ${money(result.cashP50Usd[index]!).padStart(10)} / ${money(result.cashP90Usd[index]!).padStart(10)}`,
    )
  })
  lines.push('', `${t('finance.text.cashOut')}: ${t('finance.text.share')}`)
  for (const entry of result.cashOutMonths)
    lines.push(`  ${(entry.month ?? t('finance.text.never')).padEnd(12)}  ${pct(entry.share)}`)
  lines.push(
    '',
    result.nextRound === null
      ? t('finance.text.noNextRound', { pct: pct(result.probabilityRunsOutBeforeNextRound) })
      : t('finance.text.probabilityBeforeRound', {
          round: result.nextRound.name,
          month: result.nextRound.month,
          pct: pct(result.probabilityRunsOutBeforeNextRound),
        }),
  )
  if (result.nextRound !== null && result.dilutionAtNextRoundPct !== null) {
    const d = result.dilutionAtNextRoundPct
    lines.push(
      t('finance.text.dilution', {
        round: result.nextRound.name,
        p10: `${formatNumber(d.p10, language, 1)} %`,
        p50: `${formatNumber(d.p50, language, 1)} %`,
        p90: `${formatNumber(d.p90, language, 1)} %`,
      }),
    )
  }
  io.stdout(`${lines.join('\n')}\n`)
  return exitCodes.ok
}
