import { test as base, expect } from '@playwright/test'
import { startServer, type TestServer } from './server'

/** Playwright's `test` with a fresh local `server` per test and console errors collected. */
export const test = base.extend<{ server: TestServer; consoleErrors: string[] }>({
  server: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.close()
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', m => { if (m.type() == 'error') errors.push(m.text()) })
    page.on('pageerror', e => errors.push(String(e)))
    await use(errors)
  }
})

export { expect }

/** A page that loads the script-tag bundle, with an optional JSON config block before it. */
export function html({ config, head = '', body = '' }: { config?: unknown; head?: string; body?: string }): string {
  const block = config === undefined ? ''
    : `<script type="application/json" id="consentry-config">${typeof config == 'string' ? config : JSON.stringify(config)}</script>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${block}
<script src="/dist/consentry.min.js"></script>${head}</head><body>${body}</body></html>`
}
