import type { Page } from '@playwright/test'
import type { TestServer } from './support/server'
import { expect, html, settled, test } from './support/fixtures'

const config = { categories: { necessary: { required: true }, analytics: {}, marketing: {} } }

/** Serves scripts that push their name into `window.log`; `/slow.js` answers after 500 ms. */
function serveScripts(server: TestServer): void {
  server.route('/js/*', async (req, res) => {
    const name = req.url!.split('/').pop()!.replace('.js', '')
    if (name == 'slow') await new Promise(r => setTimeout(r, 500))
    res.writeHead(200, { 'content-type': 'text/javascript' })
    res.end(`(window.log = window.log || []).push('${name}' + (document.currentScript ? '' : ':module'))`)
  })
  server.route('/frame.html', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>frame</p>'))
}

/** Calls a manager method on the page, e.g. `consent(page, 'update', { analytics: true })`. */
const consent = (page: Page, method: string, arg?: unknown) =>
  page.evaluate(([m, a]) => (window as any).Consentry.init({ categories: {} })[m as string](a), [method, arg])
const log = (page: Page) => page.evaluate(() => (window as any).log || [])
const hits = (server: TestServer, path: string) => server.seen.filter(s => s.path.startsWith(path)).length

const MARKUP = `
<script type="text/plain" data-category="analytics" data-src="/js/slow.js" id="first" class="tag" crossorigin="anonymous" referrerpolicy="no-referrer"></script>
<script type="text/plain" data-category="analytics">(window.log = window.log || []).push('inline')</script>
<script type="text/plain" data-category="analytics" data-src="/js/fast.js"></script>
<script type="text/plain" data-category="analytics" data-type="module" data-src="/js/module.js"></script>
<script type="text/plain" data-category="analytics">(window.log = window.log || []).push('last')</script>
<img data-category="marketing" data-src="/px.gif?id=1" alt="">
<iframe data-category="marketing" data-src="/frame.html"></iframe>`

test('holds scripts, pixels and iframes until granted, then runs each once in document order, waiting for a slow script', async ({ page, server, consoleErrors }) => {
  serveScripts(server)
  await page.goto(server.page('/', html({ config, body: MARKUP })))
  await settled(page, server)
  expect(await log(page)).toEqual([])
  expect(['/js/', '/px.gif', '/frame.html'].map(p => hits(server, p))).toEqual([0, 0, 0])

  await consent(page, 'update', { analytics: true })
  await expect.poll(() => log(page)).toEqual(['slow', 'inline', 'fast', 'module:module', 'last'])
  expect(hits(server, '/px.gif') + hits(server, '/frame.html')).toBe(0)

  await consent(page, 'acceptAll')
  await expect.poll(() => hits(server, '/frame.html')).toBe(1)
  await consent(page, 'update', { analytics: false })
  await consent(page, 'update', { analytics: true })
  await consent(page, 'acceptAll')
  await settled(page, server)
  expect(await log(page)).toEqual(['slow', 'inline', 'fast', 'module:module', 'last'])
  expect(['/js/slow.js', '/js/fast.js', '/js/module.js', '/px.gif', '/frame.html'].map(p => hits(server, p))).toEqual([1, 1, 1, 1, 1])
  const released = await page.evaluate(() => {
    const s = document.getElementById('first') as HTMLScriptElement
    return { type: s.type, src: s.getAttribute('src'), cls: s.className, cors: s.crossOrigin, ref: s.referrerPolicy, pending: document.querySelectorAll('script[type="text/plain"]').length }
  })
  expect(released).toEqual({ type: '', src: '/js/slow.js', cls: 'tag', cors: 'anonymous', ref: 'no-referrer', pending: 0 })
  expect(consoleErrors).toEqual([])
})

test('a returning visitor runs granted scripts once at load, in order, and keeps the denied ones held', async ({ page, server }) => {
  serveScripts(server)
  const url = server.page('/', html({ config, body: MARKUP }))
  await page.goto(url)
  await consent(page, 'update', { analytics: true })
  await expect.poll(() => log(page)).toHaveLength(5)
  await page.reload()
  await expect.poll(() => log(page)).toEqual(['slow', 'inline', 'fast', 'module:module', 'last'])
  await settled(page, server)
  expect(await log(page)).toHaveLength(5)
  expect(hits(server, '/px.gif') + hits(server, '/frame.html')).toBe(0)
  const gated = await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).debug().gated)
  expect(gated).toEqual([
    { tag: 'script', category: 'analytics', src: '/js/slow.js', state: 'released' },
    { tag: 'script', category: 'analytics', src: null, state: 'released' },
    { tag: 'script', category: 'analytics', src: '/js/fast.js', state: 'released' },
    { tag: 'script', category: 'analytics', src: '/js/module.js', state: 'released' },
    { tag: 'script', category: 'analytics', src: null, state: 'released' },
    { tag: 'img', category: 'marketing', src: '/px.gif?id=1', state: 'held' },
    { tag: 'iframe', category: 'marketing', src: '/frame.html', state: 'held' }
  ])
})

test('elements inserted after start are held, queued behind a running slow script, and released once', async ({ page, server }) => {
  serveScripts(server)
  await page.goto(server.page('/', html({ config })))
  const insert = (markup: string) => page.evaluate(m => document.body.insertAdjacentHTML('beforeend', m), markup)
  const add = (src: string) => page.evaluate(s => {
    const el = document.createElement('script')
    el.type = 'text/plain'
    el.dataset.category = 'analytics'
    el.dataset.src = s
    document.body.appendChild(el)
  }, src)
  await insert('<img data-category="marketing" data-src="/px.gif?late=1"><script type="text/plain" data-category="analytics" data-src="/js/slow.js"></script>')
  await settled(page, server)
  expect(hits(server, '/px.gif') + hits(server, '/js/')).toBe(0)

  await consent(page, 'acceptAll')
  await add('/js/after.js')
  await expect.poll(() => log(page)).toEqual(['slow', 'after'])
  expect(hits(server, '/px.gif')).toBe(1)

  await insert('<iframe data-category="marketing" data-src="/frame.html"></iframe>')
  await expect.poll(() => hits(server, '/frame.html')).toBe(1)
  await page.evaluate(() => { const f = document.querySelector('iframe')!; f.remove(); document.body.appendChild(f) })
  await settled(page, server)
  expect([hits(server, '/js/slow.js'), hits(server, '/js/after.js'), hits(server, '/px.gif')]).toEqual([1, 1, 1])
})

test('an element of several categories waits until every one of them is granted', async ({ page, server }) => {
  serveScripts(server)
  await page.goto(server.page('/', html({ config, body: '<script type="text/plain" data-category="analytics marketing" data-src="/js/both.js"></script>' })))
  await consent(page, 'update', { analytics: true })
  await settled(page, server)
  expect(hits(server, '/js/both.js')).toBe(0)
  await consent(page, 'update', { marketing: true })
  await expect.poll(() => log(page)).toEqual(['both'])
})

test('a released script keeps its nonce under a nonce-based Content-Security-Policy', async ({ page, server, consoleErrors }) => {
  serveScripts(server)
  const csp = { 'content-security-policy': "script-src 'self' 'nonce-r4nd0m'" }
  await page.goto(server.page('/', html({
    config,
    body: `<script type="text/plain" data-category="analytics" nonce="r4nd0m">(window.log = window.log || []).push('nonced')</script>
<script type="text/plain" data-category="analytics">(window.log = window.log || []).push('no nonce')</script>`
  }), csp))
  await consent(page, 'acceptAll')
  await expect.poll(() => log(page)).toEqual(['nonced'])
  expect(consoleErrors.some(e => e.includes('Content Security Policy'))).toBe(true)
})

test('on a first visit, releases what the required category gates without waiting for a decision', async ({ page, server }) => {
  serveScripts(server)
  await page.goto(server.page('/', html({ config, body: `<script type="text/plain" data-category="necessary" data-src="/js/needed.js"></script>
<script type="text/plain" data-category="analytics" data-src="/js/optional.js"></script>` })))
  await expect.poll(() => log(page)).toEqual(['needed'])
  await page.getByRole('button', { name: 'Reject all' }).waitFor()
  expect(await log(page)).toEqual(['needed'])
})
