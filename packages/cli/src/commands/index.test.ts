import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scenarioTemplateIds } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { templateNames } from '../templates/names.ts'
import { runAvp } from '../test-support.ts'
import { cliVersion } from '../version.ts'
import { commandSpecs } from './index.ts'

const source = dirname(fileURLToPath(new URL('../main.ts', import.meta.url)))

/** The files `main.ts` loads before any command runs: its static imports, followed transitively. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
      const [, typeOnly, specifier] = match
      if (typeOnly !== undefined) continue
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!))
      else packages.add(specifier!)
    }
  }
  visit(join(source, entry))
  return { files, packages }
}

describe('the command specs', () => {
  it('load nothing heavy: the engines, reports, server and charts come with the command that needs them', () => {
    const { packages } = staticImports('main.ts')
    expect([...packages].sort()).toEqual([
      '@avp/core/i18n',
      '@commander-js/extra-typings',
      'node:crypto',
      'node:fs',
      'node:fs/promises',
      'node:path',
    ])
  })

  it('name every command once', () => {
    const names = commandSpecs.map((spec) => spec.name)
    expect(new Set(names).size).toBe(names.length)
    for (const spec of commandSpecs)
      expect(spec.run !== undefined || (spec.subcommands?.length ?? 0) > 0).toBe(true)
  })

  it('list the same scenario templates as core', () => {
    expect(templateNames.slice(-scenarioTemplateIds.length)).toEqual([...scenarioTemplateIds])
  })
})

describe('avp --version', () => {
  it('prints the CLI package version', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    const run = await runAvp(['--version'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe(`${manifest.version}\n`)
    expect(cliVersion()).toBe(manifest.version)
  })

  it('leaves `avp pull --version N` its own meaning', async () => {
    const run = await runAvp(['pull', '--venture', 'x', '--version', '3'], {
      AVP_EMAIL: '',
      AVP_PASSWORD: '',
    })
    expect(run.stdout).not.toContain(cliVersion())
  })
})
