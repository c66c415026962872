/**
 * @module pages/AccountPage
 * Server mode: sign up or sign in, pick a workspace, see its ventures and members (owners change roles
 * and add people), open a venture, or create one on the server from a bundled example or a scenario template.
 */
import { type FormEvent, useEffect, useState } from 'react'
import { parse } from 'yaml'
import {
  type ApiClient,
  ApiError,
  type Member,
  type Role,
  type Session,
  type Venture,
  type Workspace,
} from '../api/client.ts'
import { useUi } from '../app/context.ts'
import { ExampleOptions } from '../app/ExampleOptions.tsx'
import { scenarioIds } from '../app/examples.ts'
import { scenarioExample } from '../app/scenario-venture.ts'
import type { ExamplePlan } from '../store/local-ventures.ts'

interface AccountProps {
  readonly api: ApiClient
  readonly session: Session | null
  readonly onSession: (session: Session | null) => void
  readonly examples: readonly ExamplePlan[]
  readonly onOpen: (venture: Venture) => Promise<void>
}

const roles: readonly Role[] = ['viewer', 'editor', 'owner']

export default function AccountPage({ api, session, onSession, examples, onOpen }: AccountProps) {
  const { t } = useUi()
  const [error, setError] = useState('')
  const guard = async (action: () => Promise<void>) => {
    setError('')
    try {
      await action()
    } catch (caught) {
      setError(
        t('account.failed', {
          detail: caught instanceof ApiError ? `${caught.status} ${caught.message}` : String(caught),
        }),
      )
    }
  }
  return (
    <>
      <h1>{t('nav.account')}</h1>
      {error ? (
        <p className="stale" role="alert">
          {error}
        </p>
      ) : null}
      {session ? (
        <SignedIn
          api={api}
          session={session}
          onSession={onSession}
          examples={examples}
          onOpen={onOpen}
          guard={guard}
        />
      ) : (
        <SignInForms api={api} onSession={onSession} guard={guard} />
      )}
    </>
  )
}

function SignInForms({
  api,
  onSession,
  guard,
}: Pick<AccountProps, 'api' | 'onSession'> & { guard: (action: () => Promise<void>) => Promise<void> }) {
  const { t } = useUi()
  const submit = (kind: 'signUp' | 'signIn') => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '')
    const password = String(form.get('password') ?? '')
    void guard(async () => {
      const session =
        kind === 'signUp'
          ? await api.signUp({ email, password, displayName: String(form.get('displayName') ?? '') })
          : await api.signIn({ email, password })
      onSession(session)
    })
  }
  return (
    <div className="two-columns">
      <form onSubmit={submit('signUp')} aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading">{t('account.signUp')}</h2>
        <label className="field">
          <span>{t('account.displayName')}</span>
          <input name="displayName" type="text" required autoComplete="name" />
        </label>
        <label className="field">
          <span>{t('account.email')}</span>
          <input name="email" type="email" required autoComplete="email" />
        </label>
        <label className="field">
          <span>
            {t('account.password')} ({t('account.passwordHint')})
          </span>
          <input name="password" type="password" required minLength={10} autoComplete="new-password" />
        </label>
        <button type="submit">{t('account.signUp')}</button>
      </form>
      <form onSubmit={submit('signIn')} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">{t('account.signIn')}</h2>
        <label className="field">
          <span>{t('account.email')}</span>
          <input name="email" type="email" required autoComplete="username" />
        </label>
        <label className="field">
          <span>{t('account.password')}</span>
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit">{t('account.signIn')}</button>
      </form>
    </div>
  )
}

function SignedIn({
  api,
  session,
  onSession,
  examples,
  onOpen,
  guard,
}: Required<Omit<AccountProps, 'session'>> & {
  session: Session
  guard: (action: () => Promise<void>) => Promise<void>
}) {
  const { t, language } = useUi()
  const [workspaces, setWorkspaces] = useState<Workspace[]>([])
  const [workspaceId, setWorkspaceId] = useState('')
  const [ventures, setVentures] = useState<Venture[]>([])
  const [members, setMembers] = useState<Member[]>([])
  const [exampleId, setExampleId] = useState(examples[0]?.id ?? '')
  const workspace = workspaces.find((each) => each.id === workspaceId) ?? null

  const loadWorkspaces = () =>
    guard(async () => {
      const list = await api.workspaces()
      setWorkspaces(list)
      setWorkspaceId((current) => (list.some((each) => each.id === current) ? current : (list[0]?.id ?? '')))
    })
  const loadWorkspace = (id: string) =>
    guard(async () => {
      if (id === '') return
      const [ventureList, memberList] = await Promise.all([api.ventures(id), api.members(id)])
      setVentures(ventureList)
      setMembers(memberList)
    })
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per signed-in user
  useEffect(() => void loadWorkspaces(), [session.user.id])
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads when the chosen workspace changes
  useEffect(() => void loadWorkspace(workspaceId), [workspaceId])

  const createWorkspace = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const name = String(new FormData(event.currentTarget).get('name') ?? '')
    void guard(async () => {
      const created = await api.createWorkspace(name)
      setWorkspaces((list) => [...list, created])
      setWorkspaceId(created.id)
    })
  }
  const createVenture = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const template = scenarioIds.find((id) => `scenario:${id}` === exampleId)
    const example = template
      ? scenarioExample(template, language, new Date().toISOString().slice(0, 10))
      : examples.find((each) => each.id === exampleId)
    const name = String(new FormData(event.currentTarget).get('ventureName') ?? '') || example?.name || ''
    if (!example || !workspace) return
    void guard(async () => {
      const created = await api.createVenture(workspace.id, name, parse(example.text))
      setVentures((list) => [...list, created])
      await onOpen(created)
    })
  }
  const addMember = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    if (!workspace) return
    void guard(async () => {
      await api.addMember(
        workspace.id,
        String(form.get('email') ?? ''),
        String(form.get('role') ?? 'viewer') as Role,
      )
      setMembers(await api.members(workspace.id))
    })
  }
  const changeRole = (member: Member, role: Role) =>
    guard(async () => {
      if (!workspace) return
      await api.setRole(workspace.id, member.userId, role)
      setMembers(await api.members(workspace.id))
    })

  return (
    <>
      <p>
        {t('account.signedInAs', { name: session.user.displayName, email: session.user.email })}{' '}
        <button
          type="button"
          onClick={() =>
            void guard(async () => {
              await api.signOut()
              onSession(null)
            })
          }
        >
          {t('account.signOut')}
        </button>
      </p>
      <div className="two-columns">
        <section aria-labelledby="workspaces-heading">
          <h2 id="workspaces-heading">{t('account.workspaces')}</h2>
          <label className="field">
            <span>{t('account.workspaces')}</span>
            <select
              value={workspaceId}
              onChange={(event) => setWorkspaceId(event.target.value)}
              data-testid="workspace-select"
            >
              {workspaces.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.name} ({each.role})
                </option>
              ))}
            </select>
          </label>
          <form onSubmit={createWorkspace} className="inline-form">
            <label className="field">
              <span>{t('account.newWorkspace')}</span>
              <input name="name" type="text" required />
            </label>
            <button type="submit">{t('scenario.create')}</button>
          </form>
        </section>
        <section aria-labelledby="ventures-heading">
          <h2 id="ventures-heading">{t('account.ventures')}</h2>
          <ul className="plain" data-testid="server-ventures">
            {ventures.map((venture) => (
              <li key={venture.id}>
                {venture.name} (v{venture.headVersion}){' '}
                <button type="button" onClick={() => void guard(() => onOpen(venture))}>
                  {t('account.open')}
                </button>
              </li>
            ))}
          </ul>
          {workspace && workspace.role !== 'viewer' ? (
            <form onSubmit={createVenture}>
              <h3>{t('account.createVenture')}</h3>
              <label className="field">
                <span>{t('scenario.example')}</span>
                <select value={exampleId} onChange={(event) => setExampleId(event.target.value)}>
                  <ExampleOptions examples={examples} />
                </select>
              </label>
              <label className="field">
                <span>{t('account.ventureName')}</span>
                <input name="ventureName" type="text" />
              </label>
              <button type="submit">{t('account.createVenture')}</button>
            </form>
          ) : null}
        </section>
      </div>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('account.members')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.name')}</th>
                <th scope="col">{t('account.email')}</th>
                <th scope="col">{t('account.role')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.email}</td>
                  <td>
                    {workspace?.role === 'owner' && member.userId !== session.user.id ? (
                      <select
                        aria-label={`${t('account.role')}: ${member.email}`}
                        value={member.role}
                        onChange={(event) => void changeRole(member, event.target.value as Role)}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
                    ) : (
                      member.role
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {workspace?.role === 'owner' ? (
          <form onSubmit={addMember} className="inline-form">
            <label className="field">
              <span>{t('account.email')}</span>
              <input name="email" type="email" required />
            </label>
            <label className="field">
              <span>{t('account.role')}</span>
              <select name="role" defaultValue="editor">
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t('account.addMember')}</button>
          </form>
        ) : null}
      </section>
    </>
  )
}
