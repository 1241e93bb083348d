import { expect, html, test } from './support/fixtures'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }

test('starts from the JSON config block without any inline script', async ({ page, server, consoleErrors }) => {
  await page.goto(server.page('/', html({ config: { categories } })))
  const state = await page.evaluate(() => {
    const c = (window as any).Consentry
    return { version: typeof c.version, granted: c.init({ categories: {} }).granted('necessary') }
  })
  expect(state).toEqual({ version: 'string', granted: true })
  expect(consoleErrors.filter(e => e.includes('invalid config'))).toEqual([])
})

test('starts from Consentry.init and a second init returns the first manager with a warning', async ({ page, server }) => {
  const warnings: string[] = []
  page.on('console', m => { if (m.type() == 'warning') warnings.push(m.text()) })
  await page.goto(server.page('/', html({})))
  const same = await page.evaluate(cats => {
    const C = (window as any).Consentry
    const a = C.init({ categories: cats })
    const b = C.init({ categories: cats })
    return a === b
  }, categories)
  expect(same).toBe(true)
  expect(warnings.some(w => w.includes('init() was called again'))).toBe(true)
})

test('drives the API: accept, update, change events, cookie, and a decision that survives a reload', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config: { categories } })))
  const log = await page.evaluate(() => {
    const consent = (window as any).Consentry.init({ categories: {} })
    const events: string[] = []
    consent.on('change', (d: any) => events.push(`change:${d && d.method}`))
    window.addEventListener('consentry:change', (e: any) => events.push(`event:${e.detail && e.detail.method}`))
    consent.onGranted('analytics', () => events.push('granted:analytics'))
    consent.acceptAll()
    consent.update({ analytics: false })
    events.push(`analytics:${consent.granted('analytics')}`)
    return events
  })
  expect(log).toEqual(['granted:analytics', 'change:accept-all', 'event:accept-all', 'change:custom', 'event:custom', 'analytics:false'])
  const cookie = (await page.context().cookies()).find(c => c.name == 'consentry')!
  expect(cookie.sameSite).toBe('Lax')
  expect(cookie.secure).toBe(false)
  expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(364 * 864e5)
  await page.reload()
  const after = await page.evaluate(() => {
    const d = (window as any).Consentry.init({ categories: {} }).get()
    return { method: d.method, categories: d.categories }
  })
  expect(after).toEqual({ method: 'custom', categories: { necessary: true, analytics: false, marketing: true } })
})

test('an invalid config names the key, throws nothing and grants nothing', async ({ page, server, consoleErrors }) => {
  await page.goto(server.page('/', html({ config: { categories, colour: 'red' } })))
  server.route('/init-bad.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' })
    .end(`window.result = Consentry.init({ categories: { analytics: { cookies: 'x' } } }).granted('analytics')`))
  await page.goto(server.page('/imperative', html({ body: `<script src="/init-bad.js"></script>` })))
  expect(await page.evaluate(() => (window as any).result)).toBe(false)
  expect(consoleErrors.some(e => e.includes('"colour" is not a known key'))).toBe(true)
  expect(consoleErrors.some(e => e.includes('"categories.analytics.cookies" must be an array'))).toBe(true)
  expect(consoleErrors.filter(e => !e.startsWith('[Consentry]'))).toEqual([])
})

test('a JSON config block that does not parse is reported, and nothing starts', async ({ page, server, consoleErrors }) => {
  await page.goto(server.page('/', html({ config: '{ "categories": { "analytics": {}, } }' })))
  expect(consoleErrors.filter(e => e.startsWith('[Consentry]'))).toEqual([
    expect.stringMatching(/^\[Consentry\] invalid config: the JSON config block is not valid JSON: /)
  ])
  expect(await page.evaluate(() => typeof (window as any).Consentry.init)).toBe('function')
})
