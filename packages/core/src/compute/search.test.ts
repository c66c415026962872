import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { findModelPreset } from './presets.ts'
import { describeLayout, searchLayouts } from './search.ts'

const oneTrillion = {
  layers: 128,
  hiddenSize: 25600,
  attentionHeads: 160,
  vocabSize: 51200,
  sequenceLength: 2048,
}

describe('searchLayouts', () => {
  it('returns ranked fitting layouts, fastest first, with an explanation', () => {
    const result = searchLayouts({
      model: findModelPreset('llama3-70b').architecture,
      gpuId: 'h100-sxm',
      gpuCount: 64,
      globalBatchSequences: 256,
    })
    expect(result.ranked.length).toBeGreaterThan(1)
    for (let index = 1; index < result.ranked.length; index++) {
      expect(result.ranked[index]!.stepTimeSeconds).toBeGreaterThanOrEqual(
        result.ranked[index - 1]!.stepTimeSeconds,
      )
    }
    for (const candidate of result.ranked) expect(candidate.memoryPerGpuGiB).toBeLessThanOrEqual(80 * 0.9)
    expect(result.explanation[0]).toContain('Fastest')
    expect(result.nearestMisses.every((miss) => miss.overByGiB > 0)).toBe(true)
  })

  it('returns a winner for the 1T GPT of Megatron Table 1 on 3,072 A100s that keeps tensor parallelism inside a node', () => {
    const result = searchLayouts({
      model: oneTrillion,
      gpuId: 'a100-80gb-sxm',
      gpuCount: 3072,
      globalBatchSequences: 3072,
      precision: 'megatron-fp16',
    })
    const winner = result.ranked[0]!
    expect(winner.layout.tensorParallel).toBeLessThanOrEqual(8)
    expect(winner.layout.tensorParallel * winner.layout.pipelineParallel * winner.layout.dataParallel).toBe(
      3072,
    )
    expect(result.evaluated).toBeGreaterThan(1000)
  })

  it('throws UserError fits_nowhere with the nearest miss when the model cannot fit', () => {
    try {
      searchLayouts({
        model: findModelPreset('llama3-405b').architecture,
        gpuId: 'a100-40gb-sxm',
        gpuCount: 8,
        globalBatchSequences: 8,
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      const issue = (error as UserError).issues[0]!
      expect(issue.code).toBe('fits_nowhere')
      expect(Number(issue.params?.overByGiB)).toBeGreaterThan(0)
    }
  })
})

describe('describeLayout', () => {
  it('returns a one-line summary', () => {
    expect(
      describeLayout({
        tensorParallel: 8,
        pipelineParallel: 4,
        dataParallel: 2,
        microBatchSize: 1,
        microBatches: 8,
        interleave: 2,
        sequenceParallel: true,
        recompute: 'selective',
        flashAttention: true,
        zeroStage: 1,
        gradientReduceOverlap: 0.5,
      }),
    ).toBe('TP 8 × PP 4 (×2 interleaved) × DP 2, micro-batch 1, selective recompute, SP, ZeRO-1')
  })
})
