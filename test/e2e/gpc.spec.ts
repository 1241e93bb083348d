import type { Page } from '@playwright/test'
import { expect, html, settled, test } from './support/fixtures'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, sale: { gpc: true } }
const js = { 'content-type': 'text/javascript' }

/** Simulates Global Privacy Control the way browsers expose it: a getter on Navigator.prototype. */
const withGpc = (page: Page) => page.addInitScript(() =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))

/** Accept all, then the visitor's own switch for marketing; returns the categories after each step. */
const acceptThenSwitch = (page: Page) => page.evaluate(() => {
  const consent = (window as any).Consentry.init({ categories: {} })
  consent.acceptAll()
  const accepted = consent.get().categories
  consent.update({ marketing: true })
  const switched = consent.get().categories
  consent.acceptAll()
  return { accepted, switched, acceptedAgain: consent.get().categories }
})

const HELD = {
  accepted: { necessary: true, analytics: true, marketing: false, sale: false },
  switched: { necessary: true, analytics: true, marketing: true, sale: false },
  acceptedAgain: { necessary: true, analytics: true, marketing: true, sale: false }
}

test('with the JSON block, Accept all under GPC grants all but the gpc categories; only the visitor turns one on', async ({ page, server }) => {
  await withGpc(page)
  await page.goto(server.page('/', html({ config: { categories } })))
  expect(await acceptThenSwitch(page)).toEqual(HELD)
  await page.reload()
  expect(await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).get().categories)).toEqual(HELD.acceptedAgain)
})

test('with Consentry.init, the same rule holds, and a marketing tag stays held after Accept all', async ({ page, server }) => {
  await withGpc(page)
  server.route('/start.js', (_q, res) => void res.writeHead(200, js).end(`Consentry.init(${JSON.stringify({ categories })})`))
  server.route('/ad.js', (_q, res) => void res.writeHead(200, js).end('window.adRan = true'))
  const body = '<script src="/start.js"></script><script type="text/plain" data-category="marketing" data-src="/ad.js"></script>'
  await page.goto(server.page('/', html({ body })))
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await settled(page, server)
  expect(await page.evaluate(() => (window as any).adRan)).toBeUndefined()
  expect(server.seen.some(r => r.path == '/ad.js')).toBe(false)
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).update({ marketing: true }))
  await page.waitForFunction(() => (window as any).adRan === true)
})

test('with respectGpc: false, or without the signal, Accept all grants everything', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config: { categories } })))
  expect((await acceptThenSwitch(page)).accepted).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
  await page.context().clearCookies()
  await withGpc(page)
  await page.goto(server.page('/ignore', html({ config: { categories, respectGpc: false } })))
  expect((await acceptThenSwitch(page)).accepted).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
})

test('each consent record carries gpc', async ({ page, server }) => {
  await withGpc(page)
  const records: any[] = []
  server.route('/api/consent', (_q, res, body) => {
    records.push(JSON.parse(body))
    res.writeHead(201).end()
  })
  await page.goto(server.page('/', html({ config: { categories, endpoint: '/api/consent' } })))
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await expect.poll(() => records.length).toBeGreaterThan(0)
  expect(records[0]).toMatchObject({ gpc: true, method: 'accept-all', categories: HELD.accepted })
})
