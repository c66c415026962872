/**
 * Browser tests with the real server (`@avp/server` over SQLite in a temporary folder) serving the built
 * app at `/`: sign up, a workspace, a venture from an example, a member with a role, saves that create
 * versions, a stale save from a second browser refused with the conflict shown, and the PDF report.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type RunningServer, startServer } from '@avp/server'
import pino from 'pino'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, chromiumPath, launchArgs, resultsDirectory } from './build-app.ts'

const screenshots = join(resultsDirectory, 'screenshots')
const priceField = 'models[0].training.pricing.pricePerGpuHourUsd'
let browser: Browser
let server: RunningServer
let url = ''

beforeAll(async () => {
  const webDistDir = buildApp('web-dist-server')
  const dataDir = mkdtempSync(join(tmpdir(), 'avp-web-e2e-'))
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    env: { AVP_LOG_LEVEL: 'silent', AVP_CHROMIUM: chromiumPath },
    logger: pino({ level: 'silent' }),
    seed: false,
    webDistDir,
  })
  url = `http://127.0.0.1:${server.port}/`
  browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    // A refused stale save is an expected 409 the app handles; the browser logs every failed fetch.
    if (message.type() === 'error' && !message.text().includes('409')) errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(url)
  await page.getByTestId('figure-training-cost').waitFor()
  await page.getByRole('link', { name: 'Account' }).click()
  return { page, errors }
}

async function signUp(page: Page, name: string, email: string): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Sign up' }) })
  await form.getByLabel('Display name').fill(name)
  await form.getByLabel('Email').fill(email)
  await form.getByLabel(/^Password/).fill('correct horse battery')
  await form.getByRole('button', { name: 'Sign up' }).click()
  await page.getByText(`Signed in as ${name} (`).waitFor()
}

async function editPrice(page: Page, price: string): Promise<void> {
  await page.goto(`${url}#/edit`)
  const before = await page.getByTestId('figure-training-cost').textContent()
  await page.getByLabel(priceField, { exact: true }).fill(price)
  await expect.poll(() => page.getByTestId('figure-training-cost').textContent()).not.toBe(before)
}

describe('the web app with the server', () => {
  it('signs up, creates a venture from an example, saves versions and shows a stale save as a conflict', async () => {
    const ada = await openApp()
    await signUp(ada.page, 'Ada', 'ada@example.com')
    await ada.page.getByLabel('New workspace').fill('Qiming lab')
    await ada.page.getByRole('region', { name: 'Workspaces' }).getByRole('button', { name: 'Create' }).click()
    await expect.poll(() => ada.page.getByTestId('workspace-select').textContent()).toContain('Qiming lab')
    await ada.page.getByLabel('Venture name').fill('Qiming on the server')
    await ada.page.getByRole('button', { name: 'Create venture on the server' }).click()
    await ada.page.getByText('Saved on the server (version 1)').waitFor()

    // A second person, added by the owner as an editor.
    const ben = await openApp()
    await signUp(ben.page, 'Ben', 'ben@example.com')
    await ada.page.getByRole('link', { name: 'Account' }).click()
    const addForm = ada.page
      .locator('form')
      .filter({ has: ada.page.getByRole('button', { name: 'Add member' }) })
    await addForm.getByLabel('Email').fill('ben@example.com')
    await addForm.getByLabel('Role').selectOption('editor')
    await addForm.getByRole('button', { name: 'Add member' }).click()
    await ada.page.getByRole('cell', { name: 'ben@example.com' }).waitFor()
    await ada.page.screenshot({ path: join(screenshots, 'account-1280.png'), fullPage: true })

    // Ada saves version 2.
    await editPrice(ada.page, '4.2')
    await ada.page.getByRole('button', { name: 'Save version' }).click()
    await ada.page.getByText('Saved version 2').waitFor()

    // Ben opens version 2; Ada saves version 3; Ben's save, based on 2, is refused.
    await ben.page.reload()
    await ben.page.getByRole('link', { name: 'Account' }).click()
    await ben.page.getByTestId('server-ventures').getByRole('button', { name: 'Open' }).click()
    await ben.page.getByText('Saved on the server (version 2)').waitFor()
    await editPrice(ada.page, '5')
    await ada.page.getByRole('button', { name: 'Save version' }).click()
    await ada.page.getByText('Saved version 3').waitFor()
    await editPrice(ben.page, '6')
    await ben.page.getByRole('button', { name: 'Save version' }).click()
    await ben.page.getByTestId('conflict').waitFor()
    expect(await ben.page.getByTestId('conflict').textContent()).toContain('newer version (3)')
    expect(await ben.page.getByTestId('conflict').textContent()).toContain('pricePerGpuHourUsd: 6')
    await ben.page.screenshot({ path: join(screenshots, 'conflict-1280.png'), fullPage: true })
    await ben.page.getByRole('button', { name: 'Save mine on top' }).click()
    await ben.page.getByText('Saved version 4').waitFor()
    expect(await ben.page.getByTestId('conflict').count()).toBe(0)

    // The PDF of the saved version, printed by the server.
    const pdfLink = ben.page.getByRole('link', { name: 'Report as PDF' })
    const href = await pdfLink.getAttribute('href')
    const response = await ben.page.request.get(new URL(href!, url).toString())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect((await response.body()).subarray(0, 4).toString()).toBe('%PDF')

    // An invalid edit never reaches the server: Save stays disabled.
    await ben.page.goto(`${url}#/edit`)
    const editor = ben.page.getByRole('textbox', { name: 'Plan (YAML)', exact: true })
    await editor.fill(
      readFileSync(join(resultsDirectory, '..', 'examples', 'llm-api-cn-eu.yaml'), 'utf8').replace(
        'gpus: 512',
        'gpus: -8',
      ),
    )
    await ben.page.getByTestId('issues').waitFor()
    expect(await ben.page.getByRole('button', { name: 'Save version' }).isDisabled()).toBe(true)

    expect(ada.errors).toEqual([])
    expect(ben.errors).toEqual([])
  }, 120_000)

  it('creates a venture on the server from a scenario template and stores a bias-audit table with it', async () => {
    const cy = await openApp()
    await signUp(cy.page, 'Cy', 'cy@example.com')
    await cy.page.getByLabel('New workspace').fill('Driving lab')
    await cy.page.getByRole('region', { name: 'Workspaces' }).getByRole('button', { name: 'Create' }).click()
    await expect.poll(() => cy.page.getByTestId('workspace-select').textContent()).toContain('Driving lab')
    const createForm = cy.page
      .locator('form')
      .filter({ has: cy.page.getByRole('button', { name: 'Create venture on the server' }) })
    await createForm.getByLabel('Example or template').selectOption('scenario:autonomous-driving')
    await createForm.getByRole('button', { name: 'Create venture on the server' }).click()
    await cy.page.getByText('Saved on the server (version 1)').waitFor()
    await cy.page.waitForFunction(() => document.title.startsWith('My '))

    await cy.page.goto(`${url}#/compliance`)
    await cy.page.getByLabel('CSV file').setInputFiles({
      name: 'hiring.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('sex,hired\nF,1\nF,0\nM,1\nM,1\n'),
    })
    await cy.page.getByRole('button', { name: 'Run the audit' }).click()
    await cy.page.getByTestId('bias-results').waitFor()
    await cy.page.getByRole('button', { name: 'Store on the server with this venture' }).click()
    await cy.page.getByText('Stored hiring.csv with the venture').waitFor()
    expect(cy.errors).toEqual([])
  }, 120_000)
})
