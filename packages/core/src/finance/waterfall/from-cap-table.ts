/**
 * @module finance/waterfall/from-cap-table
 * Builds waterfall classes from a cap-table result: common, issued and promised options as one common class
 * (options counted as exercised, strike ignored), each preferred class at its issue price, the unissued pool
 * left out. Preference terms default to 1x non-participating, all preferred pari passu, unless stated per class.
 */
import type { ClassResult } from '../captable/types.ts'
import type { Participation, WaterfallClass } from './types.ts'

export interface PreferenceTerms {
  readonly seniority?: number
  readonly preferenceMultiple?: number | string
  readonly participation?: Participation
}

/**
 * @example waterfallClasses(capTable(input).classes, { 'Series A': { seniority: 2 } })
 */
export function waterfallClasses(
  classes: readonly ClassResult[],
  terms: Readonly<Record<string, PreferenceTerms>> = {},
): WaterfallClass[] {
  const commonHolders = classes
    .filter(
      (line) => line.kind === 'common' || line.kind === 'optionsIssued' || line.kind === 'optionsPromised',
    )
    .map((line) => ({ holder: line.holder, shares: line.shares }))
  const preferred = new Map<
    string,
    { name: string; price: string; holders: { holder: string; shares: number }[] }
  >()
  for (const line of classes) {
    if (line.kind !== 'preferred') continue
    const price = line.issuePricePerShareUsd ?? '0'
    const key = `${line.shareClass}@${price}`
    const entry = preferred.get(key) ?? { name: line.shareClass, price, holders: [] }
    entry.holders.push({ holder: line.holder, shares: line.shares })
    preferred.set(key, entry)
  }
  const names = [...preferred.values()].map((entry) => entry.name)
  return [
    { kind: 'common', name: 'Common', holders: commonHolders },
    ...[...preferred.values()].map((entry): WaterfallClass => {
      const stated = terms[entry.name] ?? {}
      const unique = names.filter((name) => name === entry.name).length === 1
      return {
        kind: 'preferred',
        name: unique ? entry.name : `${entry.name} @ $${entry.price}`,
        holders: entry.holders,
        seniority: stated.seniority ?? 1,
        issuePricePerShareUsd: entry.price,
        ...(stated.preferenceMultiple === undefined ? {} : { preferenceMultiple: stated.preferenceMultiple }),
        ...(stated.participation === undefined ? {} : { participation: stated.participation }),
      }
    }),
  ]
}
