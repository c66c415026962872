/**
 * @module compliance/bias
 * The bias audit's public door (re-exported by `compliance/index.ts`).
 */
export { auditBiasCsv, type BiasAuditStream, createBiasAuditStream } from './audit.ts'
export { type CsvChunkResult, type CsvState, initialCsvState, parseCsv, parseCsvChunk } from './csv.ts'
export { finishAudit, fourFifthsNote, medianOfCounts } from './metrics.ts'
export { addRecord, type BiasTally, startTally } from './tally.ts'
export type {
  AttributeAudit,
  BiasAudit,
  BiasAuditOptions,
  BiasAuditWarning,
  FairnessMetrics,
  GroupRates,
  SignedMetrics,
} from './types.ts'
