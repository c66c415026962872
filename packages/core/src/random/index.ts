/**
 * @module random
 * The seeded generator and the distributions drawn from it. All randomness in core goes through here.
 */
export type { LognormalParameters, PertParameters } from './analytic.ts'
export {
  checkPert,
  lognormalFromInterval,
  lognormalMean,
  lognormalVariance,
  normalQuantile95,
  pertMean,
  pertShape,
  pertVariance,
  triangularMean,
  triangularVariance,
} from './analytic.ts'
export type { Chunk } from './chunks.ts'
export { chunkRandom, defaultChunkSize, planChunks } from './chunks.ts'
export type { Sampler } from './distributions.ts'
export {
  beta,
  gamma,
  lognormal,
  lognormalSampler,
  normal,
  pert,
  pertSampler,
  poisson,
  poissonSampler,
  triangular,
  uniform,
} from './distributions.ts'
export type { Random } from './generator.ts'
export { createRandom, mix32, splitmix32 } from './generator.ts'
export { logFactorial } from './special.ts'
