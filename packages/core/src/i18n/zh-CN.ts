/**
 * @module i18n/zh-CN
 * 简体中文目录：与 `en.ts` 键完全相同（由类型与测试共同保证）。
 */
import type { Catalogue } from './en.ts'

export const zhCN = {
  expected: {
    string: '文本',
    nonEmptyString: '非空文本',
    id: '由小写字母、数字和短横线组成的标识（如 "llm-api"）',
    number: '数字',
    positiveNumber: '正数',
    nonNegativeNumber: '大于或等于 0 的数',
    positiveInteger: '正整数',
    nonNegativeInteger: '大于或等于 0 的整数',
    ratio: '0 到 1 之间的比例（25% 写作 0.25）',
    boolean: 'true 或 false',
    date: '真实存在的日期，格式 YYYY-MM-DD',
    month: '月份，格式 YYYY-MM',
    marketCode: '市场代码：EU、CN、US、US-XX（美国州）、EU-XX 或国家代码',
    object: '键值映射',
    array: '列表',
    oneOf: '允许的取值之一',
    score: '0 到 5 的评分',
    likelihood: '1 到 5 的等级',
    horizon: '12 到 120 之间的整月数',
    formatVersion: '格式版本 1',
  },
  received: {
    nothing: '空',
    list: '列表',
    mapping: '映射',
  },
  issue: {
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
  },
  reference: {
    model: '模型',
    risk: '风险',
  },
  plan: {
    invalid: '计划中有 {count} 处问题：',
    upgraded: '已将计划从格式 {from} 升级到 {to}：{change}',
  },
} as const satisfies Catalogue
