/**
 * @module finance/projection/runway
 * Runway from a projected cash curve: the month cash first goes below zero and the months until then,
 * interpolated within that month. A curve that stays at or above zero does not run out within the horizon,
 * and says so with `null` rather than printing the horizon as if it were a runway.
 */

export interface Runway {
  /** Months from the start of the plan's month until cash runs out; `null`: not within the horizon. */
  readonly runwayMonths: number | null
  /** The month cash first ends below zero; `null`: not within the horizon. */
  readonly runsOutInMonth: string | null
}

/**
 * @example
 * runway(['2026-01', '2026-02', '2026-03'], 100, [60, 20, -20]).runwayMonths //=> 2.5
 */
export function runway(
  months: readonly string[],
  openingCashUsd: number,
  cashUsd: readonly number[],
): Runway {
  let before = openingCashUsd
  for (let t = 0; t < cashUsd.length; t++) {
    const after = cashUsd[t]!
    if (after < 0) {
      const fraction = before > 0 ? before / (before - after) : 0
      return { runwayMonths: t + fraction, runsOutInMonth: months[t] ?? null }
    }
    before = after
  }
  return { runwayMonths: null, runsOutInMonth: null }
}
