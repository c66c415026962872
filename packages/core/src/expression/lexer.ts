/**
 * @module expression/lexer
 * Splits an expression into tokens. Numbers: digits with an optional fraction and exponent (`0.5`, `1e9`,
 * `2.5E-3`); `_` may separate digits for readability (`1_000_000`). A fraction needs a leading digit
 * (`0.5`, not `.5`) because `.` also separates figure names.
 */
import type { IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'

export type TokenKind = 'number' | 'name' | 'keyword' | 'symbol' | 'end'

export interface Token {
  readonly kind: TokenKind
  /** The text as written (for numbers, without `_` separators). */
  readonly text: string
  /** 1-based column of the token's first character. */
  readonly column: number
  /** Set for numbers only. */
  readonly value?: number
}

export const keywords: ReadonlySet<string> = new Set(['and', 'or', 'not', 'true', 'false'])

const symbols = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '(', ')', '[', ']', '.', ',']

/** Characters people bring from other languages, with the word this grammar uses instead. */
const foreignOperators: ReadonlyArray<readonly [string, string]> = [
  ['&&', "write 'and' instead of '&&'"],
  ['||', "write 'or' instead of '||'"],
  ['!', "write 'not' instead of '!'"],
  ['=', "write '==' to compare"],
  ['%', 'the remainder operator is not supported'],
  ['^', 'powers are not supported; multiply instead (x * x)'],
]

const numberPattern = /^\d(?:_?\d)*(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?/
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*/

/**
 * Builds the error every lexing and parsing problem becomes.
 * @example
 * syntaxError("unexpected character '&'", 3, [], { found: '&' }).message //=> "unexpected character '&' at column 3"
 */
export function syntaxError(
  message: string,
  column: number,
  path: IssuePath,
  params: Record<string, string | number>,
): UserError {
  const fullMessage = `${message} at column ${column}`
  return new UserError('invalid_expression', fullMessage, [
    { code: 'expression_syntax', path, message: fullMessage, params: { column, ...params } },
  ])
}

/**
 * The tokens of `text`, ending with an `end` token whose column is one past the last character.
 * @example
 * tokenize('a < 1').map((token) => token.text) //=> ['a', '<', '1', '']
 */
export function tokenize(text: string, path: IssuePath = []): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < text.length) {
    const char = text[index]!
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      index++
      continue
    }
    const rest = text.slice(index)
    const column = index + 1
    const numberMatch = numberPattern.exec(rest)
    if (numberMatch) {
      const written = numberMatch[0]
      const value = Number(written.replaceAll('_', ''))
      if (!Number.isFinite(value)) {
        throw syntaxError(`the number ${written} is too large`, column, path, { found: written })
      }
      const next = rest[written.length]
      if (next !== undefined && /[A-Za-z_]/.test(next)) {
        throw syntaxError(`a name cannot start with a digit ('${written}${next}…')`, column, path, {
          found: written,
        })
      }
      tokens.push({ kind: 'number', text: written.replaceAll('_', ''), column, value })
      index += written.length
      continue
    }
    const nameMatch = namePattern.exec(rest)
    if (nameMatch) {
      const name = nameMatch[0]
      tokens.push({ kind: keywords.has(name) ? 'keyword' : 'name', text: name, column })
      index += name.length
      continue
    }
    const symbol = symbols.find((candidate) => rest.startsWith(candidate))
    if (symbol !== undefined) {
      tokens.push({ kind: 'symbol', text: symbol, column })
      index += symbol.length
      continue
    }
    const foreign = foreignOperators.find(([written]) => rest.startsWith(written))
    const shown = foreign?.[0] ?? String.fromCodePoint(rest.codePointAt(0)!)
    const hint = foreign ? ` (${foreign[1]})` : ''
    throw syntaxError(`unexpected character '${shown}'${hint}`, column, path, { found: shown })
  }
  tokens.push({ kind: 'end', text: '', column: text.length + 1 })
  return tokens
}
