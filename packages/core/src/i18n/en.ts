/**
 * @module i18n/en
 * The English catalogue: the source of truth for every text a user reads. `zh-CN.ts` must have the same keys.
 * Placeholders are written `{name}` and filled by `translate`.
 */
export const en = {
  expected: {
    string: 'text',
    nonEmptyString: 'non-empty text',
    id: 'an identifier of lower-case letters, digits and dashes (e.g. "llm-api")',
    number: 'a number',
    positiveNumber: 'a positive number',
    nonNegativeNumber: 'a number of zero or more',
    positiveInteger: 'a positive integer',
    nonNegativeInteger: 'an integer of zero or more',
    ratio: 'a fraction from 0 to 1 (write 0.25 for 25 %)',
    boolean: 'true or false',
    date: 'a real date as YYYY-MM-DD',
    month: 'a month as YYYY-MM',
    marketCode: 'a market code: EU, CN, US, US-XX (a state), EU-XX or a country code',
    object: 'a mapping of keys to values',
    array: 'a list',
    oneOf: 'one of the allowed values',
    score: 'a score from 0 to 5',
    likelihood: 'a level from 1 to 5',
    horizon: 'a whole number of months from 12 to 120',
    formatVersion: 'format version 1',
  },
  received: {
    nothing: 'nothing',
    list: 'a list',
    mapping: 'a mapping',
  },
  issue: {
    expected: 'expected {expected}, got {received}',
    missing: 'required, but missing',
    unknownKey: 'unknown key "{key}"',
    oneOf: 'expected one of {options}, got {received}',
    didYouMean: 'did you mean "{suggestion}"?',
    syntax: '{detail}',
    duplicateId: 'the id "{value}" is already used by {other}',
    unknownReference: 'no {kind} has the id "{value}"',
    rangeOrder: 'expected min ≤ mostLikely ≤ max, got {min} / {mostLikely} / {max}',
    monthOrder: '{later} ({laterValue}) is before {earlier} ({earlierValue})',
    beforeFounding: '{value} is before the company was founded ({foundedOn})',
    architectureIncomplete: 'give a preset, the parameter count, or layers, hiddenSize and attentionHeads',
    headsNotDivisible: 'attentionHeads ({heads}) must be a multiple of keyValueHeads ({kvHeads})',
    assumptionPath: 'the path "{value}" does not name a number in this plan',
    formatTooNew:
      'this plan has format version {version}, newer than this program reads ({current}); upgrade avp',
    formatUnknown: 'formatVersion must be a whole number from 1 to {current}',
    expression: '{detail}',
    unknownFigure: 'unknown figure "{name}"',
    invalid: '{detail}',
  },
  reference: {
    model: 'model',
    risk: 'risk',
  },
  plan: {
    invalid: 'The plan has {count} problem(s):',
    upgraded: 'Upgraded the plan from format {from} to {to}: {change}',
  },
} as const

/** The shape every locale must satisfy: the same keys, each a string. */
export type Catalogue = DeepStrings<typeof en>
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
