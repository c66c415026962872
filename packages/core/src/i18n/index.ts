export type { Catalogue } from './en.ts'
export { type EnglishRun, findEnglishRuns } from './english-in-chinese.ts'
export {
  createFormatter,
  type Formatter,
  formatCompactNumber,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatMonths,
  formatNumber,
  formatPercent,
  formatRegion,
  type MoneyDisplay,
  type MoneyOptions,
  usdDisplay,
} from './format.ts'
export { formatIssue, issueMessage } from './format-issue.ts'
export { formatParam, type Message, type MessageParam, renderMessage } from './message.ts'
export {
  catalogue,
  hasMessage,
  type Language,
  languages,
  type MessageKey,
  normalizeLanguage,
  translate,
} from './translate.ts'
