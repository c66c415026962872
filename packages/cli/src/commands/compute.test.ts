import { describe, expect, it } from 'vitest'
import { runAvp } from '../test-support.ts'

const example = new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url).pathname

// GPT 1.7B of Narayanan et al. 2021 (arXiv:2104.04473) Table 1: 32 A100-80GB, TP 1, PP 1, batch 512,
// micro-batch 16, full recompute, fp16 — 137 TFLOP/s per GPU published.
const megatron17b = [
  '--gpt',
  '--layers',
  '24',
  '--hidden',
  '2304',
  '--heads',
  '24',
  '--vocab',
  '51200',
  '--seq',
  '2048',
  '--gpu',
  'a100-80gb-sxm',
  '--gpus',
  '32',
  '--tp',
  '1',
  '--pp',
  '1',
  '--batch',
  '512',
  '--micro-batch',
  '16',
  '--recompute',
  'full',
  '--precision',
  'fp16',
  '--tokens',
  '1e9',
  '--no-sp',
  '--zero',
  '0',
  '--no-flash-attention',
]

describe('avp compute train', () => {
  it('returns the documented JSON contract', async () => {
    const run = await runAvp(['compute', 'train', ...megatron17b, '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    for (const field of [
      'totalFlops',
      'stepTimeSeconds',
      'achievedTflopsPerGpu',
      'mfu',
      'tokensPerSecond',
      'gpuHours',
      'days',
      'costUsd',
      'energyMWh',
      'co2Tonnes',
    ]) {
      expect(typeof result[field], field).toBe('number')
    }
    expect(Object.keys(result.memoryPerGpuGiB).sort()).toEqual([
      'activations',
      'gradients',
      'optimizer',
      'total',
      'weights',
    ])
    expect(result.mfu).toBeGreaterThan(0)
    expect(result.mfu).toBeLessThan(1)
  })

  it('reproduces Megatron-LM Table 1 (1.7B row: 137 TFLOP/s per GPU) within 15 % through the CLI', async () => {
    const result = JSON.parse((await runAvp(['compute', 'train', ...megatron17b, '--json'])).stdout)
    expect(Math.abs(result.achievedTflopsPerGpu / 137 - 1)).toBeLessThan(0.15)
  })

  it('plans a model from a plan exactly as analyze does, pricing included', async () => {
    const fromCli = JSON.parse(
      (await runAvp(['compute', 'train', '--plan', example, '--model', 'qm-13b', '--json'])).stdout,
    )
    const analysis = JSON.parse((await runAvp(['analyze', example, '--json'])).stdout)
    expect(fromCli.costUsd).toBeCloseTo(analysis.compute.training[0].costUsd, 6)
    expect(fromCli.totalFlops).toBeCloseTo(analysis.compute.training[0].totalFlops, -10)
  })

  it('prints readable figures in Chinese', async () => {
    const run = await runAvp(['compute', 'train', ...megatron17b, '--lang', 'zh'])
    expect(run.stdout).toContain('单步时间')
  })

  describe('edge cases', () => {
    it('names the flag and the closest GPU for an unknown one', async () => {
      const run = await runAvp([
        'compute',
        'train',
        '--preset',
        'llama3-8b',
        '--tokens',
        '1e12',
        '--gpu',
        'h100',
        '--gpus',
        '8',
      ])
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(/^--gpu: Unknown GPU "h100"\. Did you mean .*h100-sxm/)
    })
    it('lists every missing model flag at once', async () => {
      const run = await runAvp([
        'compute',
        'train',
        '--layers',
        '80',
        '--tokens',
        '1e9',
        '--gpu',
        'h100-sxm',
        '--gpus',
        '8',
      ])
      expect(run.exitCode).toBe(2)
      expect(
        run.stderr
          .trim()
          .split('\n')
          .map((line) => line.split(':')[0]),
      ).toEqual(['--hidden', '--heads', '--vocab', '--seq'])
    })
    it('refuses a number it cannot read', async () => {
      const run = await runAvp(['compute', 'train', '--preset', 'llama3-8b', '--tokens', 'lots'])
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('expected a number')
    })
    it('explains a layout that does not multiply out to the GPU count', async () => {
      const run = await runAvp([
        'compute',
        'train',
        '--preset',
        'llama3-8b',
        '--tokens',
        '1e12',
        '--gpu',
        'h100-sxm',
        '--gpus',
        '8',
        '--tp',
        '3',
      ])
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(/^--gpus: .*3 does not divide 8/)
    })
  })
})

describe('avp compute memory', () => {
  it('exits 1 when the layout does not fit in GPU memory', async () => {
    const run = await runAvp([
      'compute',
      'memory',
      '--preset',
      'llama3-70b',
      '--tokens',
      '1e12',
      '--gpu',
      'a100-80gb-sxm',
      '--gpus',
      '8',
      '--tp',
      '1',
      '--zero',
      '0',
      '--recompute',
      'none',
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('✗')
  })
})

const searchLlama8b = ['compute', 'search', '--preset', 'llama3-8b', '--gpu', 'h100-sxm', '--gpus', '64']

describe('avp compute search', () => {
  it('ranks fitting layouts and explains the winner', async () => {
    const run = await runAvp([...searchLlama8b, '--top', '3', '--json'])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.ranked).toHaveLength(3)
    expect(result.ranked[0].stepTimeSeconds).toBeLessThanOrEqual(result.ranked[1].stepTimeSeconds)
    expect(result.explanation[0]).toMatch(/^Fastest of the layouts that fit/)
  })
})

describe('avp compute search in Chinese', () => {
  it('explains the winner in Chinese', async () => {
    const run = await runAvp([...searchLlama8b, '--top', '2', '--lang', 'zh'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('显存放得下的布局中最快的是')
    expect(run.stdout).toMatch(/1\. TP \d+ × PP \d+/)
  })
})

describe('avp compute infer', () => {
  it('sizes serving and prices tokens', async () => {
    const run = await runAvp([
      'compute',
      'infer',
      '--preset',
      'llama3-70b',
      '--gpu',
      'h100-sxm',
      '--tp',
      '4',
      '--precision',
      'fp8',
      '--rps',
      '20',
      '--json',
    ])
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    // Llama 3 70B: 80 layers × 8 KV heads × 128 dims × 2 (K and V) × 2 bytes = 327,680 bytes per token in bf16.
    expect(result.kvCache.bytesPerToken).toBe(327_680)
    expect(result.costPerMillionOutputTokensUsd).toBeGreaterThan(0)
  })
})

describe('avp compute optimal', () => {
  it('returns the Chinchilla size for its own budget (Hoffmann et al. 2022: 70B parameters, 1.4T tokens at 5.76e23 FLOPs)', async () => {
    const result = JSON.parse((await runAvp(['compute', 'optimal', '--flops', '5.76e23', '--json'])).stdout)
    expect(result.optimal.parameters / 70e9).toBeCloseTo(1, 1)
    expect(result.optimal.tokens / 1.4e12).toBeCloseTo(1, 1)
  })
})

describe('avp compute train --params', () => {
  it('accepts the issue example flags and cross-checks the parameter count (Llama 3 70B: 70.6B)', async () => {
    const args = [
      'compute',
      'train',
      '--params',
      '70e9',
      '--layers',
      '80',
      '--hidden',
      '8192',
      '--heads',
      '64',
      '--kv-heads',
      '8',
      '--ffn',
      '28672',
      '--vocab',
      '128256',
      '--seq',
      '4096',
      '--tokens',
      '2e12',
      '--gpu',
      'h100-sxm',
      '--gpus',
      '1024',
      '--tp',
      '8',
      '--pp',
      '4',
      '--json',
    ]
    const run = await runAvp(args)
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).parameters / 70.6e9).toBeCloseTo(1, 2)
  })
  it('warns when --params disagrees with the shape', async () => {
    const run = await runAvp([
      'compute',
      'train',
      '--preset',
      'llama3-8b',
      '--params',
      '70e9',
      '--tokens',
      '1e12',
      '--gpu',
      'h100-sxm',
      '--gpus',
      '8',
    ])
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain('--params says 7.00e+10')
  })
})
