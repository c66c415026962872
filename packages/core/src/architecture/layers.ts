/**
 * @module architecture/layers
 * The layering rules of the workspace as data, and a checker over source texts: which package may import
 * which, which folder of core may import which, that engines meet only through each other's `index.ts`,
 * that core stays free of I/O, that declared dependencies are used and used ones declared, and that no
 * import cycle exists. Pure: the test reads the files and hands them in, so a planted violation can be
 * shown to fail.
 */

/** One source file: its path from the repository root and its text. */
export interface SourceFile {
  readonly path: string
  readonly text: string
}

/** One package's manifest, reduced to what the rules read. */
export interface PackageManifest {
  readonly name: string
  readonly folder: string
  readonly dependencies: readonly string[]
  readonly devDependencies: readonly string[]
}

/** Which workspace packages each package may import (runtime and type imports alike). */
export const packageLayers: Readonly<Record<string, readonly string[]>> = {
  '@avp/core': [],
  '@avp/report': ['@avp/core'],
  '@avp/store': ['@avp/core'],
  '@avp/server': ['@avp/core', '@avp/report', '@avp/store'],
  '@avp/cli': ['@avp/core', '@avp/report', '@avp/server', '@avp/store'],
  '@avp/web': ['@avp/core', '@avp/report', '@avp/server'],
}

const leaves = ['errors', 'i18n', 'text', 'time', 'math', 'data', 'random', 'expression', 'architecture']

/**
 * Which top-level folders of `packages/core/src` each folder may import. Leaves hold shared, neutral code;
 * `plan/` imports no engine; engines meet one way: compute → finance → risk → strategy/guide, with
 * compliance beside finance; `analysis/` runs them all.
 */
export const coreLayers: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  text: [],
  time: [],
  math: [],
  data: [],
  architecture: [],
  i18n: ['errors'],
  random: ['errors', 'math'],
  expression: ['errors', 'text'],
  plan: leaves,
  team: [...leaves, 'plan'],
  compute: [...leaves, 'plan'],
  finance: [...leaves, 'plan', 'team', 'compute'],
  compliance: [...leaves, 'plan', 'team', 'compute'],
  risk: [...leaves, 'plan', 'team', 'compute', 'finance', 'compliance'],
  strategy: [...leaves, 'plan', 'team', 'compute', 'finance', 'risk', 'compliance'],
  guide: [...leaves, 'plan', 'team', 'compute', 'finance', 'risk', 'compliance', 'strategy'],
  analysis: [...leaves, 'plan', 'team', 'compute', 'finance', 'risk', 'compliance', 'strategy', 'guide'],
}

/** Engines: folders another folder may only enter through `index.ts`. */
export const engines = ['compute', 'finance', 'risk', 'compliance', 'strategy', 'guide', 'team', 'analysis']

/** One broken rule. */
export interface LayerViolation {
  readonly rule:
    | 'package-layer'
    | 'core-layer'
    | 'engine-door'
    | 'core-io'
    | 'undeclared-dependency'
    | 'unused-dependency'
    | 'cycle'
  readonly file: string
  readonly detail: string
}

const importPattern = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm
const dynamicImportPattern = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** Every module specifier a file names, static or dynamic. */
export function importsOf(text: string): string[] {
  const specifiers: string[] = []
  for (const match of text.matchAll(importPattern)) specifiers.push(match[1] as string)
  for (const match of text.matchAll(dynamicImportPattern)) specifiers.push(match[1] as string)
  return specifiers
}

function normalise(parts: string[]): string {
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}

function resolveRelative(from: string, specifier: string): string {
  return normalise([...from.split('/').slice(0, -1), ...specifier.split('/')])
}

const isTestFile = (path: string) =>
  /\.(test|bench)\.tsx?$/.test(path) || /\/(test-support|e2e)\//.test(path) || path.endsWith('.d.ts')

function packageOf(path: string, manifests: readonly PackageManifest[]): PackageManifest | undefined {
  return manifests.find((manifest) => path.startsWith(`${manifest.folder}/`))
}

/** The bare package name of a specifier (`@scope/name/sub` → `@scope/name`, `yaml/util` → `yaml`). */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string)
}

/** The top-level folder of core a path lies in (`index` for files at the root). */
function coreFolder(pathInCore: string): string {
  const parts = pathInCore.split('/')
  if (parts.length === 1) return (parts[0] as string).replace(/\.tsx?$/, '')
  return parts[0] as string
}

/**
 * Checks every rule; an empty list means the layers hold. `peersOf` names the peer dependencies of a
 * package (a declared peer of a used dependency counts as used, e.g. commander under its typings).
 */
export function checkLayers(
  files: readonly SourceFile[],
  manifests: readonly PackageManifest[],
  peersOf: (name: string) => readonly string[] = () => [],
): LayerViolation[] {
  const violations: LayerViolation[] = []
  const used = new Map<string, Set<string>>()
  const graph = new Map<string, string[]>()
  const known = new Set(files.map((file) => file.path))

  for (const file of files) {
    const manifest = packageOf(file.path, manifests)
    if (manifest === undefined) continue
    const test = isTestFile(file.path)
    const edges: string[] = []
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file.path, specifier)
        edges.push(target)
        if (manifest.name === '@avp/core' && !test)
          checkCoreEdge(file.path, target, manifest.folder, violations)
        continue
      }
      if (specifier.startsWith('node:')) {
        if (manifest.name === '@avp/core' && !test) {
          violations.push({ rule: 'core-io', file: file.path, detail: `imports ${specifier}` })
        }
        continue
      }
      const name = packageName(specifier)
      if (name.startsWith('@avp/') && name !== manifest.name) {
        const allowed = packageLayers[manifest.name] ?? []
        if (!allowed.includes(name)) {
          violations.push({
            rule: 'package-layer',
            file: file.path,
            detail: `${manifest.name} imports ${name}`,
          })
        }
      }
      if (name === manifest.name) continue
      const declared = test
        ? [...manifest.dependencies, ...manifest.devDependencies]
        : manifest.dependencies.concat(isTypeOnlyPackage(name) ? manifest.devDependencies : [])
      if (!declared.includes(name) && !rootToolchain.has(name)) {
        violations.push({
          rule: 'undeclared-dependency',
          file: file.path,
          detail: `${name} is not in ${manifest.name}'s package.json`,
        })
      }
      let names = used.get(manifest.name)
      if (names === undefined) {
        names = new Set()
        used.set(manifest.name, names)
      }
      names.add(name)
    }
    if (!test)
      graph.set(
        file.path,
        edges.filter((edge) => known.has(edge)),
      )
  }

  for (const manifest of manifests) {
    const names = new Set(used.get(manifest.name) ?? [])
    for (const name of [...names]) for (const peer of peersOf(name)) names.add(peer)
    for (const dependency of manifest.dependencies) {
      if (!names.has(dependency) && !dependency.startsWith('@types/')) {
        violations.push({
          rule: 'unused-dependency',
          file: `${manifest.folder}/package.json`,
          detail: `${dependency} is declared but never imported`,
        })
      }
    }
  }

  for (const cycle of findCycles(graph)) {
    violations.push({ rule: 'cycle', file: cycle[0] as string, detail: cycle.join(' → ') })
  }
  return violations
}

// Packages every workspace may name without declaring them: the root's test and build tools.
const rootToolchain = new Set(['vitest', 'fast-check', 'vite'])
const isTypeOnlyPackage = (name: string) => name.startsWith('@types/')

function checkCoreEdge(from: string, target: string, coreRoot: string, violations: LayerViolation[]): void {
  const source = `${coreRoot}/src/`
  if (!from.startsWith(source) || !target.startsWith(source)) return
  const fromFolder = coreFolder(from.slice(source.length))
  const toPath = target.slice(source.length)
  const toFolder = coreFolder(toPath)
  if (fromFolder === toFolder || fromFolder === 'index') return
  const allowed = coreLayers[fromFolder]
  if (allowed === undefined) {
    violations.push({ rule: 'core-layer', file: from, detail: `the folder ${fromFolder}/ has no layer rule` })
    return
  }
  if (!allowed.includes(toFolder)) {
    violations.push({
      rule: 'core-layer',
      file: from,
      detail: `${fromFolder}/ may not import ${toFolder}/ (${toPath})`,
    })
    return
  }
  if (engines.includes(toFolder) && toPath !== `${toFolder}/index.ts`) {
    violations.push({
      rule: 'engine-door',
      file: from,
      detail: `enters ${toFolder}/ through ${toPath}, not ${toFolder}/index.ts`,
    })
  }
}

/** Strongly connected components of more than one file (Tarjan), each as a readable chain. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) cycles.push(component.reverse())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}
