/**
 * @module pdf
 * PDF reports printed by Debian's Chromium in headless mode. No browser is downloaded: when Chromium
 * is not installed the caller answers 501 with how to install it.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether a Chromium binary exists at `path`. */
export function chromiumAvailable(path: string): boolean {
  return existsSync(path)
}

/**
 * Prints a self-contained HTML page to an A4 PDF (60 s limit).
 * @example
 * (await printPdf('/usr/bin/chromium', '<!doctype html><p>hi')).subarray(0, 4).toString() //=> '%PDF'
 */
export async function printPdf(chromiumPath: string, html: string): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'avp-pdf-'))
  try {
    const page = join(folder, 'report.html')
    const output = join(folder, 'report.pdf')
    // Chromium prints US Letter unless the page asks otherwise; reports are A4.
    const a4 = '<style>@page { size: A4; margin: 14mm }</style>'
    await writeFile(
      page,
      html.includes('</head>') ? html.replace('</head>', `${a4}</head>`) : a4 + html,
      'utf8',
    )
    await new Promise<void>((resolve, reject) => {
      execFile(
        chromiumPath,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(folder, 'profile')}`,
          `--print-to-pdf=${output}`,
          `file://${page}`,
        ],
        { timeout: 60_000 },
        (error) => (error ? reject(error) : resolve()),
      )
    })
    return await readFile(output)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
