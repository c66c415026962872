/**
 * @module test-support
 * An in-memory console over the real file system, for running `avp` commands inside tests.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CliIo, nodeIo } from './io.ts'
import { runCli } from './program.ts'

export interface CliRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** A fresh temporary folder for one test's files. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'avp-cli-'))
}

/** Runs `avp args…` in-process and captures what it printed. */
export async function runAvp(args: readonly string[], env: CliIo['env'] = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    today: () => '2026-11-28',
    env,
  }
  const exitCode = await runCli(args, io)
  return { exitCode, stdout, stderr }
}
