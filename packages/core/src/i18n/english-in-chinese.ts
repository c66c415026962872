/**
 * @module i18n/english-in-chinese
 * Finds English sentences left in Chinese output. A Chinese page may keep names, ids, citations, units and
 * code in Latin letters ("NVIDIA H100 SXM", "Art. 50(2)", "arXiv:2104.04473", "GiB", `avp check`), but not a
 * sentence: a run of four or more English words that holds at least one English function word. Used by
 * tests over every view's zh output (CLI, report, web, API errors).
 */

// Function words that names, ids and citations almost never contain, but English sentences always do.
const functionWords = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'been',
  'to',
  'for',
  'with',
  'from',
  'into',
  'not',
  'no',
  'and',
  'or',
  'if',
  'when',
  'this',
  'that',
  'these',
  'it',
  'its',
  'your',
  'you',
  'we',
  'our',
  'has',
  'have',
  'does',
  'do',
  'can',
  'cannot',
  'must',
  'should',
  'will',
  'would',
  'than',
  'then',
  'at',
  'by',
  'on',
  'in',
  'per',
  'each',
  'every',
  'which',
  'what',
  'how',
  'why',
  'only',
  'all',
  'any',
])

/** A stretch of text that reads as an English sentence, with where it starts. */
export interface EnglishRun {
  readonly text: string
  readonly index: number
}

const stripped = (text: string) =>
  text
    // code spans, fenced code and URLs keep their words
    .replace(/```[\s\S]*?```/g, (block) => ' '.repeat(block.length))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length))
    // `--flag value`, `key: value` paths and file names
    .replace(/--[a-z][\w-]*/g, (flag) => ' '.repeat(flag.length))
    .replace(/\b[\w-]+\.(?:ya?ml|json|csv|md|html|pdf|xlsx)\b/g, (file) => ' '.repeat(file.length))

/**
 * English sentences in `text`: runs of at least `minimumWords` Latin words (separated only by spaces and
 * light punctuation) holding a function word. `allowed` phrases (names, titles of cited works) are skipped.
 * @example
 * findEnglishRuns('训练成本 $2.1M（NVIDIA H100 SXM）') //=> []
 * findEnglishRuns('风险：the model does not fit in memory').length //=> 1
 */
export function findEnglishRuns(
  text: string,
  allowed: readonly string[] = [],
  minimumWords = 4,
): EnglishRun[] {
  let clean = stripped(text)
  for (const phrase of allowed) clean = clean.split(phrase).join(' '.repeat(phrase.length))
  const runs: EnglishRun[] = []
  const pattern = /[A-Za-z][A-Za-z'’-]*(?:[ \t,;:()]+[A-Za-z][A-Za-z'’-]*)+/g
  for (const match of clean.matchAll(pattern)) {
    const words = match[0].split(/[ \t,;:()]+/).filter((word) => /[A-Za-z]{2,}|^[aA]$/.test(word))
    if (words.length < minimumWords) continue
    if (!words.some((word) => functionWords.has(word.toLowerCase()))) continue
    runs.push({ text: match[0].trim(), index: match.index ?? 0 })
  }
  return runs
}
