/**
 * @module routes/home
 * The start page until the web app exists: a small bilingual HTML page listing the public ventures with
 * links to their HTML reports. Self-contained (inline style, no script, nothing loaded from elsewhere).
 */
import { translate } from '@avp/core'
import { listPublicWorkspaces, listVentures } from '@avp/store'
import type { Hono } from 'hono'
import type { AppEnv } from '../env.ts'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** Both languages side by side: the page is for whoever opens it first. */
function both(key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string {
  return `${escapeHtml(translate('en', key, params))} · <span lang="zh-CN">${escapeHtml(translate('zh-CN', key, params))}</span>`
}

const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f4e79"/><path d="M3 12 8 3l5 9z" fill="#fff"/></svg>'

export function registerHomeRoutes(app: Hono<AppEnv>): void {
  app.get('/', async (c) => {
    const db = c.get('deps').store.db
    const items: string[] = []
    for (const workspace of await listPublicWorkspaces(db)) {
      for (const venture of await listVentures(db, workspace.id)) {
        const base = `/api/v1/workspaces/${workspace.id}/ventures/${venture.id}/versions/${venture.headVersion}/report?format=html`
        items.push(
          `<li><strong>${escapeHtml(venture.name)}</strong> <small>(${escapeHtml(workspace.name)}, ${both('server.homeVersion', { number: venture.headVersion })})</small><br>` +
            `<a href="${escapeHtml(`${base}&lang=en`)}">${escapeHtml(translate('en', 'server.homeReportEn'))}</a> · ` +
            `<a href="${escapeHtml(`${base}&lang=zh-CN`)}">${escapeHtml(translate('zh-CN', 'server.homeReportZh'))}</a></li>`,
        )
      }
    }
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(translate('en', 'server.homeTitle'))} · ${escapeHtml(translate('zh-CN', 'server.homeTitle'))}</title><link rel="icon" href="/favicon.svg">
<style>body{font:16px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}h1{color:#1f4e79}li{margin:.8rem 0}small{color:#555}a{color:#1f4e79}</style>
</head><body>
<h1>${both('server.homeTitle')}</h1>
<p>${both('server.homeIntro')}</p>
${items.length > 0 ? `<ul>${items.join('\n')}</ul>` : `<p>${both('server.homeEmpty')}</p>`}
<p><small>${both('server.homeApi', { url: '/api/v1', openapi: '/api/v1/openapi.json' })}</small></p>
</body></html>`
    return c.html(html)
  })

  app.get('/favicon.svg', (c) => {
    c.header('Content-Type', 'image/svg+xml')
    c.header('Cache-Control', 'public, max-age=86400')
    return c.body(favicon)
  })
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301))
}
