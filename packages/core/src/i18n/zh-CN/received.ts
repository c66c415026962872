/** 简体中文：`received` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const received = {
  nothing: '空',
  list: '列表',
  mapping: '映射',
} as const satisfies Catalogue['received']
