/**
 * @module data/gpus
 * Accelerator catalogue for the compute planner. Every record names its source. Peak figures are dense
 * (the datasheets' "with sparsity" headline is twice these and no dense training run reaches it).
 *
 * Units: `memoryGiB` is binary (the HBM capacity vendors print as "80 GB" is 80 × 2^30 bytes on an
 * A100 80GB: nvidia-smi reports 81,920 MiB); bandwidths are decimal GB/s (1e9 B/s) per direction per
 * GPU; `interNodeBandwidthGBps` is the scale-out network bandwidth one GPU owns (e.g. one 200 Gb/s HDR
 * port per A100 in a DGX A100 = 25 GB/s). Prices are typical on-demand rental figures at the stated
 * month: they move fast, and the plan should override them.
 */

/** One accelerator type. */
export interface GpuSpec {
  /** Kebab-case identifier users type, e.g. `h100-sxm`. */
  readonly id: string
  readonly name: string
  readonly vendor: 'NVIDIA' | 'AMD' | 'Huawei' | 'Google'
  /** Dense BF16 (or FP16 where BF16 is not quoted) tensor peak, TFLOP/s. */
  readonly denseBf16Tflops: number
  /** Dense FP8 tensor peak, TFLOP/s; null where the chip has no FP8 matrix unit. */
  readonly denseFp8Tflops: number | null
  /** HBM capacity in GiB (2^30 bytes). */
  readonly memoryGiB: number
  /** HBM bandwidth, GB/s. */
  readonly memoryBandwidthGBps: number
  /** Scale-up link (NVLink, Infinity Fabric, HCCS, ICI) bandwidth per GPU per direction, GB/s. */
  readonly intraNodeBandwidthGBps: number
  /** Scale-out network bandwidth per GPU per direction, GB/s. */
  readonly interNodeBandwidthGBps: number
  /** GPUs that share the scale-up domain (8 in an HGX/DGX server). */
  readonly gpusPerNode: number
  /** Board power (TDP / TGP), watts; null where the vendor does not publish it. */
  readonly tdpWatts: number | null
  /** Whole-server power divided by the GPUs' TDP sum (CPUs, NICs, fans, power conversion). */
  readonly serverPowerOverhead: number
  /** Whether sparse (2:4) tensor-core kernels exist, the only sparsity that speeds anything up. */
  readonly structuredSparsity: boolean
  /** Typical on-demand rental, USD per GPU-hour; null where no public price exists. */
  readonly rentalUsdPerGpuHour: number | null
  /** Month the rental price was observed, `YYYY-MM`. */
  readonly rentalPriceAsOf: string | null
  /** Where the specification figures come from. */
  readonly source: string
  /** Where the price and overhead come from, and any figure not read in a primary source. */
  readonly notes: string
}

// Epoch AI ("Trends in machine learning hardware" / training-cost notes): a DGX A100 draws 6.5 kW for
// 8 × 400 W GPUs, a DGX H100 10.2 kW for 8 × 700 W. Other servers reuse the nearest of these ratios.
const dgxA100Overhead = 6500 / (8 * 400)
const dgxH100Overhead = 10200 / (8 * 700)

export const gpus: readonly GpuSpec[] = [
  {
    id: 'a100-40gb-sxm',
    name: 'NVIDIA A100 40GB SXM',
    vendor: 'NVIDIA',
    denseBf16Tflops: 312,
    denseFp8Tflops: null,
    memoryGiB: 40,
    memoryBandwidthGBps: 1555,
    intraNodeBandwidthGBps: 300,
    interNodeBandwidthGBps: 25,
    gpusPerNode: 8,
    tdpWatts: 400,
    serverPowerOverhead: dgxA100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 1.29,
    rentalPriceAsOf: '2024-06',
    source:
      'NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet.pdf); NVLink 600 GB/s bidirectional; DGX A100 user guide: 8 × 200 Gb/s HDR InfiniBand',
    notes:
      'Price: Lambda Cloud on-demand list (unverified here). Overhead: Epoch AI DGX A100 6.5 kW / 8 GPUs.',
  },
  {
    id: 'a100-80gb-sxm',
    name: 'NVIDIA A100 80GB SXM',
    vendor: 'NVIDIA',
    denseBf16Tflops: 312,
    denseFp8Tflops: null,
    memoryGiB: 80,
    memoryBandwidthGBps: 2039,
    intraNodeBandwidthGBps: 300,
    interNodeBandwidthGBps: 25,
    gpusPerNode: 8,
    tdpWatts: 400,
    serverPowerOverhead: dgxA100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 1.79,
    rentalPriceAsOf: '2024-06',
    source:
      'NVIDIA A100 Tensor Core GPU datasheet (nvidia-a100-datasheet.pdf); Selene/DGX A100 as used in Narayanan et al. 2021 §5 (8 × 200 Gb/s HDR per node)',
    notes:
      'Price: Lambda Cloud on-demand list (unverified here). Overhead: Epoch AI DGX A100 6.5 kW / 8 GPUs.',
  },
  {
    id: 'a100-40gb-pcie',
    name: 'NVIDIA A100 40GB PCIe',
    vendor: 'NVIDIA',
    denseBf16Tflops: 312,
    denseFp8Tflops: null,
    memoryGiB: 40,
    memoryBandwidthGBps: 1555,
    intraNodeBandwidthGBps: 32,
    interNodeBandwidthGBps: 12.5,
    gpusPerNode: 8,
    tdpWatts: 250,
    serverPowerOverhead: 1.6,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 1.1,
    rentalPriceAsOf: '2024-06',
    source:
      'NVIDIA A100 Tensor Core GPU datasheet (nvidia-a100-datasheet.pdf): PCIe Gen4 64 GB/s bidirectional, 250 W',
    notes:
      'Intra-node over PCIe Gen4 (an optional NVLink bridge joins pairs only). Network 100 Gb/s per GPU and overhead 1.6 are assumptions; price unverified.',
  },
  {
    id: 'a100-80gb-pcie',
    name: 'NVIDIA A100 80GB PCIe',
    vendor: 'NVIDIA',
    denseBf16Tflops: 312,
    denseFp8Tflops: null,
    memoryGiB: 80,
    memoryBandwidthGBps: 1935,
    intraNodeBandwidthGBps: 32,
    interNodeBandwidthGBps: 12.5,
    gpusPerNode: 8,
    tdpWatts: 300,
    serverPowerOverhead: 1.6,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 1.5,
    rentalPriceAsOf: '2024-06',
    source: 'NVIDIA A100 Tensor Core GPU datasheet (nvidia-a100-datasheet.pdf): 1,935 GB/s, 300 W, PCIe Gen4',
    notes: 'Network 100 Gb/s per GPU and overhead 1.6 are assumptions; price unverified.',
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB',
    vendor: 'NVIDIA',
    denseBf16Tflops: 989.4,
    denseFp8Tflops: 1978.9,
    memoryGiB: 80,
    memoryBandwidthGBps: 3350,
    intraNodeBandwidthGBps: 450,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 700,
    serverPowerOverhead: dgxH100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 2.99,
    rentalPriceAsOf: '2025-01',
    source:
      'NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100): 1,979 / 3,958 TFLOP/s BF16 / FP8 with sparsity, halved here; NVLink 900 GB/s; DGX H100: 8 × 400 Gb/s NDR',
    notes:
      'Price: Lambda Cloud on-demand H100 SXM list (unverified here). Overhead: Epoch AI DGX H100 10.2 kW / 8 GPUs.',
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    vendor: 'NVIDIA',
    denseBf16Tflops: 756,
    denseFp8Tflops: 1513,
    memoryGiB: 80,
    memoryBandwidthGBps: 2000,
    intraNodeBandwidthGBps: 64,
    interNodeBandwidthGBps: 25,
    gpusPerNode: 8,
    tdpWatts: 350,
    serverPowerOverhead: 1.6,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 2.49,
    rentalPriceAsOf: '2025-01',
    source:
      'NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100): PCIe 1,513 / 3,026 TFLOP/s with sparsity (halved here), 2 TB/s, 300-350 W, PCIe Gen5 128 GB/s bidirectional',
    notes: 'Network 200 Gb/s per GPU and overhead 1.6 are assumptions; price unverified.',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM 141GB',
    vendor: 'NVIDIA',
    denseBf16Tflops: 989.4,
    denseFp8Tflops: 1978.9,
    memoryGiB: 141,
    memoryBandwidthGBps: 4800,
    intraNodeBandwidthGBps: 450,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 700,
    serverPowerOverhead: dgxH100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 3.5,
    rentalPriceAsOf: '2025-01',
    source:
      'NVIDIA H200 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h200): 141 GB HBM3e, 4.8 TB/s, same Hopper tensor peak as H100 SXM, up to 700 W',
    notes:
      'Capacity is the datasheet 141 GB taken as GiB (nvidia-smi shows about 140 GiB). Overhead from DGX H100; price unverified.',
  },
  {
    id: 'h800',
    name: 'NVIDIA H800 SXM5 80GB',
    vendor: 'NVIDIA',
    denseBf16Tflops: 989.4,
    denseFp8Tflops: 1978.9,
    memoryGiB: 80,
    memoryBandwidthGBps: 3350,
    intraNodeBandwidthGBps: 200,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 700,
    serverPowerOverhead: dgxH100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 2,
    rentalPriceAsOf: '2024-12',
    source:
      'NVIDIA H800 product brief (China export variant of H100 SXM: NVLink cut to 400 GB/s bidirectional); DeepSeek-V3 technical report (arXiv:2412.19437) §3.1: 400 GB/s NVLink, 8 × 400 Gb/s InfiniBand per node',
    notes:
      'Price: the $2 per GPU-hour rental DeepSeek-V3 assumes for its cost estimate (§1), not a list price.',
  },
  {
    id: 'h20',
    name: 'NVIDIA H20 96GB',
    vendor: 'NVIDIA',
    denseBf16Tflops: 148,
    denseFp8Tflops: 296,
    memoryGiB: 96,
    memoryBandwidthGBps: 4000,
    intraNodeBandwidthGBps: 450,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 400,
    serverPowerOverhead: dgxH100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: null,
    rentalPriceAsOf: null,
    source:
      'NVIDIA H20 specification as reported by the trade press (no public NVIDIA datasheet): 148 TFLOP/s FP16/BF16 dense, 296 FP8, 96 GB HBM3 at 4.0 TB/s, NVLink 900 GB/s, 400 W',
    notes: 'Unverified against a primary source. No public rental price. Network 400 Gb/s per GPU assumed.',
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX/DGX B200)',
    vendor: 'NVIDIA',
    denseBf16Tflops: 2250,
    denseFp8Tflops: 4500,
    memoryGiB: 180,
    memoryBandwidthGBps: 8000,
    intraNodeBandwidthGBps: 900,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 1000,
    serverPowerOverhead: 14300 / (8 * 1000),
    structuredSparsity: true,
    rentalUsdPerGpuHour: 4.99,
    rentalPriceAsOf: '2025-06',
    source:
      'NVIDIA DGX B200 datasheet: 72 PFLOP/s FP8 training (sparse) and 1,440 GB for 8 GPUs, ~14.3 kW max; HGX B200: 1,000 W per GPU, NVLink 5 1.8 TB/s bidirectional, 8 TB/s HBM3e',
    notes: 'Dense = half the sparse per-GPU figure. Price unverified.',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    denseBf16Tflops: 1307.4,
    denseFp8Tflops: 2614.9,
    memoryGiB: 192,
    memoryBandwidthGBps: 5300,
    intraNodeBandwidthGBps: 448,
    interNodeBandwidthGBps: 50,
    gpusPerNode: 8,
    tdpWatts: 750,
    serverPowerOverhead: dgxH100Overhead,
    structuredSparsity: true,
    rentalUsdPerGpuHour: 2.5,
    rentalPriceAsOf: '2025-01',
    source:
      'AMD Instinct MI300X data sheet (amd.com): 1,307.4 TFLOP/s BF16 and 2,614.9 FP8 dense, 192 GB HBM3 at 5.3 TB/s, 896 GB/s aggregate Infinity Fabric, 750 W',
    notes: 'Overhead borrowed from DGX H100; network 400 Gb/s per GPU assumed; price unverified.',
  },
  {
    id: 'ascend-910b',
    name: 'Huawei Ascend 910B',
    vendor: 'Huawei',
    denseBf16Tflops: 320,
    denseFp8Tflops: null,
    memoryGiB: 64,
    memoryBandwidthGBps: 1600,
    intraNodeBandwidthGBps: 196,
    interNodeBandwidthGBps: 25,
    gpusPerNode: 8,
    tdpWatts: 400,
    serverPowerOverhead: dgxA100Overhead,
    structuredSparsity: false,
    rentalUsdPerGpuHour: null,
    rentalPriceAsOf: null,
    source:
      'Trade-press figures for Ascend 910B (no public Huawei datasheet): about 320 TFLOP/s FP16, 64 GB HBM2e, HCCS 392 GB/s',
    notes:
      'Unverified: bandwidth 1.6 TB/s, TDP 400 W and 200 Gb/s RoCE per NPU are press estimates; treat results as rough.',
  },
  {
    id: 'tpu-v4',
    name: 'Google TPU v4',
    vendor: 'Google',
    denseBf16Tflops: 275,
    denseFp8Tflops: null,
    memoryGiB: 32,
    memoryBandwidthGBps: 1200,
    intraNodeBandwidthGBps: 150,
    interNodeBandwidthGBps: 150,
    gpusPerNode: 4,
    tdpWatts: 192,
    serverPowerOverhead: 1.4,
    structuredSparsity: false,
    rentalUsdPerGpuHour: 3.22,
    rentalPriceAsOf: '2024-06',
    source:
      'Jouppi et al. 2023, "TPU v4" (ISCA, arXiv:2304.01433) Table: 275 TFLOP/s BF16, 32 GiB HBM2 at 1,200 GB/s, 192 W max (170 W mean); Google Cloud TPU v4 docs (ICI across the pod)',
    notes:
      'ICI spans the pod, so inter-node equals intra-node here. Price: Google Cloud on-demand per chip-hour (us-central2). Overhead 1.4 assumed.',
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e',
    vendor: 'Google',
    denseBf16Tflops: 197,
    denseFp8Tflops: null,
    memoryGiB: 16,
    memoryBandwidthGBps: 819,
    intraNodeBandwidthGBps: 100,
    interNodeBandwidthGBps: 100,
    gpusPerNode: 8,
    tdpWatts: null,
    serverPowerOverhead: 1.4,
    structuredSparsity: false,
    rentalUsdPerGpuHour: 1.2,
    rentalPriceAsOf: '2024-06',
    source:
      'Google Cloud TPU v5e documentation (cloud.google.com/tpu/docs/v5e): 197 TFLOP/s BF16, 16 GB HBM2 at 819 GB/s, ICI 1,600 Gb/s per chip',
    notes:
      'No published TDP: pass power explicitly for energy. ICI halved for per-direction. Price: Google Cloud on-demand per chip-hour.',
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p',
    vendor: 'Google',
    denseBf16Tflops: 459,
    denseFp8Tflops: null,
    memoryGiB: 95,
    memoryBandwidthGBps: 2765,
    intraNodeBandwidthGBps: 300,
    interNodeBandwidthGBps: 300,
    gpusPerNode: 4,
    tdpWatts: null,
    serverPowerOverhead: 1.4,
    structuredSparsity: false,
    rentalUsdPerGpuHour: 4.2,
    rentalPriceAsOf: '2024-06',
    source:
      'Google Cloud TPU v5p documentation (cloud.google.com/tpu/docs/v5p): 459 TFLOP/s BF16, 95 GB HBM2e at 2,765 GB/s, ICI 4,800 Gb/s per chip',
    notes:
      'No published TDP: pass power explicitly for energy. ICI halved for per-direction. Price: Google Cloud on-demand per chip-hour.',
  },
]

/** Catalogue ids, in catalogue order. */
export const gpuIds: readonly string[] = gpus.map((gpu) => gpu.id)
