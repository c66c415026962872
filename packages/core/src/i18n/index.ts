export type { Catalogue } from './en.ts'
export {
  catalogue,
  hasMessage,
  type Language,
  languages,
  type MessageKey,
  normalizeLanguage,
  translate,
} from './translate.ts'
