/**
 * @module analysis/operating-costs
 * Kept for existing imports: other operating costs now live with the finance projection.
 */
export { otherCostsInMonth } from '../finance/projection/other-costs.ts'
