/** 简体中文：`plan` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const plan = {
  invalid: '计划中有 {count} 处问题：',
  upgraded: '已将计划从格式 {from} 升级到 {to}：{change}',
} as const satisfies Catalogue['plan']
