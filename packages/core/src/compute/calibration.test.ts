import { describe, expect, it } from 'vitest'
import { predictMegatronTable, timeBand } from './calibration.ts'
import { outOfSampleRatios } from './published-runs.ts'

// Narayanan et al. 2021 (arXiv:2104.04473) Table 1, achieved TFLOP/s per A100 (compute.yaml
// megatron-ptdp-t1-*). One set of A100 constants (step-time.ts), predicted from the layout alone.
const predictions = predictMegatronTable()
const errors = predictions.map((prediction) => Math.abs(prediction.relativeError))
const meanPercent = ((errors.reduce((sum, error) => sum + error, 0) / errors.length) * 100).toFixed(1)
const worstPercent = (Math.max(...errors) * 100).toFixed(1)

describe('predictMegatronTable', () => {
  for (const prediction of predictions) {
    it(`returns ${prediction.predictedTflopsPerGpu.toFixed(1)} TFLOP/s for ${prediction.id} vs published ${prediction.publishedTflopsPerGpu} (Narayanan 2021 Table 1, within ±10 %)`, () => {
      expect(Math.abs(prediction.relativeError)).toBeLessThanOrEqual(0.1)
    })
  }

  it(`returns a mean absolute error of ${meanPercent} % and a worst of ${worstPercent} % over Table 1`, () => {
    expect(Number(meanPercent)).toBeLessThan(5)
    expect(Number(worstPercent)).toBeLessThan(10)
  })

  it('returns percent of peak within a few points of the table (44-52 % of 312 TFLOP/s)', () => {
    for (const prediction of predictions) {
      const predictedPercent = (prediction.predictedTflopsPerGpu / 312) * 100
      const publishedPercent = (prediction.publishedTflopsPerGpu / 312) * 100
      expect(Math.abs(predictedPercent - publishedPercent)).toBeLessThan(3)
    }
  })
})

describe('timeBand', () => {
  it('returns a band around 1 that covers every Table 1 error on A100', () => {
    const band = timeBand('a100-80gb-sxm')
    expect(band.lowFactor).toBeLessThanOrEqual(1)
    expect(band.highFactor).toBeGreaterThanOrEqual(1)
    for (const prediction of predictions) {
      const ratio = prediction.predictedTflopsPerGpu / prediction.publishedTflopsPerGpu
      expect(ratio).toBeGreaterThanOrEqual(band.lowFactor)
      expect(ratio).toBeLessThanOrEqual(band.highFactor)
    }
  })

  it('returns a wider band for an uncalibrated GPU', () => {
    const a100 = timeBand('a100-80gb-sxm')
    const h100 = timeBand('h100-sxm')
    expect(h100.highFactor - h100.lowFactor).toBeGreaterThan(a100.highFactor - a100.lowFactor)
    expect(h100.basis).toMatch(/not calibrated|out-of-sample/)
  })
})

describe('out-of-sample check (runs the constants were not fitted on)', () => {
  const [llama3] = outOfSampleRatios('h100-sxm')
  // Llama 3 405B on 8,192 H100s: 430 TFLOP/s per GPU published (arXiv:2407.21783 Table 4). The constants
  // were fitted on A100s only, so the planner under-predicts Hopper; the band must own up to that.
  it(`returns ${((llama3!.ratio - 1) * 100).toFixed(1)} % for Llama 3 405B on H100 (published 430 TFLOP/s), within 25 %`, () => {
    expect(Math.abs(llama3!.ratio - 1)).toBeLessThan(0.25)
  })
  it('returns an H100 time band that covers the out-of-sample error', () => {
    const band = timeBand('h100-sxm')
    expect(band.lowFactor).toBeLessThanOrEqual(llama3!.ratio)
    expect(band.basis).toContain('llama3-405b-8192-h100')
  })
})
