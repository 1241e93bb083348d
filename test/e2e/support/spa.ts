import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
// @ts-expect-error a plain .mjs module, typed by its JSDoc
import { serve } from '../../../examples/serve.mjs'
import { EXAMPLES, type Name } from './examples'
import { expect, test } from './fixtures'

/** A built example served with its server render (examples/serve.mjs). */
interface Served {
  url: string
  /** The consent records the page POSTed. */
  records: { id: string; source: string; method: string; notice: string | null; noticeText: string; categories: Record<string, boolean> }[]
  close(): Promise<void>
}

/** What the page shows of the grants: the list the example renders from its grants store. */
/** The app's own status line (the consent banner announces itself with a status of its own). */
const widget = (page: Page) => page.locator('#app').getByRole('status')
const grantsList = (page: Page) => page.getByRole('list', { name: 'Consent' })

/** The console's errors and warnings (a hydration mismatch is one of them in every framework). */
function complaints(page: Page): string[] {
  const said: string[] = []
  page.on('console', m => { if (m.type() == 'error' || m.type() == 'warning') said.push(`${m.type()}: ${m.text()}`) })
  page.on('pageerror', e => said.push(`pageerror: ${e}`))
  return said
}

/** The strings of the site's own banner or dialog, in the order the page shows them (links with their URL). */
const shownTexts = (page: Page) => page.locator('[data-notice]').evaluateAll(els => els.flatMap(el =>
  el instanceof HTMLAnchorElement ? [el.textContent!.trim(), el.getAttribute('href')!] : [el.textContent!.trim()]))

/**
 * The end-to-end checks of one example app, driven in Chromium: built-in banner, headless banner
 * (where the example has one), grants rendered reactively, server render of a returning visitor
 * hydrated without a mismatch, two tabs in sync, and a hot reload that destroys and starts afresh.
 */
export function spaSuite(name: Name, { headless }: { headless: boolean }): void {
  const dir = join(EXAMPLES, name)
  let app: Served
  test.beforeEach(async () => { app = await serve(dir) })
  test.afterEach(async () => { await app.close() })

  test(`${name}: the built-in banner decides, and the grants re-render the app`, async ({ page }) => {
    const said = complaints(page)
    await page.goto(app.url + '/')
    await expect(grantsList(page)).toContainText('analytics: denied')
    await expect(widget(page)).toHaveCount(0)
    await page.getByRole('button', { name: 'Accept all' }).click()
    await expect(grantsList(page)).toContainText('analytics: granted')
    await expect(widget(page)).toHaveText('Analytics widget loaded')
    await expect.poll(() => app.records.map(r => `${r.method}:${r.source}`)).toEqual(['accept-all:banner'])
    expect(said).toEqual([])
  })

  if (headless) {
    test(`${name}: a headless page renders its own banner and dialog from notice(), and the record proves those texts`, async ({ page }) => {
      const said = complaints(page)
      await page.goto(app.url + '/headless')
      await expect(page.getByRole('region', { name: 'We value your privacy' })).toBeVisible()
      const banner = await shownTexts(page)
      await page.getByRole('button', { name: 'Manage preferences' }).click()
      const dialog = page.getByRole('dialog', { name: 'Privacy preferences' })
      await expect(dialog).toBeVisible()
      const prefs = await shownTexts(page)
      await dialog.getByRole('switch', { name: 'Analytics' }).check()
      await dialog.getByRole('button', { name: 'Save preferences' }).click()
      await expect(dialog).toHaveCount(0)
      await expect(grantsList(page)).toContainText('analytics: granted')
      await expect.poll(() => app.records.length).toBe(1)
      const [record] = app.records
      expect([record.method, record.source, record.categories]).toEqual(['custom', 'preferences', { necessary: true, analytics: true, marketing: false }])
      expect(record.noticeText).toBe([...banner, ...prefs].join('\n'))
      expect(record.notice).toBe(createHash('sha256').update(record.noticeText).digest('hex'))
      // Headless: nothing of the built-in UI, floating button included.
      await expect(page.locator('consentry-ui')).toHaveCount(0)
      expect(said).toEqual([])
    })
  }

  test(`${name}: a returning visitor's server render hydrates without a mismatch`, async ({ page }) => {
    await page.goto(app.url + '/')
    await page.getByRole('button', { name: 'Manage preferences' }).click()
    await page.getByRole('dialog').getByRole('switch', { name: 'Analytics' }).check()
    await page.getByRole('dialog').getByRole('button', { name: 'Save preferences' }).click()
    await expect.poll(() => app.records.length).toBe(1)

    // The server reads the consent cookie: what it renders is what the visitor granted.
    const served = (await (await page.request.get(app.url + '/')).text()).replace(/<!--.*?-->/g, '')
    expect(served).toContain('analytics: granted')
    expect(served).toContain('marketing: denied')
    expect(served).toContain('Analytics widget loaded')
    const said = complaints(page)
    // The element the server rendered, caught as the parser makes it, must be the one the page keeps.
    await page.addInitScript(() => new MutationObserver((_, observer) => {
      const main = document.querySelector('main')
      if (main) {
        (window as unknown as { served: Element }).served = main
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true }))
    await page.reload({ waitUntil: 'networkidle' })
    await expect(grantsList(page)).toContainText('analytics: granted')
    await expect(widget(page)).toHaveText('Analytics widget loaded')
    expect(await page.evaluate(() => document.querySelector('main') === (window as unknown as { served: Element }).served)).toBe(true)
    // And it says what the server said: a framework that patches a differing text silently (Svelte) is caught here.
    const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, '')
    expect(text(await page.locator('main').innerHTML())).toBe(text(served.match(/<main>([\s\S]*)<\/main>/)![1]))
    expect(said).toEqual([])
  })

  test(`${name}: a decision in one tab reaches the other within a second, with one record`, async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()]
    await Promise.all([one.goto(app.url + '/'), two.goto(app.url + '/')])
    await expect(two.getByRole('button', { name: 'Accept all' })).toBeVisible()
    await one.getByRole('button', { name: 'Accept all' }).click()
    await expect(grantsList(two)).toContainText('analytics: granted', { timeout: 1000 })
    await expect(two.getByRole('button', { name: 'Accept all' })).toBeHidden({ timeout: 1000 })
    // The other tab holds the very decision recorded, read from the shared cookie: it made none of its own.
    await expect.poll(() => app.records.length).toBe(1)
    const stored = await two.evaluate(() => JSON.parse(decodeURIComponent(document.cookie.match(/consentry=([^;]+)/)![1])).i)
    expect(stored).toBe(app.records[0].id)
  })

  test(`${name}: hot reload destroys the manager and starts afresh with the edited config`, async ({ context }) => {
    const dev = await devServer(dir)
    try {
      await hotReload(context, dev)
    } finally {
      await dev.server.close()
    }
  })
}

/** A Vite dev server of the example whose `examples/config.ts` the test can edit without touching the file. */
async function devServer(dir: string): Promise<{ server: ViteDevServer; url: string; edit(): void }> {
  const configFile = join(EXAMPLES, 'config.ts')
  let edited = false
  const plugin: Plugin = {
    name: 'edit-config',
    // Before the TypeScript transform, on the source as written.
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use('/api/consent', (_req, res) => void res.writeHead(201).end())
    },
    transform(code, id) {
      if (!edited || id != configFile) return null
      return code.replace("    marketing: {}\n", "    marketing: {},\n    preferences: {}\n")
    }
  }
  const server = await createServer({ root: dir, configFile: join(dir, 'vite.config.ts'), plugins: [plugin], server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' })
  await server.listen()
  const { port } = server.httpServer!.address() as { port: number }
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    edit() {
      edited = true
      server.watcher.emit('change', configFile)
    }
  }
}

/** Opens the dev page, decides, edits the config, and checks the new manager: its categories, one UI host, no warning. */
async function hotReload(context: BrowserContext, dev: Awaited<ReturnType<typeof devServer>>): Promise<void> {
  const page = await context.newPage()
  const said = complaints(page)
  await page.goto(dev.url + '/')
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  await expect(grantsList(page)).not.toContainText('preferences')
  dev.edit()
  // The new manager runs the edited config: its new category shows, and its banner is the one UI on the page.
  await expect(grantsList(page)).toContainText('preferences: denied')
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(await page.locator('consentry-ui').count()).toBe(1)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect(grantsList(page)).toContainText('preferences: granted')
  expect(said.filter(s => !s.includes('[vite]'))).toEqual([])
}
