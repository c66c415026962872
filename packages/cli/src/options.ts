/**
 * @module options
 * Parsers of option values shared by several commands, light enough for the command specs to import.
 */
import { InvalidArgumentError } from '@commander-js/extra-typings'

/** Parses `70e9`, `1_000`, `0.5`; rejects anything else with commander's invalid-argument error. */
export function parseNumber(text: string): number {
  const value = Number(text.replaceAll('_', ''))
  if (text.trim() === '' || !Number.isFinite(value))
    throw new InvalidArgumentError('expected a number such as 8, 0.5 or 2e12')
  return value
}

/** Parses `--port`: a whole number from 0 to 65535. */
export function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535')
  return port
}
