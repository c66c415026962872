/**
 * @module io
 * Everything the CLI touches outside itself, behind one interface, so commands are tested in-process
 * with an in-memory console and a temporary folder.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readText: (file: string) => Promise<string>
  /** Writes the whole file or nothing: a crash mid-write never leaves a half-written file behind. */
  readonly writeTextAtomic: (file: string, text: string) => Promise<void>
  readonly exists: (file: string) => Promise<boolean>
  /** Today's date as `YYYY-MM-DD` (UTC): only `init` reads the clock. */
  readonly today: () => string
  readonly env: Readonly<Record<string, string | undefined>>
}

async function writeTextAtomic(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${randomBytes(6).toString('hex')}.avp-tmp`)
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/** The real console and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (file) => readFile(file, 'utf8'),
    writeTextAtomic,
    exists: async (file) =>
      readFile(file).then(
        () => true,
        (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
      ),
    today: () => new Date().toISOString().slice(0, 10),
    env: process.env,
  }
}
