import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { resolveLayout } from './layout.ts'
import { resolveArchitecture } from './model.ts'

const arch = resolveArchitecture({
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  keyValueHeads: 8,
  vocabSize: 32000,
  sequenceLength: 4096,
})
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error.issues[0]?.code
    throw error
  }
  return undefined
}

describe('resolveLayout', () => {
  it('returns defaults: no recompute, FlashAttention, ZeRO 0, half-overlapped gradient reduction', () => {
    const layout = resolveLayout(
      { tensorParallel: 2, pipelineParallel: 2, dataParallel: 2, microBatchSize: 2 },
      arch,
      8,
      64,
    )
    expect(layout).toMatchObject({
      microBatches: 16,
      interleave: 1,
      recompute: 'none',
      flashAttention: true,
      zeroStage: 0,
      gradientReduceOverlap: 0.5,
    })
  })

  it('throws UserError when tensor parallel does not divide the key-value heads', () => {
    expect(
      codeOf(() =>
        resolveLayout(
          { tensorParallel: 16, pipelineParallel: 1, dataParallel: 1, microBatchSize: 1 },
          arch,
          16,
          16,
        ),
      ),
    ).toBe('tensor_parallel_heads')
  })

  it('throws UserError when the batch does not split into micro-batches', () => {
    expect(
      codeOf(() =>
        resolveLayout(
          { tensorParallel: 1, pipelineParallel: 1, dataParallel: 8, microBatchSize: 3 },
          arch,
          8,
          64,
        ),
      ),
    ).toBe('batch_not_divisible')
  })

  it('throws UserError for an interleave that does not divide the layers per stage', () => {
    expect(
      codeOf(() =>
        resolveLayout(
          { tensorParallel: 1, pipelineParallel: 4, dataParallel: 2, microBatchSize: 1, interleave: 3 },
          arch,
          8,
          64,
        ),
      ),
    ).toBe('interleave_invalid')
  })

  it('throws UserError for ZeRO-3 with pipeline parallelism', () => {
    expect(
      codeOf(() =>
        resolveLayout(
          { tensorParallel: 1, pipelineParallel: 2, dataParallel: 4, microBatchSize: 1, zeroStage: 3 },
          arch,
          8,
          64,
        ),
      ),
    ).toBe('zero_with_pipeline')
  })
})
