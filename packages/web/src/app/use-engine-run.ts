/**
 * @module app/use-engine-run
 * Runs one engine (`finance`, `capTable`, `risk`, `layouts`) for the page's plan in the engines Web Worker, created
 * with the page that asks and ended with it. A newer plan supersedes an older run's answer.
 */
import type { Language, VenturePlan } from '@avp/core'
import { useEffect, useRef, useState } from 'react'
import type { EngineKind, EngineResults } from '../analysis/engine-request.ts'

export interface EngineRunState<K extends EngineKind> {
  readonly result: EngineResults[K] | undefined
  /** Paths done and in all while a Monte Carlo runs; null otherwise. */
  readonly progress: { readonly done: number; readonly total: number } | null
  readonly error: string | null
}

type Reply<K extends EngineKind> =
  | { readonly id: number; readonly progress: { done: number; total: number } }
  | { readonly id: number; readonly result: EngineResults[K] }
  | { readonly id: number; readonly error: string }

/** The engine run of `kind` for `plan` (nothing while `plan` is null). */
export function useEngineRun<K extends EngineKind>(
  kind: K,
  plan: VenturePlan | null,
  language: Language = 'en',
): EngineRunState<K> {
  const [state, setState] = useState<EngineRunState<K>>({ result: undefined, progress: null, error: null })
  const worker = useRef<Worker | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    const created = new Worker(new URL('../analysis/engines.worker.ts', import.meta.url), { type: 'module' })
    worker.current = created
    created.onmessage = (event: MessageEvent<Reply<K>>) => {
      const reply = event.data
      if (reply.id !== latest.current) return
      if ('progress' in reply) setState((previous) => ({ ...previous, progress: reply.progress }))
      else if ('result' in reply) setState({ result: reply.result, progress: null, error: null })
      else setState((previous) => ({ ...previous, progress: null, error: reply.error }))
    }
    return () => {
      created.terminate()
      worker.current = null
    }
  }, [])

  useEffect(() => {
    if (plan === null || worker.current === null) return
    latest.current += 1
    worker.current.postMessage({ id: latest.current, kind, plan, language })
  }, [kind, plan, language])

  return state
}
