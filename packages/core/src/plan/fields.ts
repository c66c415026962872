/**
 * @module plan/fields
 * The building blocks of the plan schema. Each one fails with a message of the form `expected:<kind>`,
 * which `plan/issues.ts` turns into a translated sentence such as "expected a positive integer, got -8".
 */
import { z } from 'zod'

/** The kinds of value a plan field may expect; each has a sentence in the i18n catalogue. */
export type ExpectedKind =
  | 'string'
  | 'nonEmptyString'
  | 'id'
  | 'number'
  | 'positiveNumber'
  | 'nonNegativeNumber'
  | 'positiveInteger'
  | 'nonNegativeInteger'
  | 'ratio'
  | 'boolean'
  | 'date'
  | 'month'
  | 'marketCode'
  | 'object'
  | 'array'
  | 'oneOf'
  | 'score'
  | 'likelihood'
  | 'horizon'
  | 'formatVersion'

const expected = (kind: ExpectedKind) => ({ error: `expected:${kind}` })

const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const decimalPattern = /^-?\d+(\.\d+)?$/

/** A non-empty line of text. */
export const text = () => z.string(expected('nonEmptyString')).trim().min(1, expected('nonEmptyString'))

/** A short identifier other parts of the plan refer to: lower-case letters, digits and dashes. */
export const id = () =>
  z
    .string(expected('id'))
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, expected('id'))
    .describe('kebab-case identifier')

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 31 February). */
export const isoDate = () =>
  z
    .string(expected('date'))
    .regex(isoDatePattern, expected('date'))
    .refine((value) => {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number]
      const date = new Date(Date.UTC(year, month - 1, day))
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    }, expected('date'))
    .describe('date as YYYY-MM-DD')

/** A calendar month, `YYYY-MM`. */
export const month = () =>
  z.string(expected('month')).regex(monthPattern, expected('month')).describe('month as YYYY-MM')

/**
 * An amount of money in US dollars. Plain numbers are accepted (`1.10`) as well as decimal strings
 * (`"1.10"`), which the API and the database use; both become a number here, and engines that need
 * exact arithmetic convert to decimals from the number's shortest representation.
 */
export const usd = () =>
  z
    .union(
      [
        z.number(expected('nonNegativeNumber')),
        z.string().regex(decimalPattern, expected('nonNegativeNumber')),
      ],
      expected('nonNegativeNumber'),
    )
    .transform((value) => (typeof value === 'string' ? Number(value) : value))
    .pipe(z.number().finite(expected('nonNegativeNumber')).nonnegative(expected('nonNegativeNumber')))
    .describe('US dollars')

export const positiveNumber = () =>
  z.number(expected('positiveNumber')).finite(expected('positiveNumber')).positive(expected('positiveNumber'))

export const nonNegativeNumber = () =>
  z
    .number(expected('nonNegativeNumber'))
    .finite(expected('nonNegativeNumber'))
    .nonnegative(expected('nonNegativeNumber'))

export const positiveInteger = () =>
  z.number(expected('positiveInteger')).int(expected('positiveInteger')).positive(expected('positiveInteger'))

export const nonNegativeInteger = () =>
  z
    .number(expected('nonNegativeInteger'))
    .int(expected('nonNegativeInteger'))
    .nonnegative(expected('nonNegativeInteger'))

/** A fraction between 0 and 1 inclusive (write 0.25 for 25 %). */
export const ratio = () =>
  z
    .number(expected('ratio'))
    .min(0, expected('ratio'))
    .max(1, expected('ratio'))
    .describe('fraction from 0 to 1')

/** A growth or change rate per period; may be negative, never below -100 %. */
export const rate = () => z.number(expected('number')).min(-1, expected('number')).max(10, expected('number'))

export const bool = () => z.boolean(expected('boolean'))

/** A score from 0 to 5 (competitor dimensions, readiness factors). */
export const score = () => z.number(expected('score')).min(0, expected('score')).max(5, expected('score'))

/** A level on the default 5-point likelihood / impact scale. */
export const level = () =>
  z
    .number(expected('likelihood'))
    .int(expected('likelihood'))
    .min(1, expected('likelihood'))
    .max(5, expected('likelihood'))

/** One of a fixed list of words; the error lists the allowed words and suggests the closest. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expected('oneOf'))

/**
 * A market: `EU`, `CN`, `US`, a US state as `US-CA`, or another country's ISO 3166 code (`GB`, `JP`).
 * EU member states may be named as `EU-DE` when a national rule matters.
 */
export const marketCode = () =>
  z
    .string(expected('marketCode'))
    .regex(/^(EU|CN|US|US-[A-Z]{2}|EU-[A-Z]{2}|[A-Z]{2})$/, expected('marketCode'))
    .describe('EU, CN, US, US-XX (state), EU-XX (member state) or an ISO 3166 country code')

/** A strict object: unknown keys are errors (with a did-you-mean), never silently dropped. */
export const record = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, expected('object'))

export const list = <T extends z.core.SomeType>(element: T) => z.array(element, expected('array'))

/** Any finite number. */
export const number = () => z.number(expected('number')).finite(expected('number'))
