/**
 * @module i18n/format-issue
 * Renders an `Issue` for a person, in their language:
 * `models[0].training.gpus: expected a positive integer, got -8 (plan.yaml:23:13)`.
 */
import { formatPath, type Issue } from '../errors.ts'
import { hasMessage, type Language, type MessageKey, translate } from './translate.ts'

const templateByCode: Readonly<Record<string, MessageKey>> = {
  missing: 'issue.missing',
  unknown_key: 'issue.unknownKey',
  one_of: 'issue.oneOf',
  syntax: 'issue.syntax',
  duplicate_id: 'issue.duplicateId',
  range_order: 'issue.rangeOrder',
  month_order: 'issue.monthOrder',
  before_founding: 'issue.beforeFounding',
  architecture_incomplete: 'issue.architectureIncomplete',
  heads_not_divisible: 'issue.headsNotDivisible',
  assumption_path: 'issue.assumptionPath',
  format_too_new: 'issue.formatTooNew',
  format_unknown: 'issue.formatUnknown',
  unknown_figure: 'issue.unknownFigure',
  unknown_gpu: 'issue.unknownGpu',
  fits_nowhere: 'issue.fitsNowhere',
  layout_gpu_mismatch: 'issue.layoutGpuMismatch',
  risk_level_off_scale: 'risk.issue.offScale',
  risk_quantity_incomplete: 'risk.issue.quantityIncomplete',
  risk_interval: 'risk.issue.interval',
  risk_percent: 'risk.issue.percent',
}

/** The issue's message in `language`; English issues from engines without a template keep their text. */
export function issueMessage(issue: Issue, language: Language): string {
  if (language === 'en') return issue.message
  const params = issue.params ?? {}
  let text: string
  if (issue.code === 'expected') {
    const kindKey = `expected.${String(params.expected)}`
    const expected = hasMessage(kindKey) ? translate(language, kindKey) : String(params.expected)
    text = translate(language, 'issue.expected', { expected, received: params.received })
  } else if (issue.code === 'unknown_reference') {
    const kindKey = `reference.${String(params.kind)}`
    const kind = hasMessage(kindKey) ? translate(language, kindKey) : String(params.kind)
    text = translate(language, 'issue.unknownReference', { kind, value: params.value })
  } else if (issue.code === 'unknown_figure') {
    text = translate(language, 'issue.unknownFigure', { name: params.figure })
  } else {
    const template = templateByCode[issue.code]
    text =
      template === undefined
        ? translate(language, 'issue.invalid', { detail: issue.message })
        : translate(language, template, params)
  }
  const suggestion = params.suggestion ?? params.suggestions
  if (typeof suggestion === 'string' && suggestion !== '') {
    text += `；${translate(language, 'issue.didYouMean', { suggestion })}`
  }
  return text
}

/**
 * One line per issue: path, message and, when known, `file:line:column`.
 * @example
 * formatIssue({ code: 'missing', path: ['company', 'name'], message: 'required, but missing' }, 'en')
 * //=> 'company.name: required, but missing'
 */
export function formatIssue(issue: Issue, language: Language): string {
  const where = issue.source
    ? ` (${issue.source.file === undefined ? '' : `${issue.source.file}:`}${issue.source.line}:${issue.source.column})`
    : ''
  return `${formatPath(issue.path)}: ${issueMessage(issue, language)}${where}`
}
