/**
 * @module env
 * What every handler can reach: the app's dependencies and the per-request values set by middleware.
 */
import type { Language } from '@avp/core'
import type { Store, User } from '@avp/store'
import type { Logger } from 'pino'
import type { AnalysisCache } from './analysis-cache.ts'
import type { ServerConfig } from './config.ts'

export interface AppDeps {
  readonly store: Store
  readonly logger: Logger
  readonly config: ServerConfig
  /** The clock; tests pass a fixed one. */
  readonly now?: () => Date
  /** scrypt cost for new passwords (2^15 by default; tests lower it to stay fast). */
  readonly scryptCost?: number
}

/** The signed-in user of a request, with the session's token and CSRF token. */
export interface Auth {
  readonly user: User
  readonly token: string
  readonly csrfToken: string
}

export interface AppEnv {
  Variables: {
    deps: Required<AppDeps> & { readonly analysisCache: AnalysisCache }
    auth: Auth | null
    language: Language
  }
}
