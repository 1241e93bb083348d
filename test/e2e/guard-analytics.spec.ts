import type { Page } from '@playwright/test'
import type { TestServer } from './support/server'
import { expect, html, settled, test } from './support/fixtures'

// getanalytics.io's `analytics`, installed from npm and served from localhost; its storage utils
// write __anon_id / __user_* keys and cookies. Its traffic goes to a sink on the other origin.
const config = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['__an_*', '/^__(anon_id|user_id|user_traits)$/'], storage: ['__an_*', '/^__(anon_id|user_id|user_traits)$/'], hosts: ['localhost'] }
  }
}
const LIBRARY = '/npm/analytics/dist/analytics.min.js'

/** The site's own setup code: a plugin that sends page views, events and identities to the sink. */
function serveSite(server: TestServer): void {
  server.route('/site/init.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(`
    window.analytics = _analytics.Analytics({ app: 'shop', plugins: [{
      name: 'sink',
      page: ({ payload }) => { navigator.sendBeacon('${server.otherOrigin}/collect/page', JSON.stringify(payload)) },
      track: ({ payload }) => { fetch('${server.otherOrigin}/collect/track', { method: 'POST', mode: 'no-cors', body: JSON.stringify(payload) }).catch(() => {}) },
      identify: ({ payload }) => { new Image().src = '${server.otherOrigin}/collect/identify.gif?u=' + payload.userId }
    }] })
    window.visit = () => {
      analytics.storage.setItem('__an_session', 's1', { storage: 'cookie' })
      document.cookie = '__an_last=' + Date.now() + '; path=/'
      analytics.page()
      analytics.track('view_cart')
      analytics.identify('user-1', { plan: 'pro' })
    }
    window.runs = (window.runs || 0) + 1
    visit()`))
}

const sinkHits = (server: TestServer) => server.seen.filter(s => s.headers.host!.startsWith('localhost')).map(s => s.path.split('?')[0]).sort()
const keys = (page: Page) => page.evaluate(() => [localStorage, sessionStorage].flatMap(s => Object.keys(s)).filter(k => !k.startsWith('consentry.')).sort())
const cookies = async (page: Page) => (await page.context().cookies()).filter(c => c.name != 'consentry').map(c => `${c.name} ${c.path}`).sort()
const consent = (page: Page, method: string, arg?: unknown) =>
  page.evaluate(([m, a]) => (window as any).Consentry.init({ categories: {} })[m as string](a), [method, arg])

test('a gated analytics library sends and stores nothing before consent, runs once after it, and leaves nothing after withdrawal', async ({ page, server }) => {
  serveSite(server)
  // On /shop/cart/ the library writes its cookie without a path, so it lands on the sub-path /shop/cart.
  await page.goto(server.page('/shop/cart/', html({
    config,
    body: `<script type="text/plain" data-category="analytics" data-src="${LIBRARY}"></script>
<script type="text/plain" data-category="analytics" data-src="/site/init.js"></script>`
  })))
  await settled(page, server)
  expect([sinkHits(server), await keys(page), await cookies(page)]).toEqual([[], [], []])
  expect(server.seen.filter(s => s.path.startsWith('/npm/') || s.path.startsWith('/site/'))).toEqual([])

  await consent(page, 'update', { analytics: true })
  await expect.poll(() => sinkHits(server)).toEqual(['/collect/identify.gif', '/collect/page', '/collect/track'])
  expect(await page.evaluate(() => (window as any).runs)).toBe(1)
  expect(await keys(page)).toEqual(expect.arrayContaining(['__anon_id', '__user_id', '__user_traits']))
  expect(await cookies(page)).toEqual(['__an_last /', '__an_session /shop/cart'])

  await consent(page, 'update', { analytics: false })
  expect([await keys(page), await cookies(page)]).toEqual([[], []])
  // The library is still on the page; whatever it does now is refused.
  await page.evaluate(() => (window as any).visit())
  await settled(page, server)
  expect([await keys(page), await cookies(page), sinkHits(server)]).toEqual([[], [], ['/collect/identify.gif', '/collect/page', '/collect/track']])

  await page.reload()
  await settled(page, server)
  expect(await page.evaluate(() => (window as any).runs)).toBeUndefined()
  expect(server.seen.filter(s => s.path == LIBRARY)).toHaveLength(1)
})

test('an analytics library that the page loads without gating is held back by the guard alone', async ({ page, server }) => {
  serveSite(server)
  await page.goto(server.page('/shop/cart/', html({ config, body: `<script src="${LIBRARY}"></script><script src="/site/init.js"></script>` })))
  await settled(page, server)
  expect(await page.evaluate(() => (window as any).runs)).toBe(1)
  expect([sinkHits(server), await keys(page), await cookies(page)]).toEqual([[], [], []])
  const refused = await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).debug().refused)
  expect(refused.map((r: { kind: string; name: string }) => `${r.kind} ${r.name}`).sort()).toEqual(expect.arrayContaining([
    'cookie __an_last', 'cookie __an_session', 'request localhost', 'storage __anon_id', 'storage __user_id', 'storage __user_traits'
  ]))

  await consent(page, 'acceptAll')
  await page.evaluate(() => (window as any).visit())
  // The pixel the first visit made was held, and is released beside the new visit's: the browser
  // fetches that URL once or twice, depending on whether the first load finished before the second.
  await expect.poll(() => [...new Set(sinkHits(server))]).toEqual(['/collect/identify.gif', '/collect/page', '/collect/track'])
  expect(await cookies(page)).toEqual(['__an_last /', '__an_session /shop/cart'])
})
