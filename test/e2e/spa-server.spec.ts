import { writeFileSync } from 'node:fs'
// The package's own name: what ships (dist/server.mjs), resolved through package.json's exports.
import { type ConsentryConfig, type Decision, readConsent } from 'consentry/server'
import { expect, html, test } from './support/fixtures'

// consentry/server reads the consent cookie exactly as the page does: Chromium decides through
// the SDK, then sends its Cookie header to the server, and readConsent on that header must give
// the decision the page holds. `CAPTURE_COOKIES=1 npx playwright test spa-server` writes what
// Chromium sent to test/fixtures/chromium-cookies.json, which the unit tests of the server read.

/** A manager call and its argument. */
type Call = ['acceptAll' | 'rejectAll' | 'reset'] | ['update', Record<string, boolean>]

/** One way of deciding: a config, the manager calls the page makes, and cookies of the site around the consent cookie. */
interface Case {
  name: string
  config: ConsentryConfig
  calls: Call[]
  gpc?: boolean
  others?: string[]
}

const categories = { necessary: { required: true }, analytics: { cookies: ['_ga*'] }, marketing: {} }
const CASES: Case[] = [
  { name: 'accept all', config: { categories }, calls: [['acceptAll']] },
  { name: "reject all, among the site's other cookies", config: { categories }, calls: [['rejectAll']], others: ['theme=dark', 'cart=%7B%22n%22%3A2%7D'] },
  { name: 'some categories, own cookie name', config: { categories, cookie: { name: 'site_consent' } }, calls: [['update', { analytics: true }]] },
  { name: 'a revision js-cookie must encode', config: { categories, revision: '2026 "spring"; ü/€' }, calls: [['update', { marketing: true }]] },
  { name: 'category names with - and _', config: { categories: { 'strictly-necessary': { required: true }, ad_storage: {}, 'x-1': {} } }, calls: [['update', { 'x-1': true }]] },
  { name: 'accept all under Global Privacy Control', config: { categories }, calls: [['acceptAll']], gpc: true },
  { name: 'under Global Privacy Control, the visitor turns marketing on', config: { categories }, calls: [['acceptAll'], ['update', { marketing: true }]], gpc: true },
  { name: 'reset', config: { categories }, calls: [['acceptAll'], ['reset']] }
]

/** What Chromium held and sent after one case, and what the page said (test/unit/server.test.ts reads it). */
export interface Captured extends Case {
  /** The Cookie header of a request the page made after deciding. */
  header: string
  /** `document.cookie` at that moment. */
  documentCookie: string
  /** `manager.get()` on the page. */
  decision: Decision | null
  /** When it was captured, for judging expiry later. */
  now: number
}

test('readConsent on the Cookie header Chromium sends gives the decision the page holds', async ({ browser, server }) => {
  const captured: Captured[] = []
  const headers: string[] = []
  server.route('/echo', (req, res) => {
    headers.push(req.headers.cookie || '')
    res.writeHead(204).end()
  })
  for (const c of CASES) {
    await test.step(c.name, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      if (c.gpc) await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
      await page.goto(server.page('/', html({ config: c.config })))
      const decision = await page.evaluate(async ({ calls, others }) => {
        for (const cookie of others) document.cookie = cookie + '; path=/'
        const consent = (window as any).Consentry.init({})
        for (const [method, arg] of calls) await consent[method](arg)
        await fetch('/echo')
        return consent.get()
      }, { calls: c.calls, others: c.others ?? [] })
      const header = headers.pop()!
      const documentCookie = await page.evaluate(() => document.cookie)
      await context.close()
      expect(readConsent(header, c.config, { gpc: c.gpc })).toEqual(decision)
      expect(decision === null).toBe(c.calls.at(-1)![0] == 'reset')
      captured.push({ ...c, header, documentCookie, decision, now: Date.now() })
    })
  }
  if (process.env.CAPTURE_COOKIES) {
    writeFileSync(new URL('../fixtures/chromium-cookies.json', import.meta.url), JSON.stringify(captured, null, 2) + '\n')
  }
})
