/**
 * @module api/client
 * A small typed client of the server's `/api/v1`: session cookie auth (the browser keeps the HttpOnly
 * cookie), the CSRF token sent on every write, and saves that name the version they were based on
 * (`If-Match`) so a stale save comes back as a conflict carrying the newer version, never a lost update.
 */

export type Role = 'viewer' | 'editor' | 'owner'
/** A stored bias-audit table (the server's `BiasUpload`). */
export interface BiasUpload {
  readonly id: string
  readonly fileName: string
  readonly byteLength: number
  readonly uploadedBy: string
  readonly createdAt: string
}

export interface User {
  readonly id: string
  readonly email: string
  readonly displayName: string
}
export interface Session {
  readonly user: User
  readonly csrfToken: string
}
export interface Workspace {
  readonly id: string
  readonly name: string
  readonly isPublic: boolean
  readonly role: Role
}
export interface Member {
  readonly userId: string
  readonly email: string
  readonly displayName: string
  readonly role: Role
}
export interface Venture {
  readonly id: string
  readonly workspaceId: string
  readonly name: string
  readonly headVersion: number
}
export interface Version {
  readonly number: number
  readonly authorEmail: string
  readonly message: string
  readonly createdAt: string
  readonly plan: Record<string, unknown>
}
export interface ApiIssue {
  readonly code: string
  readonly path: readonly (string | number)[]
  readonly message: string
}

/** A refused request: status, the server's error code and message, and plan issues when it has them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
    readonly body: unknown = null,
  ) {
    super(message)
  }
}

export type SaveResult =
  | { readonly kind: 'saved'; readonly number: number }
  | { readonly kind: 'conflict'; readonly latest: Version }

type Fetch = (input: string, init?: RequestInit) => Promise<Response>

export interface ApiClient {
  health(): Promise<boolean>
  session(): Promise<Session | null>
  signUp(input: { email: string; password: string; displayName: string }): Promise<Session>
  signIn(input: { email: string; password: string }): Promise<Session>
  signOut(): Promise<void>
  workspaces(): Promise<Workspace[]>
  createWorkspace(name: string): Promise<Workspace>
  members(workspaceId: string): Promise<Member[]>
  addMember(workspaceId: string, email: string, role: Role): Promise<Member>
  setRole(workspaceId: string, userId: string, role: Role): Promise<Member>
  ventures(workspaceId: string): Promise<Venture[]>
  createVenture(workspaceId: string, name: string, plan: unknown): Promise<Venture>
  version(workspaceId: string, ventureId: string, number: number): Promise<Version>
  save(
    workspaceId: string,
    ventureId: string,
    basedOn: number,
    plan: unknown,
    message?: string,
  ): Promise<SaveResult>
  /** Stores a CSV with the venture for its bias audit (`POST …/bias-uploads`, editors and owners). */
  uploadBias(workspaceId: string, ventureId: string, fileName: string, content: string): Promise<BiasUpload>
  reportUrl(
    workspaceId: string,
    ventureId: string,
    number: number,
    format: 'html' | 'pdf',
    language: string,
  ): string
}

/**
 * A client of the API at `base` (same origin: `/api/v1`).
 * @example
 * const api = createApiClient('/api/v1'); await api.health() //=> true when a server answers
 */
export function createApiClient(
  base = '/api/v1',
  fetcher: Fetch = (input, init) => fetch(input, init),
): ApiClient {
  let csrfToken = ''
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetcher(`${base}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' || csrfToken === '' ? {} : { 'x-csrf-token': csrfToken }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (response.status === 204) return undefined as T
    const payload: unknown = await response.json().catch(() => null)
    if (!response.ok) {
      const error = (payload as { error?: { code?: string; message?: string; issues?: ApiIssue[] } } | null)
        ?.error
      throw new ApiError(
        response.status,
        error?.code ?? 'http_error',
        error?.message ?? response.statusText,
        error?.issues ?? [],
        payload,
      )
    }
    return payload as T
  }
  const remember = (session: Session) => {
    csrfToken = session.csrfToken
    return session
  }
  const ws = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`
  const venturePath = (workspaceId: string, ventureId: string) =>
    `${ws(workspaceId)}/ventures/${encodeURIComponent(ventureId)}`
  return {
    health: () =>
      call<{ status: string }>('GET', '/health').then(
        (body) => body.status === 'ok',
        () => false,
      ),
    session: () =>
      call<Session>('GET', '/auth/session').then(remember, (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }),
    signUp: (input) => call<Session>('POST', '/auth/sign-up', input).then(remember),
    signIn: (input) => call<Session>('POST', '/auth/sign-in', input).then(remember),
    signOut: async () => {
      await call<void>('POST', '/auth/sign-out')
      csrfToken = ''
    },
    workspaces: () => call<{ workspaces: Workspace[] }>('GET', '/workspaces').then((body) => body.workspaces),
    createWorkspace: (name) => call<Workspace>('POST', '/workspaces', { name }),
    members: (workspaceId) =>
      call<{ members: Member[] }>('GET', `${ws(workspaceId)}/members`).then((body) => body.members),
    addMember: (workspaceId, email, role) =>
      call<Member>('POST', `${ws(workspaceId)}/members`, { email, role }),
    setRole: (workspaceId, userId, role) =>
      call<Member>('PATCH', `${ws(workspaceId)}/members/${encodeURIComponent(userId)}`, { role }),
    ventures: (workspaceId) =>
      call<{ ventures: Venture[] }>('GET', `${ws(workspaceId)}/ventures`).then((body) => body.ventures),
    createVenture: (workspaceId, name, plan) =>
      call<Venture>('POST', `${ws(workspaceId)}/ventures`, { name, plan, message: '' }),
    version: (workspaceId, ventureId, number) =>
      call<Version>('GET', `${venturePath(workspaceId, ventureId)}/versions/${number}`),
    save: async (workspaceId, ventureId, basedOn, plan, message = '') => {
      try {
        const saved = await call<{ number: number }>(
          'POST',
          `${venturePath(workspaceId, ventureId)}/versions`,
          { plan, message },
          { 'if-match': `"${basedOn}"` },
        )
        return { kind: 'saved', number: saved.number }
      } catch (error) {
        const latest = (error as ApiError).body as { error?: { latest?: Version }; latest?: Version } | null
        const newer = latest?.error?.latest ?? latest?.latest
        if (error instanceof ApiError && error.status === 409 && newer)
          return { kind: 'conflict', latest: newer }
        throw error
      }
    },
    uploadBias: (workspaceId, ventureId, fileName, content) =>
      call<BiasUpload>('POST', `${venturePath(workspaceId, ventureId)}/bias-uploads`, { fileName, content }),
    reportUrl: (workspaceId, ventureId, number, format, language) =>
      `${base}${venturePath(workspaceId, ventureId)}/versions/${number}/report?format=${format}&lang=${encodeURIComponent(language)}`,
  }
}
