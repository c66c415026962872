/**
 * @module routes/auth
 * Sign-up, sign-in, sign-out and the current session. Sessions are database rows behind an HttpOnly,
 * SameSite=Lax cookie; failed sign-ins are counted in the database (per email and per address) and
 * answered 429 past the limit, so the limit holds across instances.
 */

import { randomBytes } from 'node:crypto'
import {
  clearLoginFailures,
  countLoginFailures,
  createSession,
  createUser,
  deleteSession,
  findUserByEmail,
  newId,
  normalizeEmail,
  recordAudit,
  recordLoginFailure,
  type User,
} from '@avp/store'
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { requireAuth } from '../access.ts'
import type { AppEnv } from '../env.ts'
import { HttpError } from '../http-error.ts'
import { sessionCookie } from '../middleware/session.ts'
import { hashPassword, verifyPassword } from '../password.ts'
import { errors, json, sessionSchema, signInSchema, signUpSchema } from '../schemas.ts'

/** Failed sign-ins allowed per email, and per client address, in the window. */
export const loginLimits = { perEmail: 5, perAddress: 50, windowMinutes: 15 }

/** The client's address: the socket's, or `X-Forwarded-For`'s first hop behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'unknown'
}

async function startSession(c: Context<AppEnv>, user: User) {
  const deps = c.get('deps')
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  const now = deps.now()
  const expires = new Date(now.getTime() + deps.config.sessionDays * 86_400_000)
  await createSession(deps.store.db, {
    token,
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
  })
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.secureCookies,
    path: '/',
    expires,
  })
  return { user, csrfToken }
}

const signUp = createRoute({
  method: 'post',
  path: '/auth/sign-up',
  tags: ['auth'],
  summary: 'Create an account and sign in',
  request: { body: { ...json(signUpSchema, 'The new account'), required: true } },
  responses: { 201: json(sessionSchema, 'Signed in'), ...errors(400, 403, 409) },
})

const signIn = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['auth'],
  summary: 'Sign in (rate limited)',
  request: { body: { ...json(signInSchema, 'Credentials'), required: true } },
  responses: { 200: json(sessionSchema, 'Signed in'), ...errors(400, 401, 403, 429) },
})

const signOut = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Signed out' }, ...errors(401, 403) },
})

const currentSession = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['auth'],
  summary: 'The signed-in user and the CSRF token',
  responses: { 200: json(sessionSchema, 'The session'), ...errors(401) },
})

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(signUp, async (c) => {
    const body = c.req.valid('json')
    const deps = c.get('deps')
    const at = deps.now().toISOString()
    const user = await createUser(deps.store.db, {
      id: newId(),
      email: body.email,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password, deps.scryptCost),
      createdAt: at,
    })
    await recordAudit(
      deps.store.db,
      { actor: user, at },
      { workspaceId: null, action: 'user.sign_up', target: user.id },
    )
    return c.json(await startSession(c, user), 201)
  })

  app.openapi(signIn, async (c) => {
    const body = c.req.valid('json')
    const deps = c.get('deps')
    const now = deps.now()
    const key = { email: normalizeEmail(body.email), ip: clientAddress(c) }
    const since = new Date(now.getTime() - loginLimits.windowMinutes * 60_000).toISOString()
    const failures = await countLoginFailures(deps.store.db, key, since)
    if (failures.byEmail >= loginLimits.perEmail || failures.byIp >= loginLimits.perAddress) {
      throw new HttpError(429, 'too_many_attempts', 'too many failed sign-ins; try again later', {
        headers: { 'Retry-After': String(loginLimits.windowMinutes * 60) },
      })
    }
    const user = await findUserByEmail(deps.store.db, body.email)
    // Verify against a dummy hash for unknown emails too, so timing does not reveal which accounts exist.
    const valid = await verifyPassword(body.password, user?.passwordHash ?? dummyHash)
    if (user === undefined || !valid) {
      await recordLoginFailure(deps.store.db, key, now.toISOString())
      throw new HttpError(401, 'invalid_credentials', 'wrong email or password')
    }
    await clearLoginFailures(deps.store.db, key.email)
    const { passwordHash: _hash, ...publicUser } = user
    return c.json(await startSession(c, publicUser), 200)
  })

  app.openapi(signOut, async (c) => {
    const auth = requireAuth(c)
    await deleteSession(c.get('deps').store.db, auth.token)
    deleteCookie(c, sessionCookie, { path: '/' })
    return c.body(null, 204)
  })

  app.openapi(currentSession, (c) => {
    const auth = requireAuth(c)
    return c.json({ user: auth.user, csrfToken: auth.csrfToken }, 200)
  })
}

// A syntactically valid hash of a random password, so unknown accounts cost the same scrypt run.
const dummyHash = `scrypt$32768$8$1$${randomBytes(16).toString('base64')}$${randomBytes(64).toString('base64')}`
