/**
 * @module i18n/zh-CN
 * 简体中文目录：与 `en.ts` 键完全相同（由类型与测试共同保证）。
 */
import type { Catalogue } from './en.ts'
import { cli } from './zh-CN/cli.ts'
import { compliance } from './zh-CN/compliance.ts'
import { compute } from './zh-CN/compute.ts'
import { expected } from './zh-CN/expected.ts'
import { finance } from './zh-CN/finance.ts'
import { issue } from './zh-CN/issue.ts'
import { plan } from './zh-CN/plan.ts'
import { received } from './zh-CN/received.ts'
import { reference } from './zh-CN/reference.ts'
import { report } from './zh-CN/report.ts'
import { risk } from './zh-CN/risk.ts'
import { server } from './zh-CN/server.ts'
import { strategy } from './zh-CN/strategy.ts'
import { sync } from './zh-CN/sync.ts'

export const zhCN = {
  expected,
  received,
  issue,
  reference,
  cli,
  report,
  compute,
  strategy,
  finance,
  risk,
  server,
  compliance,
  sync,
  plan,
} as const satisfies Catalogue
