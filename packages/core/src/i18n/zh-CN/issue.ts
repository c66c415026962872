/** 简体中文：`issue` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const issue = {
  unknownGpu: '未知的 GPU "{value}"',
  fitsNowhere:
    '没有任何布局能放进每块 {gpu} 的 {memoryLimitGiB} GiB：最接近的（{nearestLayout}）需要 {nearestMemoryGiB} GiB，超出 {overByGiB} GiB；请增加 GPU、换用显存更大的 GPU，或减小全局批大小',
  layoutGpuMismatch: 'tensorParallel × pipelineParallel × dataParallel = {product}，但 GPU 数为 {gpuCount}',
  expected: '应为{expected}，实际为 {received}',
  missing: '必填项缺失',
  unknownKey: '未知的键 "{key}"',
  oneOf: '应为 {options} 之一，实际为 {received}',
  didYouMean: '是否想写 "{suggestion}"？',
  syntax: '语法错误：{detail}',
  duplicateId: '标识 "{value}" 已被 {other} 使用',
  unknownReference: '没有标识为 "{value}" 的{kind}',
  rangeOrder: '应满足 min ≤ mostLikely ≤ max，实际为 {min} / {mostLikely} / {max}',
  monthOrder: '{later}（{laterValue}）早于 {earlier}（{earlierValue}）',
  beforeFounding: '{value} 早于公司成立日期（{foundedOn}）',
  architectureIncomplete: '请给出 preset、参数量，或 layers、hiddenSize 与 attentionHeads',
  headsNotDivisible: 'attentionHeads（{heads}）必须是 keyValueHeads（{kvHeads}）的整数倍',
  assumptionPath: '路径 "{value}" 在本计划中不指向数值',
  formatTooNew: '本计划的格式版本为 {version}，高于本程序支持的版本（{current}），请升级 avp',
  formatUnknown: 'formatVersion 必须是 1 到 {current} 之间的整数',
  expression: '表达式错误：{detail}',
  unknownFigure: '未知指标 "{name}"',
  invalid: '{detail}',
} as const satisfies Catalogue['issue']
