/**
 * @module guide/render-guide
 * Words a guide topic in a language: title, our explanation, and the sentence quoting this venture's
 * figures (or what to add to the plan when they are missing). Figures go through the one formatter: money
 * compact in the venture's display currency (`$2.1M`, `¥1512万`).
 */
import { formatMoney, formatNumber, type MoneyDisplay, usdDisplay } from '../i18n/format.ts'
import { hasMessage, type Language, translate } from '../i18n/translate.ts'
import type { GuideFigureValue, GuideTopicLink } from './link-figures.ts'
import { type GuideTopicText, guideTextEn } from './text-en.ts'
import { guideTextZhCN } from './text-zh-CN.ts'
import { type GuideTopicId, guideSections, guideTopicIds } from './topics.ts'

export interface RenderedGuideTopic {
  readonly id: GuideTopicId
  readonly question: number
  readonly title: string
  readonly body: string
  /** The sentence about this venture; null when rendered without a plan. */
  readonly yourFigures: string | null
  readonly section: string
  readonly command: string
}

const texts: Readonly<Record<Language, Readonly<Record<GuideTopicId, GuideTopicText>>>> = {
  en: guideTextEn,
  'zh-CN': guideTextZhCN,
}

/** A topic's prose in a language. */
export function guideText(id: GuideTopicId, language: Language): GuideTopicText {
  return texts[language][id]
}

/** Figures holding identifiers, and the catalogue group that names them. */
const valueGroups: Readonly<Record<string, string>> = {
  strongest: 'strategy.dimensions',
  weakest: 'strategy.dimensions',
  weakestFactor: 'strategy.factors',
  missingRoles: 'strategy.needs',
  scenarios: 'report.scenarios',
  revenueModels: 'report.revenueModels',
}

/**
 * One figure as a reader sees it: amounts compact with their currency, identifiers of dimensions and
 * factors translated, other numbers with grouping.
 * @example
 * formatGuideFigure('trainingCostUsd', 2_100_000, 'en') //=> '$2.1M'
 */
export function formatGuideFigure(
  name: string,
  value: GuideFigureValue,
  language: Language,
  display: MoneyDisplay = usdDisplay,
): string {
  if (value === null) return '—'
  if (typeof value === 'string') {
    const group = valueGroups[name]
    if (group === undefined) return value
    return value
      .split(', ')
      .map((item) => {
        const key = `${group}.${item}`
        return hasMessage(key) ? translate(language, key) : item
      })
      .join(language === 'zh-CN' ? '、' : ', ')
  }
  return name.endsWith('Usd') ? formatMoney(value, language, display) : formatNumber(value, language, 2)
}

/**
 * Fills `{name}` placeholders; a `[[…]]` part disappears when a figure inside it has no value.
 * @example
 * fillGuideTemplate('a {x}[[, b {y}]].', { x: 1, y: null }, 'en') //=> 'a 1.'
 */
export function fillGuideTemplate(
  template: string,
  figures: Readonly<Record<string, GuideFigureValue>>,
  language: Language,
  display: MoneyDisplay = usdDisplay,
): string {
  const optional = template.replace(/\[\[(.*?)\]\]/g, (_whole, inner: string) => {
    const names = [...inner.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
    return names.some((name) => (figures[name] ?? null) === null) ? '' : inner
  })
  return optional.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in figures ? formatGuideFigure(name, figures[name] ?? null, language) : whole,
  )
}

/**
 * A topic in a language, with this venture's figures when a link is given, money in the venture's display
 * currency (`display`, from the plan's company).
 * @example
 * renderGuideTopic('financing', 'en').title //=> 'Financing'
 */
export function renderGuideTopic(
  id: GuideTopicId,
  language: Language,
  link?: GuideTopicLink,
  display: MoneyDisplay = usdDisplay,
): RenderedGuideTopic {
  const text = guideText(id, language)
  const { question, section, command } = guideSections[id]
  let yourFigures: string | null = null
  if (link !== undefined) {
    const template = link.linked || text.missing === '' ? text.figure : text.missing
    yourFigures = fillGuideTemplate(template, link.figures, language, display)
  }
  return { id, question, title: text.title, body: text.body, yourFigures, section, command }
}

/**
 * Finds a topic by id or by its question number (1–20); undefined when neither matches.
 * @example
 * findGuideTopic('15') //=> 'financing'
 */
export function findGuideTopic(query: string): GuideTopicId | undefined {
  const number = Number(query)
  if (Number.isInteger(number) && number >= 1 && number <= guideTopicIds.length)
    return guideTopicIds[number - 1]
  return guideTopicIds.find((id) => id === query)
}
