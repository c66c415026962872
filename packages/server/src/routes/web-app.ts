/**
 * @module routes/web-app
 * Serves the built web app (`packages/web/dist`) at `/` when it exists, so one server gives people the
 * app and its API on one origin (the session cookie and the CSRF check need that). Registered ahead of
 * the security-headers middleware because the app needs its own content policy: its scripts, worker and
 * stylesheet come from this origin (the API's policy allows none), still nothing from anywhere else.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MiddlewareHandler } from 'hono'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The web build next to this package (`packages/web/dist`, from `src/` or `dist/` alike), when built.
 * @example
 * defaultWebDistDir() //=> '/srv/avp/packages/web/dist' (or undefined before `vite build`)
 */
export function defaultWebDistDir(): string | undefined {
  const directory = fileURLToPath(new URL('../../../web/dist/', import.meta.url))
  return existsSync(join(directory, 'index.html')) ? directory : undefined
}

/**
 * Answers `GET /` with the app's index.html and `GET /assets/*` (and the favicon) with its files; every
 * other request goes on to the API.
 * @example
 * app.use('*', webApp('/srv/avp/packages/web/dist'))
 */
export function webApp(distDir: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const path = c.req.path
    if (path !== '/' && path !== '/index.html' && path !== '/favicon.svg' && !path.startsWith('/assets/'))
      return next()
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '')
    let body: Buffer
    try {
      body = await readFile(join(distDir, relative))
    } catch {
      return next()
    }
    const headers: Record<string, string> = {
      'Content-Type': contentTypes[extname(relative)] ?? 'application/octet-stream',
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    // The app reads this mark to know an API is behind it (server mode); a static copy has none.
    const content =
      relative === '/index.html'
        ? new TextEncoder().encode(
            body.toString('utf8').replace('<head>', '<head>\n    <meta name="avp-api" content="/api/v1" />'),
          )
        : new Uint8Array(body)
    return c.body(content, 200, headers)
  }
}
