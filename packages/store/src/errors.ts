/**
 * @module errors
 * What the store refuses, as data the server maps to HTTP statuses.
 */
import { AvpError } from '@avp/core'

/** A save based on a version that is no longer the newest; carries the newest for the client to merge. */
export class StaleVersionError extends AvpError {
  readonly kind = 'user' as const
  readonly latestNumber: number

  constructor(basedOn: number, latestNumber: number) {
    super('stale_version', `version ${basedOn} is not the latest; version ${latestNumber} is`)
    this.latestNumber = latestNumber
  }
}

/** A row that does not exist (or that the caller may not know exists). */
export class NotFoundError extends AvpError {
  readonly kind = 'user' as const
}

/** A uniqueness rule broken by the request (an email already registered, a venture name taken). */
export class ConflictError extends AvpError {
  readonly kind = 'user' as const
}
