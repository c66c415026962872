/**
 * @module app/use-analysis
 * Recomputes the analysis in a Web Worker whenever the plan text changes. Keeps the last valid analysis
 * when an edit is invalid (the page keeps its figures and shows the issues beside them), and sends only
 * the newest text once the worker is free, so fast typing never queues stale work.
 */
import type { Analysis, Issue, Language, VenturePlan } from '@avp/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnalysisOutcome } from '../analysis/run-analysis.ts'

export interface AnalysisState {
  readonly analysis: Analysis | null
  readonly plan: VenturePlan | null
  /** The issues of the newest text; empty when it is valid. */
  readonly issues: readonly Issue[]
  readonly pending: boolean
  /** Time the worker took for the newest result. */
  readonly workerMs: number | null
  /** The text the shown analysis was computed from. */
  readonly analysedText: string | null
}

interface AnalysisRequest {
  readonly text: string
  readonly language: Language
}

/** One empty list, so a valid result keeps the same `issues` and memoised views skip re-rendering. */
const noIssues: readonly Issue[] = []

const initial: AnalysisState = {
  analysis: null,
  plan: null,
  issues: noIssues,
  pending: true,
  workerMs: null,
  analysedText: null,
}

/**
 * The analysis of `text`, and `request` to start one at once: an edit handler calls it before React
 * renders, so the worker computes while the page re-renders the edit.
 */
export function useAnalysis(
  text: string,
  language: Language,
): AnalysisState & { request: (text: string) => void } {
  const [state, setState] = useState<AnalysisState>(initial)
  const worker = useRef<Worker | null>(null)
  const inFlight = useRef<AnalysisRequest | null>(null)
  const queued = useRef<AnalysisRequest | null>(null)
  const lastRequested = useRef<AnalysisRequest | null>(null)

  const send = useCallback((next: AnalysisRequest) => {
    const current = worker.current
    if (!current) return
    lastRequested.current = next
    if (inFlight.current) {
      queued.current = next
      return
    }
    inFlight.current = next
    current.postMessage({ id: 0, text: next.text, language: next.language })
  }, [])

  useEffect(() => {
    const created = new Worker(new URL('../analysis/analysis.worker.ts', import.meta.url), { type: 'module' })
    worker.current = created
    created.onmessage = (event: MessageEvent<{ outcome: AnalysisOutcome }>) => {
      const { outcome } = event.data
      const done = inFlight.current
      inFlight.current = null
      const next = queued.current
      queued.current = null
      if (next) {
        inFlight.current = next
        created.postMessage({ id: 0, text: next.text, language: next.language })
      }
      setState((previous) =>
        outcome.ok
          ? {
              analysis: outcome.analysis,
              plan: outcome.plan,
              issues: noIssues,
              pending: next !== null,
              workerMs: outcome.elapsedMs,
              analysedText: done?.text ?? null,
            }
          : { ...previous, issues: outcome.issues, pending: next !== null, workerMs: outcome.elapsedMs },
      )
    }
    return () => {
      created.terminate()
      worker.current = null
      inFlight.current = null
      queued.current = null
      lastRequested.current = null
    }
  }, [])

  // Texts that arrive without an edit handler (another venture chosen, a language switch, first load).
  useEffect(() => {
    const last = lastRequested.current
    if (last?.text === text && last.language === language) return
    send({ text, language })
    setState((previous) => ({ ...previous, pending: true }))
  }, [text, language, send])

  const request = useCallback((next: string) => send({ text: next, language }), [send, language])
  return { ...state, request }
}
