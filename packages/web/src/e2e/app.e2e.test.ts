/**
 * Browser tests: the built app served on a loopback port, driven by playwright-core in Debian's Chromium
 * (`/usr/bin/chromium`, installed by `.ci/run`; no test tool downloads a browser). They also measure the
 * edit → updated dashboard time in the browser and the first page's JavaScript, and save screenshots under
 * `.test-results/screenshots/`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, chromiumPath, launchArgs, resultsDirectory } from './build-app.ts'
import { firstPageJavaScript } from './bundle-size.ts'
import { serveStatic } from './static-server.ts'

const screenshots = join(resultsDirectory, 'screenshots')
let distDirectory = ''
const priceField = 'models[0].training.pricing.pricePerGpuHourUsd'

let browser: Browser
let server: { url: string; close: () => Promise<void> }

interface Session {
  readonly context: BrowserContext
  readonly page: Page
  readonly errors: string[]
}

async function open(width = 1280, hash = '#/'): Promise<Session> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}${hash}`)
  await page.getByTestId('figure-training-cost').waitFor()
  return { context, page, errors }
}

async function trainingCost(page: Page): Promise<string> {
  return (await page.getByTestId('figure-training-cost').textContent()) ?? ''
}

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`no Chromium at ${chromiumPath}: .ci/run installs Debian's chromium`)
  distDirectory = buildApp('web-dist-local')
  mkdirSync(screenshots, { recursive: true })
  server = await serveStatic(distDirectory)
  browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the web app in Chromium', () => {
  it('shows the demo dashboard and every engine page without a console error, at 1280 and 768 px', async () => {
    for (const width of [1280, 768]) {
      const { context, page, errors } = await open(width)
      await page.screenshot({ path: join(screenshots, `dashboard-${width}.png`), fullPage: true })
      if (width === 1280) {
        for (const section of [
          'compute',
          'finance',
          'risk',
          'compliance',
          'strategy',
          'guide',
          'compare',
          'edit',
        ]) {
          await page.goto(`${server.url}#/${section}`)
          await page.locator('main h1').first().waitFor()
          // Charts load with their page; wait for every chart on it to draw its SVG.
          await page.waitForFunction(() =>
            [...document.querySelectorAll('.chart')].every((chart) => chart.querySelector('svg') !== null),
          )
          await page.screenshot({ path: join(screenshots, `${section}-${width}.png`), fullPage: true })
        }
      }
      expect(errors).toEqual([])
      await context.close()
    }
  }, 90_000)

  it('recomputes training cost and the cash low point when the GPU price changes, and times edit → dashboard', async () => {
    const { context, page, errors } = await open(1280, '#/edit')
    const before = await trainingCost(page)
    const lowBefore = await page.getByTestId('note-runway').textContent()
    const field = page.getByLabel(priceField, { exact: true })
    await field.fill('4.2')
    await expect.poll(() => trainingCost(page)).not.toBe(before)
    expect(await page.getByTestId('note-runway').textContent()).not.toBe(lowBefore)
    // Benchmark: twenty more edits, each waited for, timed in the page from the input to the new figures.
    await page.evaluate(() => {
      window.avpTimings = { domMs: [], paintMs: [], workerMs: [] }
    })
    for (let step = 0; step < 20; step++) {
      const previous = await trainingCost(page)
      await field.fill(String(2.2 + step * 0.1))
      await expect.poll(() => trainingCost(page)).not.toBe(previous)
    }
    await page.waitForFunction(() => (window.avpTimings?.paintMs.length ?? 0) >= 20)
    const timings = await page.evaluate(() => window.avpTimings!)
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    // The target is 50 ms on a quiet machine. Under `npm test` other test files and a second Chromium run
    // beside this one, so the assertion scales the target by the run queue and never goes below a 250 ms
    // regression guard; the measured figures are written out for the record.
    const contention = Math.max(1, (loadavg()[0] ?? 0) / cpus().length)
    const result = {
      edits: timings.domMs.length,
      contention,
      targetMs: 50,
      budgetMs: Math.max(250, 50 * contention),
      medianDomMs: median(timings.domMs),
      medianPaintMs: median(timings.paintMs),
      medianWorkerMs: median(timings.workerMs),
      maxPaintMs: Math.max(...timings.paintMs),
    }
    mkdirSync(resultsDirectory, { recursive: true })
    writeFileSync(join(resultsDirectory, 'web-edit-benchmark.json'), `${JSON.stringify(result, null, 2)}\n`)
    expect(result.medianPaintMs).toBeLessThan(result.budgetMs)
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('keeps the last valid analysis and marks the line of an invalid edit', async () => {
    const { context, page, errors } = await open(1280, '#/edit')
    const before = await trainingCost(page)
    const editor = page.getByRole('textbox', { name: 'Plan (YAML)', exact: true })
    const text = await editor.inputValue()
    const line = text.split('\n').indexOf('      gpus: 512') + 1
    await editor.fill(text.replace('      gpus: 512', '      gpus: -8'))
    await page.getByTestId('issues').waitFor()
    expect(await page.getByTestId('issues').textContent()).toContain(`line ${line}:13`)
    expect(await page.locator(`.gutter-line.has-issue[data-line="${line}"]`).count()).toBe(1)
    expect(await page.getByTestId('stale').isVisible()).toBe(true)
    expect(await trainingCost(page)).toBe(before)
    expect(await page.getByRole('button', { name: 'Save version' }).isDisabled()).toBe(true)
    await page.screenshot({ path: join(screenshots, 'invalid-edit-1280.png') })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('switches to Chinese and remembers it after a reload', async () => {
    const { context, page, errors } = await open()
    await page.getByTestId('language-select').selectOption('zh-CN')
    await page.getByRole('link', { name: '总览' }).waitFor()
    await page.reload()
    await page.getByRole('link', { name: '财务' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    // The screenshot shows the analysed dashboard, not the moment before the worker answers.
    await page.getByTestId('figure-training-cost').waitFor()
    await page.screenshot({ path: join(screenshots, 'dashboard-zh-CN-1280.png'), fullPage: true })
    await page.goto(`${server.url}#/finance`)
    await page.locator('[data-testid="waterfall"] .chart svg').waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="cash-band"] .chart svg').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('cash-band').textContent()).toContain('2,000 条路径')
    expect(await page.getByTestId('dilution').textContent()).toContain('各轮融资后的持股比例')
    await page.screenshot({ path: join(screenshots, 'finance-zh-CN-1280.png'), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('exports the plan as YAML and the report as HTML', async () => {
    const { context, page, errors } = await open()
    const [yamlDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Plan as YAML' }).click(),
    ])
    const yaml = readFileSync((await yamlDownload.path())!, 'utf8')
    expect(yaml).toContain('formatVersion: 1')
    expect(yamlDownload.suggestedFilename()).toBe('qiming-intelligence.yaml')
    const [htmlDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report as HTML' }).click(),
    ])
    const html = readFileSync((await htmlDownload.path())!, 'utf8')
    expect(html.toLowerCase()).toContain('<!doctype html>')
    expect(html).toContain('Qiming Intelligence')
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('saves a version, duplicates a scenario and compares figures and plan lines', async () => {
    const { context, page, errors } = await open(1280, '#/edit')
    await page.getByLabel(priceField, { exact: true }).fill('4.2')
    await expect.poll(() => page.getByRole('button', { name: 'Save version' }).isEnabled()).toBe(true)
    await page.getByRole('button', { name: 'Save version' }).click()
    await page.getByText('Saved version 2').waitFor()
    await page.getByRole('button', { name: 'Duplicate as scenario' }).click()
    await page.getByLabel(priceField, { exact: true }).fill('8')
    await page.goto(`${server.url}#/compare`)
    await page.getByTestId('compare-table').waitFor()
    // Left: the scenario's first version (price 4.2); right: its current edits (price 8).
    expect(await page.getByTestId('plan-diff').textContent()).toContain('pricePerGpuHourUsd: 8')
    expect(await page.getByTestId('delta-trainingCostUsd').textContent()).toMatch(/^\+/)
    await page.screenshot({ path: join(screenshots, 'compare-1280.png'), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('creates a venture from a scenario template and analyses it', async () => {
    const { context, page, errors } = await open()
    await page.getByTestId('new-venture-select').selectOption('scenario:autonomous-driving')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await expect.poll(() => page.getByTestId('venture-select').inputValue()).not.toBe('v1')
    await page.waitForFunction(() => document.title.startsWith('My '))
    await page.getByTestId('figure-training-cost').waitFor()
    expect(await page.getByTestId('venture-select').locator('option:checked').textContent()).toContain('My ')
    await page.screenshot({ path: join(screenshots, 'template-venture-1280.png'), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  it('draws the Monte Carlo cash band, ownership by round, the exit waterfall and the loss-exceedance curve', async () => {
    const { context, page, errors } = await open()
    await page.goto(`${server.url}#/finance`)
    for (const id of ['cash-band', 'dilution', 'waterfall'])
      await page.locator(`[data-testid="${id}"] .chart svg`).waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('cash-band').textContent()).toContain('2,000 paths')
    await page.screenshot({ path: join(screenshots, 'finance-simulation-1280.png'), fullPage: true })
    await page.goto(`${server.url}#/risk`)
    await page.locator('[data-testid="loss-exceedance"] .chart svg').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('loss-exceedance').textContent()).toContain('20,000 simulated years')
    await page.screenshot({ path: join(screenshots, 'risk-exceedance-1280.png'), fullPage: true })
    // The bias audit: a CSV streamed through core's audit in the page, no server (local mode).
    await page.goto(`${server.url}#/compliance`)
    await page.getByLabel('CSV file').setInputFiles({
      name: 'hiring.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('sex,age,hired\nF,30,1\nF,41,1\nF,29,0\nF,35,0\nM,33,1\nM,52,1\nM,27,1\nM,45,0\n'),
    })
    await page.getByRole('button', { name: 'Run the audit' }).click()
    await page.locator('[data-testid="bias-results"] .chart svg').first().waitFor()
    // Hand-worked: F 2 of 4 (50 %), M 3 of 4 (75 %), impact ratio 0.5 / 0.75 = 0.667.
    expect(await page.getByTestId('bias-results').textContent()).toContain('0.667')
    await page.getByTestId('bias-audit').screenshot({ path: join(screenshots, 'bias-audit-1280.png') })
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('shows the seven-step plan with OKR grades and the ranked layout search with its nearest misses', async () => {
    const { context, page, errors } = await open()
    await page.goto(`${server.url}#/strategy`)
    await page.getByTestId('strategic-plan').waitFor()
    expect(await page.getByTestId('strategic-plan').locator('tbody tr').count()).toBe(7)
    expect(await page.getByTestId('strategic-plan').textContent()).toMatch(/\d of 7 steps complete/)
    await page.getByTestId('okrs').waitFor()
    await page.screenshot({ path: join(screenshots, 'strategy-plan-1280.png'), fullPage: true })
    await page.goto(`${server.url}#/compute`)
    await page.locator('[data-testid="layout-search"] .chart svg').first().waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('layout-search').textContent()).toMatch(/layouts evaluated/)
    expect(await page.getByTestId('nearest-misses').first().textContent()).toContain('GiB')
    await page.screenshot({ path: join(screenshots, 'compute-search-1280.png'), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('loads under 400 KB of gzipped JavaScript on the first page (charts and engine pages are lazy)', () => {
    const worker = readdirSync(join(distDirectory, 'assets')).find((file) =>
      file.startsWith('analysis.worker'),
    )!
    const size = firstPageJavaScript(distDirectory, `assets/${worker}`)
    writeFileSync(join(resultsDirectory, 'web-bundle-size.json'), `${JSON.stringify(size, null, 2)}\n`)
    expect(size.files.some((file) => file.file.includes('echarts'))).toBe(false)
    expect(size.gzipBytes).toBeLessThan(400 * 1024)
  })
})
