/**
 * @module i18n/en
 * The English catalogue: the source of truth for every text a user reads. `zh-CN.ts` must have the same keys.
 * Placeholders are written `{name}` and filled by `translate`.
 */

import { cli } from './en/cli.ts'
import { compliance } from './en/compliance.ts'
import { compute } from './en/compute.ts'
import { expected } from './en/expected.ts'
import { finance } from './en/finance.ts'
import { issue } from './en/issue.ts'
import { plan } from './en/plan.ts'
import { received } from './en/received.ts'
import { reference } from './en/reference.ts'
import { report } from './en/report.ts'
import { risk } from './en/risk.ts'
import { server } from './en/server.ts'
import { strategy } from './en/strategy.ts'
import { sync } from './en/sync.ts'

/** Every section; each lives in `en/<section>.ts` beside the code that owns it. */
export const en = {
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
} as const

/** The shape every locale must satisfy: the same keys, each a string. */
export type Catalogue = DeepStrings<typeof en>
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
