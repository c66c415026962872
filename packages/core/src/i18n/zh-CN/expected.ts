/** 简体中文：`expected` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const expected = {
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
} as const satisfies Catalogue['expected']
