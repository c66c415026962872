/**
 * @module compute/hardware
 * Looks accelerators up in the catalogue, with did-you-mean suggestions for a mistyped id.
 */

import { type GpuSpec, gpuIds, gpus } from '../data/gpus.ts'
import { closestNames } from '../text/closest.ts'
import { fail } from './validate.ts'

const byId = new Map(gpus.map((gpu) => [gpu.id, gpu]))

/**
 * The catalogue record for `gpuId`; throws a `UserError` naming the closest ids when unknown.
 * @example
 * findGpu('h100-sxm').denseBf16Tflops //=> 989.4
 */
export function findGpu(gpuId: string, path: ReadonlyArray<string | number> = ['gpuId']): GpuSpec {
  const gpu = byId.get(gpuId.toLowerCase())
  if (gpu !== undefined) return gpu
  const suggestions = closestNames(gpuId, gpuIds)
  const hint =
    suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ` Known: ${gpuIds.join(', ')}.`
  return fail('unknown_gpu', path, `Unknown GPU "${gpuId}".${hint}`, {
    value: gpuId,
    suggestion: suggestions[0] ?? null,
    suggestions: suggestions.join(', '),
  })
}

/**
 * Peak tensor TFLOP/s for the precision used by the matmuls (FP8 falls back to BF16 when absent).
 * @example
 * peakTflops(findGpu('h100-sxm'), true) //=> 1978.9
 */
export function peakTflops(gpu: GpuSpec, fp8 = false): number {
  return fp8 && gpu.denseFp8Tflops !== null ? gpu.denseFp8Tflops : gpu.denseBf16Tflops
}
