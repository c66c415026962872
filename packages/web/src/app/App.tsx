/**
 * @module app/App
 * The shell: venture picker, language switch, section navigation, export, and the page of the hash.
 * Local mode keeps ventures in localStorage; engine pages and charts load only when opened.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { parse, stringify } from 'yaml'
import { ApiError, createApiClient, type Session, type Venture } from '../api/client.ts'
import { formatNumber } from '../format/format.ts'
import {
  initialLanguage,
  rememberLanguage,
  type WebKey,
  type WebLanguage,
  webText,
} from '../i18n/translate.ts'
import { ConflictPanel } from '../pages/ConflictPanel.tsx'
import { Dashboard } from '../pages/Dashboard.tsx'
import { EditorPage } from '../pages/EditorPage.tsx'
import {
  duplicateVenture,
  hasUnsavedEdits,
  type LocalVenture,
  loadVentures,
  nextVentureId,
  persistVentures,
  replaceVenture,
  saveVersion,
  scenarioCount,
  ventureFromExample,
} from '../store/local-ventures.ts'
import { moneyDisplayOf, type UiContext, UiContextValue } from './context.ts'
import { downloadText, fileStem } from './download.ts'
import { ExampleOptions } from './ExampleOptions.tsx'
import { examples, scenarioIds } from './examples.ts'
import { type Page, pageOf, pages } from './route.ts'
import { useAnalysis } from './use-analysis.ts'

const ComputePage = lazy(() => import('../pages/ComputePage.tsx'))
const FinancePage = lazy(() => import('../pages/FinancePage.tsx'))
const RiskPage = lazy(() => import('../pages/RiskPage.tsx'))
const CompliancePage = lazy(() => import('../pages/CompliancePage.tsx'))
const StrategyPage = lazy(() => import('../pages/StrategyPage.tsx'))
const ComparePage = lazy(() => import('../pages/ComparePage.tsx'))
const GuidePage = lazy(() => import('../pages/GuidePage.tsx'))
const AccountPage = lazy(() => import('../pages/AccountPage.tsx'))

const apiBase =
  typeof document === 'undefined'
    ? null
    : document.querySelector('meta[name="avp-api"]')?.getAttribute('content')
const api = apiBase ? createApiClient(apiBase) : null

const storage = typeof localStorage === 'undefined' ? null : localStorage
const currentKey = 'avp.currentVenture'
const signedInKey = 'avp.signedIn'

/** Timings of edit → updated figures, read by the browser benchmark. */
declare global {
  interface Window {
    avpTimings?: { domMs: number[]; paintMs: number[]; workerMs: number[] }
  }
}

export function App() {
  const [language, setLanguage] = useState<WebLanguage>(() =>
    initialLanguage(storage, typeof navigator === 'undefined' ? 'en' : navigator.language),
  )
  const [ventures, setVentures] = useState<LocalVenture[]>(() =>
    loadVentures(storage, examples, new Date().toISOString()),
  )
  const [currentId, setCurrentId] = useState<string>(() => storage?.getItem(currentKey) ?? 'v1')
  const [page, setPage] = useState<Page>(() => pageOf(location.hash))
  const [exampleId, setExampleId] = useState(examples[0]?.id ?? '')
  const [notice, setNotice] = useState('')
  const [serverUp, setServerUp] = useState(false)
  const [session, setSession] = useState<Session | null>(null)
  const rememberSession = useCallback((next: Session | null) => {
    setSession(next)
    if (next) storage?.setItem(signedInKey, '1')
    else storage?.removeItem(signedInKey)
  }, [])
  const [conflict, setConflict] = useState<{ text: string; version: number } | null>(null)
  const editStartedAt = useRef<number | null>(null)

  const venture = ventures.find((each) => each.id === currentId) ?? ventures[0]!
  const state = useAnalysis(venture.text, language)
  const t = useCallback(
    (key: WebKey, params?: Record<string, string | number>) => webText(language, key, params),
    [language],
  )
  const ui: UiContext = useMemo(
    () => ({ language, t, money: moneyDisplayOf(state.analysis) }),
    [language, t, state.analysis],
  )

  useEffect(() => persistVentures(storage, ventures), [ventures])
  // Server mode when the page came from the server (it marks index.html with `<meta name="avp-api">`)
  // and the API answers; a static copy of the app stays in local mode without a single failed request.
  useEffect(() => {
    if (api === null) return
    void api.health().then(async (up) => {
      setServerUp(up)
      // Ask for the session only after a sign-in in this browser: the cookie is HttpOnly, so the app
      // cannot see it, and an anonymous visitor's 401 would only be noise in the console.
      if (up && storage?.getItem(signedInKey) === '1') rememberSession(await api.session().catch(() => null))
    })
  }, [rememberSession])
  useEffect(() => storage?.setItem(currentKey, venture.id), [venture.id])
  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${state.analysis?.company.name ?? ''} · ${webText(language, 'app.title')}`
  }, [language, state.analysis])
  useEffect(() => {
    const onHash = () => setPage(pageOf(location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  // Edit → updated figures: measured from the edit to the commit of the new analysis (DOM updated) and to
  // the next frame (painted).
  useLayoutEffect(() => {
    const started = editStartedAt.current
    if (started === null || state.analysis === null || state.analysedText !== venture.text) return
    editStartedAt.current = null
    const timings = window.avpTimings ?? { domMs: [], paintMs: [], workerMs: [] }
    window.avpTimings = timings
    timings.domMs.push(performance.now() - started)
    timings.workerMs.push(state.workerMs ?? 0)
    requestAnimationFrame(() => timings.paintMs.push(performance.now() - started))
  }, [state.analysis, state.analysedText, state.workerMs, venture.text])

  const editLatest = useRef<(text: string) => void>(() => {})
  // A stable callback for the memoised editor views; it always runs the latest `edit`.
  const onEdit = useCallback((text: string) => editLatest.current(text), [])
  const edit = (text: string) => {
    editStartedAt.current = performance.now()
    state.request(text)
    setVentures((list) => replaceVenture(list, { ...venture, text }))
  }
  editLatest.current = edit

  const chooseLanguage = (next: WebLanguage) => {
    setLanguage(next)
    rememberLanguage(storage, next)
  }
  const now = () => new Date().toISOString()
  const duplicate = () => {
    const id = nextVentureId(ventures)
    const name = webText(language, 'scenario.scenarioName', {
      name: venture.name,
      n: scenarioCount(ventures, venture.id) + 1,
    })
    setVentures((list) => [...list, duplicateVenture(venture, id, name, now())])
    setCurrentId(id)
  }
  const createFromExample = async () => {
    const template = scenarioIds.find((id) => `scenario:${id}` === exampleId)
    const example = template
      ? (await import('./scenario-venture.ts')).scenarioExample(template, language, now().slice(0, 10))
      : examples.find((each) => each.id === exampleId)
    if (!example) return
    const id = nextVentureId(ventures)
    setVentures((list) => [...list, ventureFromExample(example, id, now())])
    setCurrentId(id)
  }
  const saveLocal = () => {
    const saved = saveVersion(venture, now())
    setVentures((list) => replaceVenture(list, saved))
    setNotice(webText(language, 'scenario.saved', { version: saved.versions.at(-1)?.version ?? 1 }))
  }
  const saveToServer = async (target: LocalVenture, basedOn: number) => {
    const ref = target.server!
    try {
      const result = await api!.save(ref.workspaceId, ref.ventureId, basedOn, parse(target.text))
      if (result.kind === 'conflict') {
        setConflict({ text: stringify(result.latest.plan), version: result.latest.number })
        return
      }
      setConflict(null)
      const saved: LocalVenture = {
        ...target,
        server: { ...ref, baseVersion: result.number },
        versions: [...target.versions, { version: result.number, text: target.text, savedAt: now() }],
      }
      setVentures((list) => replaceVenture(list, saved))
      setNotice(webText(language, 'scenario.saved', { version: result.number }))
    } catch (error) {
      setNotice(
        webText(language, 'account.failed', {
          detail: error instanceof ApiError ? error.message : String(error),
        }),
      )
    }
  }
  const save = () => {
    // An invalid plan never becomes a version: the button is disabled, and this guards keyboard paths too.
    if (state.issues.length > 0) return
    if (venture.server && session) void saveToServer(venture, venture.server.baseVersion)
    else saveLocal()
  }
  const loadTheirs = () => {
    if (!conflict || !venture.server) return
    const theirs: LocalVenture = {
      ...venture,
      text: conflict.text,
      server: { ...venture.server, baseVersion: conflict.version },
      versions: [...venture.versions, { version: conflict.version, text: conflict.text, savedAt: now() }],
    }
    setVentures((list) => replaceVenture(list, theirs))
    setConflict(null)
  }
  const saveMineOnTop = () => {
    if (!conflict || !venture.server) return
    void saveToServer(venture, conflict.version)
  }
  const openServerVenture = async (remote: Venture) => {
    const version = await api!.version(remote.workspaceId, remote.id, remote.headVersion)
    const text = stringify(version.plan)
    const existing = ventures.find((each) => each.server?.ventureId === remote.id)
    const opened: LocalVenture = {
      id: existing?.id ?? nextVentureId(ventures),
      name: remote.name,
      text,
      versions: [{ version: version.number, text, savedAt: version.createdAt }],
      origin: `server:${remote.id}`,
      server: { workspaceId: remote.workspaceId, ventureId: remote.id, baseVersion: version.number },
    }
    setVentures((list) => (existing ? replaceVenture(list, opened) : [...list, opened]))
    setCurrentId(opened.id)
    setConflict(null)
    location.hash = '#/'
  }
  const exportYaml = () => downloadText(`${fileStem(venture.name)}.yaml`, venture.text, 'application/yaml')
  const exportHtml = async () => {
    if (!state.plan || !state.analysis) return
    const { reportHtml } = await import('./report-export.ts')
    downloadText(
      `${fileStem(venture.name)}.html`,
      reportHtml(state.plan, state.analysis, language),
      'text/html',
    )
  }

  const analysis = state.analysis
  return (
    <UiContextValue.Provider value={ui}>
      <a className="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <div className="brand">
          <img src="./favicon.svg" alt="" width="24" height="24" />
          <span>{t('app.title')}</span>
        </div>
        <label className="inline">
          <span>{t('app.venture')}</span>
          <select
            value={venture.id}
            onChange={(event) => setCurrentId(event.target.value)}
            data-testid="venture-select"
          >
            {ventures.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
                {hasUnsavedEdits(each) ? ' •' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span>{t('app.language')}</span>
          <select
            value={language}
            onChange={(event) => chooseLanguage(event.target.value as WebLanguage)}
            data-testid="language-select"
          >
            <option value="en">English</option>
            <option value="zh-CN">中文</option>
          </select>
        </label>
        <div className="actions">
          <button
            type="button"
            onClick={save}
            disabled={state.issues.length > 0 || !hasUnsavedEdits(venture)}
          >
            {t('scenario.save')}
          </button>
          <button type="button" onClick={duplicate}>
            {t('scenario.duplicate')}
          </button>
          <button type="button" onClick={exportYaml}>
            {t('export.yaml')}
          </button>
          <button type="button" onClick={exportHtml} disabled={!state.plan}>
            {t('export.html')}
          </button>
          {venture.server && session && !hasUnsavedEdits(venture) ? (
            <a
              className="button"
              href={api!.reportUrl(
                venture.server.workspaceId,
                venture.server.ventureId,
                venture.server.baseVersion,
                'pdf',
                language,
              )}
              download={`${fileStem(venture.name)}.pdf`}
            >
              {t('export.pdf')}
            </a>
          ) : null}
        </div>
      </header>
      <nav aria-label={t('nav.label')} className="sections">
        <ul>
          {pages
            .filter((name) => name !== 'account' || serverUp)
            .map((name) => (
              <li key={name}>
                <a
                  href={name === 'dashboard' ? '#/' : `#/${name}`}
                  aria-current={page === name ? 'page' : undefined}
                >
                  {t(`nav.${name}`)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <p className="status" role="status" data-testid="status">
          {state.pending
            ? t('app.computing')
            : state.workerMs !== null
              ? t('app.updatedIn', { ms: formatNumber(language, state.workerMs, 0) })
              : ''}
          {notice ? ` · ${notice}` : ''} ·{' '}
          {session ? t('app.mode.server', { email: session.user.email }) : t('app.mode.local')}
          {venture.server ? ` · ${t('account.serverVenture', { version: venture.server.baseVersion })}` : ''}
        </p>
        {state.issues.length > 0 && analysis ? (
          <p className="stale" role="alert" data-testid="stale">
            {t('app.staleAnalysis', { count: state.issues.length })}
          </p>
        ) : null}
        {conflict ? (
          <ConflictPanel
            theirsText={conflict.text}
            theirsVersion={conflict.version}
            mineText={venture.text}
            onLoadTheirs={loadTheirs}
            onSaveMine={saveMineOnTop}
          />
        ) : null}
        {page === 'account' && api ? (
          <Suspense fallback={<p>{t('app.computing')}</p>}>
            <AccountPage
              api={api}
              session={session}
              onSession={rememberSession}
              examples={examples}
              onOpen={openServerVenture}
            />
          </Suspense>
        ) : page === 'edit' ? (
          <EditorPage text={venture.text} onChange={onEdit} issues={state.issues} analysis={analysis} />
        ) : page === 'compare' ? (
          <Suspense fallback={<p>{t('app.computing')}</p>}>
            <ComparePage ventures={ventures} current={venture} />
          </Suspense>
        ) : !analysis ? (
          <p>{state.pending ? t('app.computing') : t('app.noAnalysis')}</p>
        ) : (
          <Suspense fallback={<p>{t('app.computing')}</p>}>
            {page === 'dashboard' ? <Dashboard analysis={analysis} /> : null}
            {page === 'compute' ? <ComputePage analysis={analysis} plan={state.plan} /> : null}
            {page === 'finance' ? <FinancePage analysis={analysis} plan={state.plan} /> : null}
            {page === 'risk' ? <RiskPage analysis={analysis} plan={state.plan} /> : null}
            {page === 'compliance' ? (
              <CompliancePage
                analysis={analysis}
                biasUpload={
                  venture.server && session && api
                    ? {
                        upload: async (fileName, content) => {
                          await api.uploadBias(
                            venture.server!.workspaceId,
                            venture.server!.ventureId,
                            fileName,
                            content,
                          )
                        },
                      }
                    : null
                }
              />
            ) : null}
            {page === 'strategy' ? <StrategyPage analysis={analysis} /> : null}
            {page === 'guide' ? <GuidePage analysis={analysis} /> : null}
          </Suspense>
        )}
        <section className="new-venture" aria-labelledby="new-heading">
          <h2 id="new-heading">{t('scenario.newFromExample')}</h2>
          <label className="inline">
            <span>{t('scenario.example')}</span>
            <select
              value={exampleId}
              onChange={(event) => setExampleId(event.target.value)}
              data-testid="new-venture-select"
            >
              <ExampleOptions examples={examples} />
            </select>
          </label>
          <button type="button" onClick={() => void createFromExample()}>
            {t('scenario.create')}
          </button>
        </section>
      </main>
    </UiContextValue.Provider>
  )
}
