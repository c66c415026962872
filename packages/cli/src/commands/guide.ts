/**
 * @module commands/guide
 * `avp guide [topic] [--plan plan.yaml] [--json]`: the seed's twenty topics explained in the user's
 * language; with a plan, each topic quotes that venture's own figures.
 */
import {
  findGuideTopic,
  type GuideTopicLink,
  guideTopicIds,
  type MoneyDisplay,
  renderGuideTopic,
  translate,
} from '@avp/core'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { loadPlan, reportNotices } from '../plan-file.ts'

export async function runGuide(
  topic: string | undefined,
  options: { plan?: string; json?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  const ids = topic === undefined ? [...guideTopicIds] : [findGuideTopic(topic)]
  if (ids[0] === undefined) {
    const line = translate(language, 'strategy.cli.unknownTopic', {
      topic,
      topics: guideTopicIds.map((id, index) => `${index + 1} ${id}`).join(', '),
    })
    throw new CliError([line], exitCodes.badInput)
  }
  let links: readonly GuideTopicLink[] | undefined
  let display: MoneyDisplay | undefined
  if (options.plan !== undefined) {
    const loaded = await loadPlan(options.plan, io, language)
    reportNotices(loaded.notices, io, language)
    links = loaded.analysis.guide.topics
    display = loaded.analysis.company
  }
  const topics = ids.map((id) =>
    renderGuideTopic(
      id!,
      language,
      links?.find((link) => link.id === id),
      display,
    ),
  )
  if (options.json) {
    io.stdout(`${JSON.stringify(topics, null, 2)}\n`)
    return exitCodes.ok
  }
  const text = topics
    .map((item) =>
      [
        `${item.question}. ${item.title}  [${item.id}]`,
        `   ${item.body}`,
        ...(item.yourFigures === null ? [] : [`   → ${item.yourFigures}`]),
        `   ${translate(language, 'strategy.report.section')}: ${item.section} · ${translate(language, 'strategy.cli.command')}: ${item.command}`,
      ].join('\n'),
    )
    .join('\n\n')
  io.stdout(`${text}\n`)
  return exitCodes.ok
}
