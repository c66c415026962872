import { bench, describe } from 'vitest'
import { findModelPreset, planTraining, searchLayouts } from './index.ts'

const llama2 = findModelPreset('llama2-70b').architecture
const oneTrillion = {
  layers: 128,
  hiddenSize: 25600,
  attentionHeads: 160,
  vocabSize: 51200,
  sequenceLength: 2048,
}

describe('planTraining', () => {
  bench('Llama 2 70B on 1,024 A100s', () => {
    planTraining({
      model: llama2,
      tokens: 2e12,
      globalBatchSequences: 1024,
      gpuId: 'a100-80gb-sxm',
      gpuCount: 1024,
      layout: {
        tensorParallel: 8,
        pipelineParallel: 4,
        dataParallel: 32,
        microBatchSize: 1,
        interleave: 5,
        recompute: 'selective',
        sequenceParallel: true,
        zeroStage: 1,
      },
    })
  })
})

describe('searchLayouts', () => {
  bench('Llama 3 70B on 1,024 H100s', () => {
    searchLayouts({
      model: findModelPreset('llama3-70b').architecture,
      gpuId: 'h100-sxm',
      gpuCount: 1024,
      globalBatchSequences: 1024,
    })
  })
  bench('1T GPT on 3,072 A100s (Megatron Table 1)', () => {
    searchLayouts({
      model: oneTrillion,
      gpuId: 'a100-80gb-sxm',
      gpuCount: 3072,
      globalBatchSequences: 3072,
      precision: 'megatron-fp16',
    })
  })
})
