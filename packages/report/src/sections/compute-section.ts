/**
 * @module sections/compute-section
 * The report's compute section: every training run with its layout, time band, cost and carbon, the
 * memory per GPU of each run, and the serving fleet with latency and cost per token.
 */
import { type Analysis, type Language, type MessageKey, type RunLayout, translate } from '@avp/core'
import { renderEchartsSvg } from '../charts/echarts-svg.ts'
import type { Block, ChartBlock } from '../document.ts'
import { formatMoney, formatNumber } from '../format.ts'

type Params = Parameters<typeof translate>[2]

function memoryChart(analysis: Analysis, language: Language): ChartBlock {
  const t = (key: MessageKey) => translate(language, key)
  const runs = analysis.compute.training
  const parts = ['weights', 'gradients', 'optimizer', 'activations'] as const
  const names = parts.map((part) => t(`compute.${part}`))
  const svg = renderEchartsSvg(
    {
      legend: { top: 0, data: names },
      grid: { left: 200, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'value', name: 'GiB' },
      yAxis: { type: 'category', data: runs.map((run) => run.name) },
      series: parts.map((part, index) => ({
        type: 'bar',
        stack: 'memory',
        name: names[index],
        data: runs.map((run) => Number(run.memoryBreakdownGiB[part].toFixed(2))),
      })),
    },
    720,
    Math.max(160, 70 + runs.length * 42),
  )
  return {
    kind: 'chart',
    title: t('compute.reportMemoryChart'),
    svg,
    table: {
      kind: 'table',
      header: [t('compute.reportRun'), ...names, t('compute.total')],
      rows: runs.map((run) => [
        run.name,
        ...parts.map((part) => formatNumber(run.memoryBreakdownGiB[part], language, 2)),
        `${formatNumber(run.memoryPerGpuGiB, language, 1)} / ${formatNumber(run.gpuMemoryGiB, language, 0)}`,
      ]),
      numericColumns: [1, 2, 3, 4, 5],
    },
  }
}

/** A layout in the reader's language, e.g. `TP 8 × PP 4 (×5) × DP 32, mb 1, selective recompute, SP, ZeRO-1`. */
function layoutText(layout: RunLayout, language: Language): string {
  const pipeline =
    layout.interleave > 1
      ? `PP ${layout.pipelineParallel} (×${layout.interleave})`
      : `PP ${layout.pipelineParallel}`
  const recompute = translate(language, `compute.recompute.${layout.recompute}`)
  const sp = layout.sequenceParallel ? ', SP' : ''
  return `TP ${layout.tensorParallel} × ${pipeline} × DP ${layout.dataParallel}, mb ${layout.microBatchSize}, ${recompute}${sp}, ZeRO-${layout.zeroStage}`
}

/** The compute blocks of the report; empty when no model is trained or served. */
export function computeSection(analysis: Analysis, language: Language): Block[] {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  const money = (usd: number | null) => (usd === null ? '—' : formatMoney(usd, analysis.company, language))
  const number = (value: number | null, digits = 1) =>
    value === null ? '—' : formatNumber(value, language, digits)
  const { training, models, totals } = analysis.compute
  const serving = models.flatMap((model) =>
    model.serving === null ? [] : [{ name: model.name, serving: model.serving }],
  )
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t('compute.reportSection') }]
  if (training.length === 0 && serving.length === 0) {
    return [...blocks, { kind: 'paragraph', text: t('compute.reportNoModels') }]
  }
  if (training.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('compute.reportRuns') },
      {
        kind: 'table',
        header: [
          'compute.reportRun',
          'compute.reportGpus',
          'compute.reportLayout',
          'compute.reportDays',
          'compute.gpuHours',
          'compute.reportCost',
          'compute.reportMfu',
          'compute.reportCo2',
        ].map((key) => t(key as MessageKey)),
        rows: training.map((run) => [
          run.name,
          `${run.gpus} × ${run.gpu}`,
          `${layoutText(run.layout, language)}${run.layoutSearched ? t('compute.reportSearched') : ''}`,
          `${number(run.days)} (${number(run.daysLow)}–${number(run.daysHigh)})`,
          number(run.gpuHours, 0),
          money(run.costUsd),
          `${number(run.mfu * 100)} %`,
          number(run.co2Tonnes),
        ]),
        numericColumns: [3, 4, 5, 6, 7],
      },
      {
        kind: 'paragraph',
        text: t('compute.reportTotals', {
          cost: money(totals.trainingCostUsd),
          gpuHours: number(totals.trainingGpuHours, 0),
          energy: number(totals.trainingEnergyMWh),
          co2: number(totals.trainingCo2Tonnes),
          flops: totals.largestModelTrainingFlops.toExponential(2),
        }),
      },
      memoryChart(analysis, language),
    )
  }
  if (serving.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('compute.reportServing') },
      {
        kind: 'table',
        header: [
          'compute.reportModel',
          'compute.reportGpus',
          'compute.reportLatency',
          'compute.reportCostPerMillion',
          'compute.reportTargets',
          'compute.reportEnergyYear',
        ].map((key) => t(key as MessageKey)),
        rows: serving.map(({ name, serving: s }) => [
          name,
          `${s.gpus} × ${s.gpu}`,
          `${number(s.timeToFirstTokenMs, 0)} / ${number(s.timePerOutputTokenMs)}`,
          `${money(s.costPerMillionInputTokensUsd)} / ${money(s.costPerMillionOutputTokensUsd)}`,
          t(s.meetsLatencyTargets ? 'compute.yes' : 'compute.no'),
          number(s.energyMWhPerYear),
        ]),
        numericColumns: [2, 3, 5],
      },
      { kind: 'paragraph', text: t('compute.reportBestCase') },
    )
  }
  return blocks
}
