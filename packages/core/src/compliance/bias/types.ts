/**
 * @module compliance/bias/types
 * The bias audit's options and its JSON contract (documented in the README): per attribute and for the
 * intersection, a list of groups with `group`, `count`, `selected`, `selectionRate`, `impactRatio` (null
 * when undefined) and `excluded`; and the summary metrics by their Fairlearn names in camelCase.
 */

export interface BiasAuditOptions {
  /** Columns holding the demographic categories, e.g. `['sex', 'race']`. */
  readonly groupColumns: readonly string[]
  /** Column with the tool's binary outcome (1 = selected / moved forward). */
  readonly selectedColumn: string
  /** Column with the true label (1 = qualified), for equal opportunity and equalized odds. */
  readonly labelColumn?: string
  /** Column with a numeric score, for LL144 scoring rates (share above the sample median). */
  readonly scoreColumn?: string
  /** LL144 option (6 RCNY § 5-301(d)): leave groups under 2 % of the data out of the impact ratios. */
  readonly excludeSmallGroups?: boolean
  /** Values counted as the unknown category (compared case-insensitively). Default: `unknown`. */
  readonly unknownValues?: readonly string[]
  /** Count empty cells as unknown instead of failing. Default false. */
  readonly emptyAsUnknown?: boolean
  /** Groups with fewer people get a small-sample warning. Default 30. */
  readonly smallSampleSize?: number
  /** Privileged value per attribute, for the signed metrics, e.g. `{ sex: 'Male' }`. */
  readonly privileged?: Readonly<Record<string, string>>
}

export interface GroupRates {
  readonly group: string
  /** The attribute values of an intersectional group, in column order. */
  readonly values: readonly string[]
  readonly count: number
  readonly selected: number
  /** selected / count; null for 0/0. */
  readonly selectionRate: number | null
  /** selection rate ÷ the highest selection rate (LL144); null when undefined or excluded. */
  readonly impactRatio: number | null
  /** The exact ratio as a fraction, e.g. `4/5`. */
  readonly impactRatioExact: string | null
  /** Below four-fifths, compared exactly; null when the ratio is undefined. */
  readonly belowFourFifths: boolean | null
  readonly excluded: boolean
  readonly scoredAboveMedian: number | null
  readonly scoringRate: number | null
  readonly scoringImpactRatio: number | null
  readonly truePositiveRate: number | null
  readonly falsePositiveRate: number | null
}

/** Fairlearn's between-groups metrics (unsigned: max − min, min ÷ max over the groups). */
export interface FairnessMetrics {
  readonly demographicParityDifference: number | null
  readonly demographicParityRatio: number | null
  readonly equalOpportunityDifference: number | null
  readonly equalOpportunityRatio: number | null
  readonly equalizedOddsDifference: number | null
  readonly equalizedOddsRatio: number | null
}

/** Signed comparisons of each unprivileged group with the privileged one (unprivileged − privileged). */
export interface SignedMetrics {
  readonly group: string
  readonly privileged: string
  readonly statisticalParityDifference: number | null
  readonly disparateImpact: number | null
  readonly equalOpportunityDifference: number | null
  readonly averageOddsDifference: number | null
}

export interface AttributeAudit {
  /** The column name, or the columns joined with ` × ` for the intersection. */
  readonly attribute: string
  readonly intersectional: boolean
  readonly groups: readonly GroupRates[]
  /** People in the unknown category (left out of the rates). */
  readonly unknownCount: number
  readonly metrics: FairnessMetrics
  readonly signed: readonly SignedMetrics[]
}

export interface BiasAuditWarning {
  readonly code: 'small_sample' | 'undefined_metric' | 'below_four_fifths'
  readonly attribute: string
  readonly group: string | null
  /** English text; `params` fill the translated one (`compliance.biasWarnings.<code>`). */
  readonly message: string
  readonly params: Readonly<Record<string, string | number>>
}

export interface BiasAudit {
  readonly rowCount: number
  readonly columns: {
    readonly group: readonly string[]
    readonly selected: string
    readonly label: string | null
    readonly score: string | null
  }
  readonly medianScore: number | null
  readonly attributes: readonly AttributeAudit[]
  readonly intersection: AttributeAudit | null
  readonly fourFifthsNote: string
  readonly warnings: readonly BiasAuditWarning[]
}
