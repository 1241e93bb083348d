// Red team, APIs: every API a tag can write or send through, and the fail-closed promises. Each
// probe is refused until the category is granted; the control runs the same probe after the grant.
import type { Page } from '@playwright/test'
import { expect, html, settled, test } from './support/fixtures'
import { config, consent, owned, serveTracker, tracker } from './support/redteam'

type Probe = { name: string; run: (url: string) => Promise<string>; refused: string; allowed: string; path?: string; unload?: boolean }
const PROBES: Probe[] = [
  { name: 'cookieStore.set', refused: 'absent', allowed: 'present', run: async () => {
    await (window as any).cookieStore.set('_ga_store', '1')
    return (await (window as any).cookieStore.get('_ga_store')) ? 'present' : 'absent'
  } },
  { name: 'cookieStore.set with an options object', refused: 'absent', allowed: 'present', run: async () => {
    await (window as any).cookieStore.set({ name: '_ga_opts', value: '1', path: '/' })
    return (await (window as any).cookieStore.get('_ga_opts')) ? 'present' : 'absent'
  } },
  { name: 'Storage.prototype.setItem.call(localStorage)', refused: 'null', allowed: '1', run: async () => {
    Storage.prototype.setItem.call(localStorage, '_ga_call', '1')
    return String(Storage.prototype.getItem.call(localStorage, '_ga_call'))
  } },
  { name: 'IndexedDB database named by a storage pattern', refused: 'error', allowed: 'success', run: () => new Promise(resolve => {
    const request = indexedDB.open('_ga_db')
    request.onsuccess = () => { request.result.close(); resolve('success') }
    request.addEventListener('error', () => resolve('error'))
  }) },
  { name: 'WebSocket', path: '/t/ws', refused: 'error,close:1006', allowed: 'error,close:1006', run: url => new Promise(resolve => {
    const events: string[] = []
    const ws = new WebSocket(url.replace('http', 'ws') + 'ws')
    ws.onerror = () => events.push('error')
    ws.onclose = e => { events.push('close:' + e.code); resolve(events.join(',')) }
  }) },
  { name: 'EventSource', path: '/t/stream.sse', refused: 'error', allowed: 'message', run: url => new Promise(resolve => {
    const es = new EventSource(url + 'stream.sse')
    es.onmessage = () => { es.close(); resolve('message') }
    es.onerror = () => { es.close(); resolve('error') }
  }) },
  // A deferred fetch goes out at the latest when the page is left, which the control does.
  { name: 'fetchLater', path: '/t/later', unload: true, refused: 'dropped', allowed: 'deferred', run: async url => {
    const result = (window as any).fetchLater(url + 'later')
    return result instanceof (window as any).FetchLaterResult ? 'deferred' : 'dropped'
  } },
  { name: 'Navigator.prototype.sendBeacon.call', path: '/t/beacon-proto', refused: 'false', allowed: 'true', run: async url => String(Navigator.prototype.sendBeacon.call(navigator, url + 'beacon-proto', 'x')) },
  // XMLHttpRequest takes userinfo in a URL (fetch refuses it by itself).
  { name: 'XMLHttpRequest to an upper-case host with a trailing dot and userinfo', path: '/t/odd', refused: 'refused', allowed: 'reached', run: url => new Promise(resolve => {
    const x = new XMLHttpRequest()
    x.onload = () => resolve('reached')
    x.onerror = () => resolve('refused')
    x.open('GET', url.replace('http://tracker.localhost:', 'http://u:p@TRACKER.LocalHost.:') + 'odd')
    x.send()
  }) }
]

const run = (page: Page, probe: Probe, url: string) => page.evaluate(probe.run, url)

for (const probe of PROBES) {
  test(`refuses ${probe.name} until granted`, async ({ page, server }) => {
    serveTracker(server)
    const site = server.page('/', html({ config }))
    await page.goto(site)
    const url = `${tracker(server)}/t/`
    expect(await run(page, probe, url)).toBe(probe.refused)
    if (probe.unload) {
      // A deferred fetch goes out when its page is left: one to the site itself, deferred beside it, shows when that was.
      await page.evaluate(() => (window as any).fetchLater(location.origin + '/later-control'))
      await page.goto('about:blank')
      await expect.poll(() => server.seen.some(s => s.path == '/later-control')).toBe(true)
      await page.goto(site)
    }
    await settled(page, server)
    expect(owned(server)).toEqual([])

    await consent(page, 'update', { analytics: true })
    await page.evaluate(() => ((window as any).granted = true))
    expect(await run(page, probe, url)).toBe(probe.allowed)
    if (probe.unload) await page.goto('about:blank')
    if (probe.path) await expect.poll(() => owned(server).filter(p => p.startsWith(probe.path!)).length).toBeGreaterThan(0)
  })
}

test('a request is judged against the document base URL: a <base href> on the owned host above the script tag', async ({ page, server }) => {
  serveTracker(server)
  const base = `<base href="${tracker(server)}/t/">`
  // Probed while the page parses: once parsed, the gate holds the <base> itself, as any element of an owned host.
  const body = `<script>window.probe = fetch('based').then(() => 'reached', () => 'refused')</script>`
  await page.goto(server.page('/', html({ config, body }).replace('<head>', '<head>' + base).replace('src="/dist/', `src="${server.origin}/dist/`)))
  expect(await page.evaluate(() => (window as any).probe)).toBe('refused')
  await settled(page, server)
  expect(owned(server)).toEqual([])
  await consent(page, 'update', { analytics: true })
  expect(await page.evaluate(() => fetch('based').then(() => 'reached', () => 'refused'))).toBe('reached')
  expect(owned(server)).toContain('/t/based')
})

test('a cookie set by the server (Set-Cookie on a fetch) while its category is denied is deleted', async ({ page, server }) => {
  server.route('/set', (_req, res) => void res.writeHead(200, { 'set-cookie': ['_ga_server=1; Path=/', 'kept=1; Path=/'] }).end('ok'))
  await page.goto(server.page('/', html({ config })))
  const names = async () => (await page.context().cookies()).map(c => c.name).sort()
  await page.evaluate(() => fetch('/set'))
  await expect.poll(names).toEqual(['kept'])
  await consent(page, 'update', { analytics: true })
  await page.evaluate(() => fetch('/set'))
  await expect.poll(names).toEqual(['_ga_server', 'consentry', 'kept'])
})

test('an IndexedDB database of a category is deleted when the category is withdrawn', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  await consent(page, 'update', { analytics: true })
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map(d => d.name))
  await page.evaluate(() => new Promise(r => { const q = indexedDB.open('_ga_db'); q.onsuccess = () => { q.result.close(); r(null) } }))
  expect(await databases()).toEqual(['_ga_db'])
  await consent(page, 'update', { analytics: false })
  await expect.poll(databases).toEqual([])
})

test('an invalid config still guards every name and host it names, and lets others pass', async ({ page, server, consoleErrors }) => {
  serveTracker(server)
  await page.goto(server.page('/', html({ config: { ...config, colour: 'red' } })))
  const probe = () => page.evaluate(async url => {
    document.cookie = '_ga_bad=1; path=/'
    document.cookie = 'free=1; path=/'
    return [document.cookie, await fetch(url + 'invalid').then(() => 'sent', () => 'refused'), await fetch('/free').then(() => 'sent', () => 'refused')]
  }, `${tracker(server)}/t/`)
  expect(await probe()).toEqual(['free=1', 'refused', 'sent'])
  expect(consoleErrors.some(e => e.includes('"colour" is not a known key'))).toBe(true)
  await settled(page, server)
  expect(owned(server)).toEqual([])
})

test('one patch the browser refuses (a read-only WebSocket) leaves every other guard in place', async ({ page, server, consoleErrors }) => {
  serveTracker(server)
  await page.goto(server.page('/', html({
    config,
    head: '',
    body: ''
  }).replace('<script src="/dist/consentry.min.js">', `<script>Object.defineProperty(window, 'WebSocket', { value: WebSocket, writable: false, configurable: false })</script><script src="/dist/consentry.min.js">`)))
  expect(await page.evaluate(url => fetch(url + 'still').then(() => 'sent', () => 'refused'), `${tracker(server)}/t/`)).toBe('refused')
  expect(await page.evaluate(() => { document.cookie = '_ga_still=1'; return document.cookie })).toBe('')
  expect(consoleErrors.some(e => e.includes('a guard could not be installed'))).toBe(true)
})

test('a second copy of the script tag warns and does nothing: one guard, one manager', async ({ page, server }) => {
  const warnings: string[] = []
  page.on('console', m => { if (m.type() == 'warning') warnings.push(m.text()) })
  await page.goto(server.page('/', html({ config, head: '<script src="/dist/consentry.min.js"></script>' })))
  expect(warnings).toContain('[Consentry] consentry.min.js is on this page twice: this copy does nothing.')
  // One guard: one refusal counted once.
  await page.evaluate(() => { document.cookie = '_ga_once=1' })
  const refused = await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).debug().refused)
  expect(refused).toEqual([{ kind: 'cookie', name: '_ga_once', category: 'analytics', count: 1 }])
})

test('reports owned cookies and hosts a tag above the script tag set and contacted', async ({ page, server, consoleErrors }) => {
  serveTracker(server)
  const above = `<script>document.cookie = '_ga_early=1; path=/'</script><img src="${tracker(server)}/t/early.gif">`
  await page.goto(server.page('/', html({ config }).replace('<script type="application/json"', above + '<script type="application/json"')))
  await expect.poll(() => consoleErrors).toEqual(expect.arrayContaining([
    '[Consentry] cookies of categories not granted existed before Consentry started: _ga_early.',
    '[Consentry] hosts of categories not granted were contacted before Consentry started (a tag above its script tag?): tracker.localhost.'
  ]))
})

test('a catastrophic pattern is refused by the checker, and a cookie write stays instant', async ({ page, server, consoleErrors }) => {
  await page.goto(server.page('/', html({ config: { categories: { analytics: { cookies: ['/(a+)+$/', '_ga'] } } } })))
  await expect.poll(() => consoleErrors.join('\n')).toContain('"categories.analytics.cookies[0]" is a pattern with a nested quantifier')
  const ms = await page.evaluate(() => {
    const t = performance.now()
    document.cookie = 'a'.repeat(40) + '!=1'
    document.cookie = '_ga=1'
    return performance.now() - t
  })
  expect(ms).toBeLessThan(50)
  expect(await page.evaluate(() => document.cookie)).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!=1')
})
