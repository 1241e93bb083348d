// `npm run bench`: Consentry against vanilla-cookieconsent v3 in headless Chromium, side by side.
// Both load the same content page with the same four categories in English; runs alternate,
// with and without 4x CPU throttling, on a first and on a returning visit. Script time and the
// rest come from a load with no harness script in the page; the time to banner from a second load
// that watches every frame (see `run`). Prints medians.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const RUNS = Number(process.env.BENCH_RUNS || 11)
const ROOT = new URL('..', import.meta.url)
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium'
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}; install it or set CHROME_PATH.`)

const file = path => readFileSync(new URL(path, ROOT))
const CATEGORIES = ['necessary', 'analytics', 'marketing', 'preferences']
const CONTENT = `<header><h1>Teahouse</h1><nav><a href="/">Home</a> <a href="/tea">Teas</a></nav></header>
<main>${'<article><h2>Spring Longjing</h2><p>Pan-fired green tea from Hangzhou, chestnut-sweet and bright. 50 g tin.</p><p>€14.90</p></article>'.repeat(12)}</main>
<script type="text/plain" data-category="analytics" data-src="/released.js"></script>`

/** The two pages under test: the same content, each library configured the same way. */
const LIBS = {
  consentry: {
    head: `<script type="application/json" id="consentry-config">${JSON.stringify({
      categories: Object.fromEntries(CATEGORIES.map(c => [c, c == 'necessary' ? { required: true } : {}])), language: 'en'
    })}</script><script src="/consentry.min.js"></script>`,
    visible: `(() => { const r = document.getElementById('consentry-root'); const b = r && r.shadowRoot &&
      [...r.shadowRoot.querySelectorAll('button')].find(b => b.textContent == 'Accept all'); return b || null })()`,
    accept: () => window.Consentry.init({}).acceptAll()
  },
  'vanilla-cookieconsent': {
    head: `<link rel="stylesheet" href="/cc/cookieconsent.css"><script src="/cc/cookieconsent.umd.js"></script><script defer src="/cc-init.js"></script>`,
    visible: `document.querySelector('#cc-main .cm')`,
    accept: () => window.CookieConsent.acceptCategory('all')
  }
}
const CC_INIT = `CookieConsent.run({ hideFromBots: false, categories: { necessary: { enabled: true, readOnly: true },
  analytics: {}, marketing: {}, preferences: {} }, language: { default: 'en', translations: { en: {
  consentModal: { title: 'We use cookies', description: 'We use cookies to run the shop and, with your consent, to measure and market.',
    acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
  preferencesModal: { title: 'Privacy preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
    savePreferencesBtn: 'Save preferences', sections: ${JSON.stringify(CATEGORIES.map(c => ({ title: c, description: `About ${c}.`, linkedCategory: c })))} } } } } })`

const STATIC = {
  '/consentry.min.js': () => file('dist/consentry.min.js'),
  '/consentry-ui.min.js': () => file('dist/consentry-ui.min.js'),
  '/cc/cookieconsent.umd.js': () => file('node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'),
  '/cc/cookieconsent.css': () => file('node_modules/vanilla-cookieconsent/dist/cookieconsent.css'),
  '/cc-init.js': () => Buffer.from(CC_INIT),
  '/released.js': () => Buffer.from('window.__released = performance.now()')
}

function startServer() {
  const bytes = new Map()
  const server = createServer((req, res) => {
    const [path, query] = (req.url || '/').split('?')
    const lib = new URLSearchParams(query).get('lib')
    const body = path == '/blank' ? Buffer.from('<!doctype html><title>blank</title>') : path == '/' ? Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Teahouse</title>${LIBS[lib].head}</head><body>${CONTENT}</body></html>`) : STATIC[path]?.()
    if (!body) return res.writeHead(404).end()
    const gz = gzipSync(body, { level: 9 })
    if (!['/', '/blank', '/released.js'].includes(path)) bytes.set('total', (bytes.get('total') || 0) + gz.length)
    const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'text/html'
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(gz)
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, bytes, origin: `http://127.0.0.1:${server.address().port}` })))
}

/**
 * The timing load's only script: from the first frame on, checks once per frame whether the banner
 * is on screen (has size, is not transparent) and keeps the time of the first frame where it is.
 */
const WATCH = visible => `(() => { const check = () => { const el = ${visible}; const r = el && el.getBoundingClientRect();
  let o = 1; for (let e = el; e; e = e.parentElement || e.getRootNode().host) o *= +getComputedStyle(e).opacity;
  if (r && r.width > 0 && r.height > 0 && o > 0.01) window.__ready = performance.now(); else requestAnimationFrame(check) };
  requestAnimationFrame(check) })()`

/** Long tasks and layout shifts since navigation, read from the browser's buffers once measuring is over. */
const SEEN = () => new Promise(resolve => {
  const seen = { long: 0, shift: 0 }
  new PerformanceObserver(l => { seen.long += l.getEntries().length }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) seen.shift += e.value })).observe({ type: 'layout-shift', buffered: true })
  setTimeout(() => resolve(seen), 50)
})

/**
 * Opens a fresh context (storing a decision first, for a returning visit) on an empty page of the
 * same origin, so the measured load keeps its renderer and CDP's metrics see all of it; throttled if asked.
 */
async function open(browser, url, lib, throttle, returning) {
  const context = await browser.newContext()
  if (returning) {
    const warm = await context.newPage()
    await warm.goto(url)
    await warm.waitForFunction(lib.visible)
    await warm.evaluate(lib.accept)
    await warm.close()
  }
  const page = await context.newPage()
  await page.goto(new URL('/blank', url).href)
  const cdp = await context.newCDPSession(page)
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page, cdp }
}

/** A page value read over CDP: Playwright's own evaluate would first inject its helper script into the page. */
const read = async (cdp, expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value

/**
 * One measurement of one library. The quiet load runs no harness script until it is read: it gives
 * transfer, script time and heap (CDP metrics), then long tasks and layout shift (from buffers), a
 * fixed time after the load event, when both libraries are long done. On a returning visit the
 * released script keeps its own time there too. A first visit needs a second, timing load in a
 * fresh context, whose per-frame watcher gives the time to banner.
 */
async function run(browser, origin, bytes, name, throttle, returning) {
  const lib = LIBS[name]
  const url = `${origin}/?lib=${name}`
  const quiet = await open(browser, url, lib, throttle, returning)
  const metrics = async () => Object.fromEntries((await quiet.cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]))
  await quiet.cdp.send('Performance.enable')
  const before = await metrics()
  bytes.set('total', 0)
  await quiet.page.goto(url, { waitUntil: 'load' })
  await quiet.page.waitForTimeout(throttle ? 1000 : 500)
  const after = await metrics()
  // SPEC 5 compares the heap after garbage collection: what each library keeps, not what it left to collect.
  await quiet.cdp.send('HeapProfiler.collectGarbage')
  const heap = (await metrics()).JSHeapUsedSize / 1024
  const result = { bytes: bytes.get('total'), script: (after.ScriptDuration - before.ScriptDuration) * 1000, heap }
  const seen = await quiet.page.evaluate(SEEN)
  Object.assign(result, { longTasks: seen.long, shift: seen.shift, ready: await read(quiet.cdp, 'window.__released') })
  await quiet.context.close()
  if (!returning) {
    const timing = await open(browser, url, lib, throttle, false)
    await timing.page.addInitScript(WATCH(lib.visible))
    await timing.page.goto(url, { waitUntil: 'load' })
    for (let i = 0; i < 100 && !result.ready; i++) {
      await timing.page.waitForTimeout(50)
      result.ready = await read(timing.cdp, 'window.__ready')
    }
    await timing.context.close()
  }
  if (!result.ready) throw new Error(`${name}: ${returning ? 'the released script never ran' : 'the banner never showed'}`)
  return result
}

const median = xs => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const COLUMNS = [['bytes', 'transfer (gzip B)', 0], ['ready', 'time to banner / released script (ms)', 1], ['script', 'main-thread script (ms)', 1],
  ['longTasks', 'long tasks', 0], ['shift', 'layout shift', 3], ['heap', 'JS heap after GC (KB)', 0]]

const { server, bytes, origin } = await startServer()
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
console.log(`Consentry vs vanilla-cookieconsent v3, ${RUNS} alternating runs each, medians (lower is better)\n`)
try {
  for (const returning of [false, true]) {
    for (const throttle of [false, true]) {
      const results = { consentry: [], 'vanilla-cookieconsent': [] }
      for (let i = 0; i < RUNS; i++) for (const name of Object.keys(LIBS)) results[name].push(await run(browser, origin, bytes, name, throttle, returning))
      console.log(`### ${returning ? 'Returning visit (decision stored): time to the released analytics script' : 'First visit: time to banner visible'}, ${throttle ? '4x CPU throttling' : 'no throttling'}\n`)
      console.log(`| metric | Consentry | vanilla-cookieconsent | ratio |\n| --- | ---: | ---: | ---: |`)
      for (const [key, label, digits] of COLUMNS) {
        const [a, b] = Object.values(results).map(rs => median(rs.map(r => r[key])))
        console.log(`| ${label} | ${a.toFixed(digits)} | ${b.toFixed(digits)} | ${b ? (a / b).toFixed(2) : '–'} |`)
      }
      console.log('')
    }
  }
} finally {
  await browser.close()
  server.close()
}
