import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type BrowserContext, expect, type Page, type Request } from '@playwright/test'
import { startDemo } from '../../../demo/server.mjs'
import { startServer, type TestServer } from './server'

/** The demo shop and its receiver, as `npm run demo` starts them, on a free port with a data folder of its own. */
export type Demo = Awaited<ReturnType<typeof startDemo>> & {
  /** The demo's data folder (its consent database), removed after the test. */
  dataDir: string
  /** The consent log as JSON, read with the log token; `query` such as `?limit=2`. */
  log(query?: string): Promise<any[]>
  /**
   * POSTs `body` as JSON (or as `type`) to the demo, at `api/consent` unless `path` says otherwise.
   * @returns the response status
   */
  post(body: unknown, path?: string, type?: string): Promise<number>
}

/** The network requests each browser context has started and not yet ended, counted from its first page on. */
const open = new WeakMap<BrowserContext, Set<Request>>()

/**
 * Playwright's `test` with a fresh local `server` per test, console errors collected, and the
 * context's requests followed for `settled`.
 */
export const test = base.extend<{ server: TestServer; consoleErrors: string[]; demo: Demo }>({
  context: async ({ context }, use) => {
    const requests = new Set<Request>()
    // A blob: or data: URL reaches no server (and a shared worker's blob script never reports its end).
    context.on('request', r => /^(blob|data):/.test(r.url()) || requests.add(r))
    context.on('requestfinished', r => requests.delete(r))
    context.on('requestfailed', r => requests.delete(r))
    open.set(context, requests)
    await use(context)
  },
  server: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.close()
  },
  demo: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'consentry-demo-'))
    const demo = await startDemo({ port: 0, dataDir })
    const log = async (query = '') =>
      (await fetch(`${demo.url}consent-log.json${query}`, { headers: { authorization: `Bearer ${demo.logToken}` } })).json()
    const post = async (body: unknown, path = 'api/consent', type = 'application/json') =>
      (await fetch(demo.url + path, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) })).status
    await use({ ...demo, dataDir, log, post })
    await demo.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', m => { if (m.type() == 'error') errors.push(m.text()) })
    page.on('pageerror', e => errors.push(String(e)))
    await use(errors)
  }
})

export { expect }

/** What the page's test scripts logged, in the order they ran: each pushes its name into `window.ran`. */
export const ran = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).ran || [])

/**
 * Waits until the page has done what it was about to, so that "nothing happened" is asserted on a
 * settled page rather than after a guessed time: a task has passed (the SDK's observers and a
 * decision's releases have run and started their requests), every request the page's context
 * started has ended, twice in a row (a script that just loaded has run and started its own), and,
 * given the test server, a same-origin request made last has reached it (requests from workers
 * included).
 */
export async function settled(page: Page, server?: TestServer): Promise<void> {
  const requests = open.get(page.context())!
  for (let quiet = 0; quiet < 2;) {
    await page.evaluate(() => new Promise(resolve => setTimeout(resolve)))
    quiet = requests.size ? 0 : quiet + 1
    await expect.poll(() => [...requests].map(r => r.url()), { message: 'requests still open' }).toEqual([])
  }
  if (!server) return
  const id = Math.random().toString(36).slice(2)
  await page.evaluate(id => fetch(location.origin + '/settled?' + id), id)
  await expect.poll(() => server.seen.some(s => s.path == '/settled?' + id)).toBe(true)
}

/** A page that loads the script-tag bundle, with an optional JSON config block before it. */
export function html({ config, head = '', body = '' }: { config?: unknown; head?: string; body?: string }): string {
  const block = config === undefined ? ''
    : `<script type="application/json" id="consentry-config">${typeof config == 'string' ? config : JSON.stringify(config)}</script>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${block}
<script src="/dist/consentry.min.js"></script>${head}</head><body>${body}</body></html>`
}
