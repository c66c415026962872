/**
 * @module risk/simulate
 * Seeded Monte Carlo of a risk register's annual losses. Each year a risk fires a Poisson number of times;
 * each event draws a loss; controls remove events (thinning a Poisson keeps it Poisson) and shrink losses;
 * insurance then pays each event's loss above the deductible up to the per-event limit, within an optional
 * yearly aggregate.
 *
 * Inherent, residual and retained losses come from the same draws (common random numbers), so the
 * difference a control makes is not buried in simulation noise. Every (risk, chunk) has its own stream,
 * keyed by the risk's id: chunks may run in any order or on any worker with the same result, and adding a
 * risk or a control leaves the other risks' and the inherent draws unchanged.
 */
import type { IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'
import { type Chunk, defaultChunkSize, planChunks } from '../random/chunks.ts'
import { createRandom } from '../random/generator.ts'
import { controlReturns, type PreparedRisk, prepareRisk } from './prepare.ts'
import { defaultExceedancePoints, exceedanceGrid, lossRange, summarizeLosses } from './summary.ts'
import type { LossSummary, QuantifiedRisk, RegisterSimulation, RiskSimulation } from './types.ts'
import { checkQuantifiedRisks } from './validate.ts'

export interface SimulationOptions {
  readonly seed: number
  /** Simulated years (default 100,000). */
  readonly years?: number
  readonly chunkSize?: number
  readonly exceedancePoints?: number
  /** Where the risks sit in the input, for error paths (default `['risks']`). */
  readonly path?: IssuePath
}

/** Beyond this the six year-long arrays (8 bytes a year each) outgrow a browser tab. */
export const maxSimulatedYears = 2_000_000
const chunksPerRisk = 2 ** 20

/** Year-by-year register totals. */
interface YearTotals {
  readonly inherentUsd: Float64Array
  readonly residualUsd: Float64Array
  readonly retainedUsd: Float64Array
}

/** One risk's positive years per view, gathered while simulating, plus a sum no view keeps. */
interface RiskPositives {
  readonly inherent: Float64Array
  readonly residual: Float64Array
  readonly retained: Float64Array
  /** Sum over years of insurance applied to the inherent losses: what a year retains without controls. */
  readonly insuredInherentSumUsd: number
}

/**
 * Simulates every chunk of one prepared risk: adds each year into `totals` and gathers the positive years
 * into `scratch` (a view that equals the one before it is not gathered twice).
 */
function simulateRisk(
  risk: PreparedRisk,
  seed: number,
  chunks: readonly Chunk[],
  totals: YearTotals,
  scratch: readonly [Float64Array, Float64Array, Float64Array],
): RiskPositives {
  const { drawCount, drawLoss, survival, lossFactor, insurance } = risk
  const controlled = survival < 1 || lossFactor < 1
  const deductible = insurance?.deductibleUsd ?? 0
  const limit = insurance?.limitPerEventUsd ?? 0
  const aggregate = insurance?.annualAggregateLimitUsd ?? 0
  const [inherentOut, residualOut, retainedOut] = scratch
  const { inherentUsd, residualUsd, retainedUsd } = totals
  let inherentCount = 0
  let residualCount = 0
  let retainedCount = 0
  let insuredInherentSumUsd = 0
  for (const chunk of chunks) {
    const stream = risk.streamKey * chunksPerRisk * 2 + chunk.chunkIndex * 2
    const events = createRandom(seed, stream)
    // Thinning draws from their own stream, so adding a control leaves the inherent draws as they were.
    const thinning = createRandom(seed, stream + 1)
    for (let year = chunk.start, end = chunk.start + chunk.count; year < end; year++) {
      const count = drawCount(events)
      if (count === 0) continue
      let inherent = 0
      let residual = 0
      let retained = 0
      let recovered = 0
      let recoveredInherent = 0
      for (let event = 0; event < count; event++) {
        const loss = drawLoss(events)
        inherent += loss
        if (insurance) {
          const recovery = Math.min(Math.max(loss - deductible, 0), limit, aggregate - recoveredInherent)
          recoveredInherent += recovery
          insuredInherentSumUsd += loss - recovery
        }
        if (survival < 1 && thinning.next() >= survival) continue
        const kept = loss * lossFactor
        residual += kept
        if (insurance) {
          const recovery = Math.min(Math.max(kept - deductible, 0), limit, aggregate - recovered)
          recovered += recovery
          retained += kept - recovery
        } else retained += kept
      }
      if (!insurance) insuredInherentSumUsd += inherent
      inherentUsd[year]! += inherent
      residualUsd[year]! += residual
      retainedUsd[year]! += retained
      if (inherent > 0) inherentOut[inherentCount++] = inherent
      if (controlled && residual > 0) residualOut[residualCount++] = residual
      if (insurance && retained > 0) retainedOut[retainedCount++] = retained
    }
  }
  return {
    inherent: inherentOut.subarray(0, inherentCount),
    residual: residualOut.subarray(0, residualCount),
    retained: retainedOut.subarray(0, retainedCount),
    insuredInherentSumUsd,
  }
}

/** Copies the positive years into `scratch` and returns that prefix. */
function positivesOf(values: Float64Array, scratch: Float64Array): Float64Array {
  let count = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!
    if (value > 0) scratch[count++] = value
  }
  return scratch.subarray(0, count)
}

/** Loss years sampled to place the start of an exceedance curve. */
const curveStartSample = 2_000

/**
 * Where a curve's grid starts: about the 1st percentile of the loss years, estimated from the first
 * 2,000 of them (years are independent, so any 2,000 are a fair sample). Starting at the very smallest loss
 * would spend a third of the points on the flat stretch where nearly every loss year exceeds.
 */
function curveStartUsd(positives: Float64Array, minUsd: number): number {
  if (positives.length < 200) return minUsd
  const sample = positives.slice(0, curveStartSample).sort()
  return sample[Math.floor(sample.length / 100)]!
}

/**
 * Summaries of three views from their positive years, on one shared exceedance grid so the curves can be
 * drawn on one chart. A view flagged the same as the one before reuses that summary.
 */
function summarizeViews(
  positives: readonly [Float64Array, Float64Array, Float64Array],
  same: readonly [boolean, boolean],
  years: number,
  points: number,
): [LossSummary, LossSummary, LossSummary] {
  let low = Number.POSITIVE_INFINITY
  let high = 0
  for (const part of positives) {
    const range = lossRange(part)
    if (range) {
      low = Math.min(low, curveStartUsd(part, range.minUsd))
      high = Math.max(high, range.maxUsd)
    }
  }
  const grid = high > 0 ? exceedanceGrid(low, high, points) : []
  const inherent = summarizeLosses(positives[0], years, grid)
  const residual = same[0] ? inherent : summarizeLosses(positives[1], years, grid)
  const retained = same[1] ? residual : summarizeLosses(positives[2], years, grid)
  return [inherent, residual, retained]
}

function checkOptions(options: SimulationOptions, years: number): void {
  if (!Number.isSafeInteger(years) || years < 1 || years > maxSimulatedYears) {
    const message = `years must be a whole number from 1 to ${maxSimulatedYears}, got ${years}`
    throw new UserError('invalid_simulation', message, [
      { code: 'invalid_simulation', path: ['years'], message, params: { received: years } },
    ])
  }
  if (planChunks(years, options.chunkSize ?? defaultChunkSize).length > chunksPerRisk) {
    const message = `chunkSize is too small for ${years} years`
    throw new UserError('invalid_simulation', message, [
      { code: 'invalid_simulation', path: ['chunkSize'], message },
    ])
  }
}

/**
 * Simulates `years` years of the register and summarises each risk and the total.
 * @example
 * simulateRegister([{ id: 'gpu-supply', frequencyPerYear: 0.3,
 *   lossPerEventUsd: { kind: 'lognormal', low: 50_000, high: 2_000_000 } }], { seed: 42 }).risks[0]!.inherent.meanUsd
 * // ≈ 0.3 × 540,000
 */
export function simulateRegister(
  risks: readonly QuantifiedRisk[],
  options: SimulationOptions,
): RegisterSimulation {
  const years = options.years ?? 100_000
  const path = options.path ?? ['risks']
  const points = options.exceedancePoints ?? defaultExceedancePoints
  checkOptions(options, years)
  createRandom(options.seed) // refuses a bad seed before any work
  checkQuantifiedRisks(risks, path)
  const chunks = planChunks(years, options.chunkSize ?? defaultChunkSize)
  const totals: YearTotals = {
    inherentUsd: new Float64Array(years),
    residualUsd: new Float64Array(years),
    retainedUsd: new Float64Array(years),
  }
  const scratch = [new Float64Array(years), new Float64Array(years), new Float64Array(years)] as const
  const results: RiskSimulation[] = []
  let premiums = 0
  let controlCosts = 0
  risks.forEach((risk, index) => {
    const prepared = prepareRisk(risk, [...path, index])
    const positives = simulateRisk(prepared, options.seed, chunks, totals, scratch)
    const uncontrolled = prepared.survival === 1 && prepared.lossFactor === 1
    const [inherent, residual, retained] = summarizeViews(
      [positives.inherent, positives.residual, positives.retained],
      [uncontrolled, prepared.insurance === undefined],
      years,
      points,
    )
    const cost = prepared.controlsAnnualCostUsd
    // Valued against what the year would retain anyway, so a control is not credited with losses insurance pays.
    const benefit = positives.insuredInherentSumUsd / years - retained.meanUsd
    const inherentExpectedLossUsd = risk.frequencyPerYear * prepared.meanLossPerEventUsd
    premiums += prepared.annualPremiumUsd
    controlCosts += cost
    results.push({
      id: risk.id,
      inherent,
      residual,
      retained,
      inherentExpectedLossUsd,
      residualExpectedLossUsd: inherentExpectedLossUsd * prepared.survival * prepared.lossFactor,
      controlsAnnualCostUsd: cost,
      annualPremiumUsd: prepared.annualPremiumUsd,
      totalCostOfRiskUsd: retained.meanUsd + prepared.annualPremiumUsd + cost,
      returnOnControls: cost > 0 ? (benefit - cost) / cost : null,
      controls: controlReturns(risk),
    })
  })
  const [inherent, residual, retained] = summarizeViews(
    [
      positivesOf(totals.inherentUsd, scratch[0]),
      positivesOf(totals.residualUsd, scratch[1]),
      positivesOf(totals.retainedUsd, scratch[2]),
    ],
    [false, false],
    years,
    points,
  )
  return {
    seed: options.seed,
    years,
    risks: results,
    total: {
      inherent,
      residual,
      retained,
      controlsAnnualCostUsd: controlCosts,
      annualPremiumUsd: premiums,
      totalCostOfRiskUsd: retained.meanUsd + premiums + controlCosts,
    },
  }
}
