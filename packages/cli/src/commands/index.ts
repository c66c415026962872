/**
 * @module commands
 * Every `avp` command, in the order `avp --help` lists them. Adding a command is one file exporting its
 * spec and one line here.
 */
import type { CommandSpec } from '../command-spec.ts'
import { analyzeCommand } from './analyze.command.ts'
import { auditCommand } from './audit.command.ts'
import { captableCommand } from './captable.command.ts'
import { checkCommand } from './check.command.ts'
import { complianceCommand } from './compliance.command.ts'
import { computeCommand } from './compute.command.ts'
import { financeCommand } from './finance.command.ts'
import { guideCommand } from './guide.command.ts'
import { initCommand } from './init.command.ts'
import { pullCommand } from './pull.command.ts'
import { pushCommand } from './push.command.ts'
import { reportCommand } from './report.command.ts'
import { risksCommand } from './risks.command.ts'
import { serveCommand } from './serve.command.ts'
import { simulateCommand } from './simulate.command.ts'
import { strategyCommand } from './strategy.command.ts'
import { waterfallCommand } from './waterfall.command.ts'

export const commandSpecs: readonly CommandSpec[] = [
  initCommand,
  checkCommand,
  analyzeCommand,
  reportCommand,
  computeCommand,
  pushCommand,
  pullCommand,
  serveCommand,
  complianceCommand,
  auditCommand,
  risksCommand,
  financeCommand,
  captableCommand,
  waterfallCommand,
  simulateCommand,
  strategyCommand,
  guideCommand,
]
