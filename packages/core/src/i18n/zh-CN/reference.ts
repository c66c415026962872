/** 简体中文：`reference` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const reference = {
  model: '模型',
  risk: '风险',
} as const satisfies Catalogue['reference']
