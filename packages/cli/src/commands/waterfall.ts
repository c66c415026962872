/**
 * @module commands/waterfall
 * `avp waterfall plan.yaml --exit 250000000 [--costs N] [--debt N] [--json]`: who receives what at an exit,
 * over the cap table after every planned round. JSON contract: `{ exitValueUsd, holders: [{ holder,
 * payoutUsd, converted }], classes, … }` with payouts exact to the cent.
 */
import { translate, waterfallFromPlan } from '@avp/core'
import { formatNumber } from '@avp/report'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { moneyOption, withPlanIssues } from '../finance/cli-finance-support.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runWaterfall(
  file: string,
  options: { exit: string; costs?: string; debt?: string; json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const exitValueUsd = moneyOption(options.exit, '--exit', language)!
  const transactionCostsUsd = moneyOption(options.costs, '--costs', language)
  const debtUsd = moneyOption(options.debt, '--debt', language)
  const { plan, notices } = await loadPlan(file, io, language)
  reportNotices(notices, io, language)
  const result = await withPlanIssues(file, io, language, () =>
    waterfallFromPlan(plan, {
      exitValueUsd,
      ...(transactionCostsUsd === undefined ? {} : { transactionCostsUsd }),
      ...(debtUsd === undefined ? {} : { debtUsd }),
    }),
  )
  if (options.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    return exitCodes.ok
  }
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  // Exact cents from the engine, grouped for reading; never re-rounded through a float.
  const dollars = (exact: string) => `$${exact.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',')}`
  const width = Math.max(
    ...result.holders.map((holder) => holder.holder.length),
    t('finance.text.holder').length,
  )
  const lines = [
    t('finance.text.exitValue', { amount: `$${formatNumber(exitValueUsd, language, 2)}` }),
    `  ${t('finance.text.holder').padEnd(width)}  ${t('finance.text.payout').padStart(18)}  ${t('finance.text.converted')}`,
    ...result.holders.map(
      (holder) =>
        `  ${holder.holder.padEnd(width)}  ${dollars(holder.payoutUsd).padStart(18)}  ${t(holder.converted ? 'finance.text.yes' : 'finance.text.no')}`,
    ),
  ]
  io.stdout(`${lines.join('\n')}\n`)
  return exitCodes.ok
}
