/**
 * @module store/local-ventures
 * Ventures kept in the browser (local mode): each has its current text (unsaved edits included) and its
 * saved versions. Free functions over plain data; `loadVentures`/`persistVentures` touch the storage.
 */

export interface LocalVersion {
  readonly version: number
  readonly text: string
  readonly savedAt: string
}

export interface LocalVenture {
  readonly id: string
  readonly name: string
  /** The text being edited, saved or not. */
  readonly text: string
  readonly versions: readonly LocalVersion[]
  /** Where it came from: an example id, or the venture it was duplicated from. */
  readonly origin: string
  /** Set when the venture lives on a server: where, and the version the edits are based on. */
  readonly server?: ServerRef
}

export interface ServerRef {
  readonly workspaceId: string
  readonly ventureId: string
  readonly baseVersion: number
}

export interface ExamplePlan {
  readonly id: string
  readonly name: string
  readonly text: string
}

const storageKey = 'avp.ventures.v1'

/**
 * A new venture from an example, with the example as its first version.
 * @example
 * ventureFromExample({ id: 'demo', name: 'Demo', text: 'a: 1' }, 'v1', 'now').versions.length //=> 1
 */
export function ventureFromExample(example: ExamplePlan, id: string, savedAt: string): LocalVenture {
  return {
    id,
    name: example.name,
    text: example.text,
    versions: [{ version: 1, text: example.text, savedAt }],
    origin: example.id,
  }
}

/**
 * A copy of a venture as a scenario: its current text becomes the scenario's first version.
 * @example
 * duplicateVenture(venture, 'v2', 'Demo (scenario 1)', 'now').origin //=> venture.id
 */
export function duplicateVenture(
  source: LocalVenture,
  id: string,
  name: string,
  savedAt: string,
): LocalVenture {
  return {
    id,
    name,
    text: source.text,
    versions: [{ version: 1, text: source.text, savedAt }],
    origin: source.id,
  }
}

/**
 * The venture with its current text saved as the next version; unchanged text saves nothing.
 * @example
 * saveVersion({ ...venture, text: 'b: 2' }, 'now').versions.length //=> 2
 */
export function saveVersion(venture: LocalVenture, savedAt: string): LocalVenture {
  const latest = venture.versions.at(-1)
  if (latest?.text === venture.text) return venture
  const version = (latest?.version ?? 0) + 1
  return { ...venture, versions: [...venture.versions, { version, text: venture.text, savedAt }] }
}

/** Whether the venture has edits after its latest version. */
export function hasUnsavedEdits(venture: LocalVenture): boolean {
  return venture.versions.at(-1)?.text !== venture.text
}

/** Replaces one venture in the list by id. */
export function replaceVenture(list: readonly LocalVenture[], next: LocalVenture): LocalVenture[] {
  return list.map((venture) => (venture.id === next.id ? next : venture))
}

/** The next free id of the form `v<n>`. */
export function nextVentureId(list: readonly LocalVenture[]): string {
  const numbers = list.map((venture) => Number(venture.id.replace(/^v/, ''))).filter(Number.isFinite)
  return `v${Math.max(0, ...numbers) + 1}`
}

/** How many scenarios were already made from `sourceId` (to number the next one). */
export function scenarioCount(list: readonly LocalVenture[], sourceId: string): number {
  return list.filter((venture) => venture.origin === sourceId).length
}

/**
 * The ventures in storage, or one per example on a first visit (or when storage holds garbage).
 * @example
 * loadVentures(emptyStorage, examples, 'now').length //=> examples.length
 */
export function loadVentures(
  storage: Pick<Storage, 'getItem'> | null,
  examples: readonly ExamplePlan[],
  savedAt: string,
): LocalVenture[] {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null')
    if (Array.isArray(saved) && saved.length > 0 && saved.every(isVenture)) return saved
  } catch {
    // Unreadable storage is treated as a first visit rather than an error: the examples come back.
  }
  return examples.map((example, index) => ventureFromExample(example, `v${index + 1}`, savedAt))
}

/** Writes the ventures to storage. */
export function persistVentures(
  storage: Pick<Storage, 'setItem'> | null,
  list: readonly LocalVenture[],
): void {
  storage?.setItem(storageKey, JSON.stringify(list))
}

function isVenture(value: unknown): value is LocalVenture {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.id === 'string' && typeof record.text === 'string' && Array.isArray(record.versions)
}
