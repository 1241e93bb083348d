import type { Page } from '@playwright/test'
import { expect, html, test } from './support/fixtures'
import type { TestServer } from './support/server'
import { DEFAULT, update } from '../fixtures/consent-mode'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, preferences: {} }
const config = { categories, googleConsentMode: true }
const js = { 'content-type': 'text/javascript' }
const CSP = { 'content-security-policy': "script-src 'self'" }

/** Google's standard gtag.js snippet, served as a same-origin file so it runs under a strict CSP. */
const SNIPPET = `window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-TEST');`

/**
 * A local stand-in for gtag.js: like the real one it reads only `arguments` objects from
 * dataLayer (arrays and plain objects are not gtag commands), first the queued ones, then each push.
 */
const GTAG_JS = `(function () {
  var layer = window.dataLayer = window.dataLayer || [], done = window.gtagProcessed = [];
  function run(e) { if (Object.prototype.toString.call(e) == '[object Arguments]') done.push(e[0] + (typeof e[1] == 'string' ? ':' + e[1] : '')) }
  layer.forEach(run);
  var push = layer.push;
  layer.push = function () { for (var i = 0; i < arguments.length; i++) run(arguments[i]); return push.apply(layer, arguments) };
})();`

function serveGoogle(server: TestServer) {
  server.route('/gtag/js', (_q, res) => void res.writeHead(200, js).end(GTAG_JS))
  server.route('/gtag-snippet.js', (_q, res) => void res.writeHead(200, js).end(SNIPPET))
}

/** The dataLayer as plain arrays (Dates as 'date'), each checked to be an arguments object. */
const dataLayer = (page: Page) => page.evaluate(() => (window as any).dataLayer.map((e: any) =>
  Object.prototype.toString.call(e) == '[object Arguments]'
    ? Array.from(e as ArrayLike<unknown>, v => v instanceof Date ? 'date' : v)
    : { notArguments: e }))

const GTAG = [['js', 'date'], ['config', 'G-TEST']]
/** The dataLayer event after each update, for a tag manager to trigger on. */
const EVENT = { notArguments: { event: 'consentry_update' } }

test('with the JSON block under a strict CSP: default first, then the page tags, then each update; gtag.js reads them all', async ({ page, server, consoleErrors }) => {
  serveGoogle(server)
  const head = '<script async src="/gtag/js?id=G-TEST"></script><script src="/gtag-snippet.js"></script>'
  await page.goto(server.page('/', html({ config, head }), CSP))
  await page.waitForFunction(() => (window as any).gtagProcessed)
  expect(await dataLayer(page)).toEqual([DEFAULT, ...GTAG])

  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).update({ analytics: true }))
  expect(await dataLayer(page)).toEqual([DEFAULT, ...GTAG, update('denied', 'granted', 'denied'), EVENT])
  expect(await page.evaluate(() => (window as any).gtagProcessed)).toEqual(['consent:default', 'js', 'config:G-TEST', 'consent:update'])

  await page.reload()
  await page.waitForFunction(() => (window as any).gtagProcessed)
  expect(await dataLayer(page)).toEqual([DEFAULT, update('denied', 'granted', 'denied'), EVENT, ...GTAG])
  expect(consoleErrors).toEqual([])
})

test("with Consentry.init after a page's own gtag snippet: Consentry uses that gtag", async ({ page, server }) => {
  serveGoogle(server)
  server.route('/start.js', (_q, res) => void res.writeHead(200, js)
    .end(`window.consent = Consentry.init(${JSON.stringify({ categories, googleConsentMode: { marketing: ['ad_storage'], analytics: ['analytics_storage', 'ad_storage'] } })})`))
  const body = '<script src="/gtag-snippet.js"></script><script src="/dist/consentry.min.js"></script><script src="/start.js"></script>'
  await page.goto(server.page('/', `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`))
  await page.evaluate(() => (window as any).consent.acceptAll())
  await page.evaluate(() => (window as any).consent.update({ marketing: false, analytics: false }))
  expect(await dataLayer(page)).toEqual([...GTAG, DEFAULT,
    ['consent', 'update', { ad_storage: 'granted', analytics_storage: 'granted' }], EVENT,
    ['consent', 'update', { ad_storage: 'denied', analytics_storage: 'denied' }], EVENT])
})

test("warns when the page's gtag config ran before Consentry's default", async ({ page, server }) => {
  serveGoogle(server)
  const warnings: string[] = []
  page.on('console', m => { if (m.type() == 'warning') warnings.push(m.text()) })
  const body = '<script src="/gtag-snippet.js"></script>'
  await page.goto(server.page('/', html({ config }).replace('<script src="/dist/consentry.min.js">', body + '<script src="/dist/consentry.min.js">')))
  await expect.poll(() => warnings).toContain("[Consentry] a gtag('config') ran before the consent default: put the Consentry script tag above the Google tag.")
})

test('a JSON config block that does not parse still pushes the all-denied default on a page with a dataLayer', async ({ page, server }) => {
  server.route('/layer.js', (_q, res) => void res.writeHead(200, js).end('window.dataLayer = []'))
  const page$ = html({ config: '{ "categories": { "analytics": {}, }', head: '' }).replace('<script type="application/json"', '<script src="/layer.js"></script><script type="application/json"')
  await page.goto(server.page('/', page$))
  expect(await dataLayer(page)).toEqual([DEFAULT])
})

test('in an opt-out jurisdiction the default grants what the model grants, ad types held under GPC', async ({ page, server }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
  const head = '<meta name="consentry-jurisdiction" content="US-CA">'
  await page.goto(server.page('/', html({ config }).replace('<title>test</title>', '<title>test</title>' + head)))
  expect((await dataLayer(page))[0]).toEqual(['consent', 'default', {
    ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
    functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted'
  }])
})

test("Google Tag Manager's snippet after Consentry's tag sees the consent default before gtm.js", async ({ page, server }) => {
  server.route('/gtm-snippet.js', (_q, res) => void res.writeHead(200, js)
    .end("(function(w,l){w[l]=w[l]||[];w[l].push({'gtm.start':1,event:'gtm.js'})})(window,'dataLayer')"))
  await page.goto(server.page('/', html({ config, head: '<script src="/gtm-snippet.js"></script>' }), CSP))
  expect(await dataLayer(page)).toEqual([DEFAULT, { notArguments: { 'gtm.start': 1, event: 'gtm.js' } }])
})

test('the default is in dataLayer before a gated analytics tag runs, and the update before it is released', async ({ page, server }) => {
  server.route('/tag.js', (_q, res) => void res.writeHead(200, js)
    .end('window.seenByTag = dataLayer.map(function (e) { return e.event || e[0] + ":" + e[1] })'))
  const body = '<script type="text/plain" data-category="analytics" data-src="/tag.js"></script>'
  await page.goto(server.page('/', html({ config, body })))
  expect(await page.evaluate(() => (window as any).seenByTag)).toBeUndefined()
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await page.waitForFunction(() => (window as any).seenByTag)
  expect(await page.evaluate(() => (window as any).seenByTag)).toEqual(['consent:default', 'consent:update', 'consentry_update'])
})
