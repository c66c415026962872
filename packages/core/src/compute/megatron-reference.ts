/**
 * @module compute/megatron-reference
 * The ten rows of Narayanan et al. 2021 (arXiv:2104.04473) Table 1, as the planner's calibration and
 * error-band set. Layouts from NVIDIA/Megatron-LM examples/sc21 (CONFIG.sh, run_table_1.sh): fp16,
 * full (uniform) recompute, seq 2048, vocab 51,200, A100-80GB SXM (Selene). Throughput read from the
 * table; `torchDdp` marks the rows that used PyTorch DDP (gradient reduction overlapped with backward).
 */

/** One published row. */
export interface MegatronTableRow {
  readonly id: string
  readonly publishedBillions: number
  readonly attentionHeads: number
  readonly hiddenSize: number
  readonly layers: number
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly dataParallel: number
  readonly globalBatch: number
  readonly microBatch: number
  /** Model chunks per stage = (layers / p) / layers per virtual stage; 1 without interleaving. */
  readonly interleave: number
  readonly torchDdp: boolean
  readonly achievedTflopsPerGpu: number
}

export const megatronTable1: readonly MegatronTableRow[] = [
  row('1.7b', 1.7, 24, 2304, 24, 1, 1, 32, 512, 16, 1, true, 137),
  row('3.6b', 3.6, 32, 3072, 30, 2, 1, 32, 512, 16, 1, true, 138),
  row('7.5b', 7.5, 32, 4096, 36, 4, 1, 32, 512, 16, 1, true, 142),
  row('18b', 18.4, 48, 6144, 40, 8, 1, 32, 1024, 8, 1, true, 135),
  row('39b', 39.1, 64, 8192, 48, 8, 2, 32, 1536, 4, 1, false, 138),
  row('76b', 76.1, 80, 10240, 60, 8, 4, 32, 1792, 2, 3, false, 140),
  row('145b', 145.6, 96, 12288, 80, 8, 8, 24, 2304, 2, 2, false, 148),
  row('310b', 310.1, 128, 16384, 96, 8, 16, 15, 2160, 1, 2, false, 155),
  row('530b', 529.6, 128, 20480, 105, 8, 35, 9, 2520, 1, 3, false, 163),
  row('1t', 1008, 160, 25600, 128, 8, 64, 6, 3072, 1, 1, false, 163),
]

function row(
  id: string,
  publishedBillions: number,
  attentionHeads: number,
  hiddenSize: number,
  layers: number,
  tensorParallel: number,
  pipelineParallel: number,
  dataParallel: number,
  globalBatch: number,
  microBatch: number,
  interleave: number,
  torchDdp: boolean,
  achievedTflopsPerGpu: number,
): MegatronTableRow {
  return {
    id: `megatron-ptdp-t1-${id}`,
    publishedBillions,
    attentionHeads,
    hiddenSize,
    layers,
    tensorParallel,
    pipelineParallel,
    dataParallel,
    globalBatch,
    microBatch,
    interleave,
    torchDdp,
    achievedTflopsPerGpu,
  }
}
