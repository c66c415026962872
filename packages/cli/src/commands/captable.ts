/**
 * @module commands/captable
 * `avp captable plan.yaml [--after ROUND] [--json]`: the cap table after each planned round, safes and notes
 * converted. JSON contract: `{ convention, rounding, rounds: [{ id, name, pricePerShareUsd, pricePerShare,
 * holders: [{ holder, shares, ownershipPct }], conversions }] }`.
 */
import { capTableFromPlan, capTableInputFromPlan, type Language, translate } from '@avp/core'
import { formatNumber } from '@avp/report'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { withPlanIssues } from '../finance/cli-finance-support.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runCaptable(
  file: string,
  options: { after?: string; json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const { plan, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const table = await withPlanIssues(file, io, language, () => capTableFromPlan(plan))
  const { eventRoundIds } = capTableInputFromPlan(plan)
  const rounds = table.rounds.map((round) => {
    const index = Number(round.path.split('.')[1])
    return {
      id: eventRoundIds[index] ?? null,
      name: round.name,
      date: round.date ?? null,
      pricePerShareUsd: round.pricePerShareUsd,
      pricePerShare: round.pricePerShare,
      newMoneyUsd: round.newMoneyUsd,
      totalShares: round.totalShares,
      holders: round.holders.map(({ holder, shares, ownershipPct }) => ({ holder, shares, ownershipPct })),
      conversions: round.conversions,
    }
  })
  let shown = rounds
  if (options.after !== undefined) {
    const wanted = options.after
    shown = rounds.filter((round) => round.id === wanted || round.name === wanted)
    if (shown.length === 0)
      throw new CliError(
        [
          t('finance.cli.unknownRound', {
            round: wanted,
            rounds: rounds.map((round) => round.id ?? round.name).join(', ') || '—',
          }),
        ],
        exitCodes.badInput,
      )
  }
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ convention: table.convention, rounding: table.rounding, rounds: shown, holders: options.after === undefined ? table.holders : shown[0]!.holders }, null, 2)}\n`,
    )
    return exitCodes.ok
  }
  const decimals =
    table.rounding.priceDecimals === null
      ? t('finance.text.exactPrices')
      : String(table.rounding.priceDecimals)
  const lines = [
    t('finance.text.convention', { convention: table.convention, decimals, shares: table.rounding.shares }),
  ]
  const holdersTable = (
    holders: ReadonlyArray<{ holder: string; shares: number; ownershipPct: number }>,
    lang: Language,
  ) => {
    const width = Math.max(...holders.map((holder) => holder.holder.length), t('finance.text.holder').length)
    return [
      `  ${t('finance.text.holder').padEnd(width)}  ${t('finance.text.shares').padStart(14)}  ${t('finance.text.ownership').padStart(10)}`,
      ...holders.map(
        (holder) =>
          `  ${holder.holder.padEnd(width)}  ${formatNumber(holder.shares, lang, 0).padStart(14)}  ${`${formatNumber(holder.ownershipPct, lang, 2)} %`.padStart(10)}`,
      ),
    ]
  }
  for (const round of shown) {
    lines.push(
      '',
      `${t('finance.text.round')}: ${round.name} (${round.date ?? ''}) — ${t('finance.text.pricePerShare')} $${round.pricePerShareUsd}`,
    )
    for (const conversion of round.conversions)
      lines.push(
        `  ${t('finance.text.conversions')}: ${conversion.holder} — ${conversion.shares} @ $${conversion.pricePerShareUsd} (${t('finance.text.basis')}: ${conversion.basis})`,
      )
    lines.push(...holdersTable(round.holders, language))
  }
  if (shown.length === 0) lines.push('', ...holdersTable(table.holders, language))
  io.stdout(`${lines.join('\n')}\n`)
  return exitCodes.ok
}
