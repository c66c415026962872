export type { Catalogue } from './en.ts'
export { formatIssue, issueMessage } from './format-issue.ts'
export {
  catalogue,
  hasMessage,
  type Language,
  languages,
  type MessageKey,
  normalizeLanguage,
  translate,
} from './translate.ts'
