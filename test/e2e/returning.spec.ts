import { expect, html, test } from './support/fixtures'

// A returning visitor loads the core alone; the lazy part (UI, write side, checker) comes only
// when something needs it: a decision through the API, or records waiting to be sent.
const categories = { necessary: { required: true }, analytics: { cookies: ['_ga'] }, marketing: {} }
const lazyLoads = (seen: { path: string }[]) => seen.filter(s => s.path.startsWith('/dist/consentry-ui.min.js')).length
// A record may arrive twice by design (a beacon while the page hides, then the fetch that sees 2xx),
// so what counts is the records by id.
const records = (seen: { path: string; body: string }[]) => new Set(seen.filter(s => s.path == '/api/consent').map(s => JSON.parse(s.body).id)).size
const body = `<script type="text/plain" data-category="analytics">window.released = (window.released || 0) + 1</script>`

test('a returning visitor runs the core alone, and a decision through the API loads the rest and resolves once stored', async ({ page, server, consoleErrors }) => {
  const url = server.page('/', html({ config: { categories, endpoint: '/api/consent' }, body }))
  server.route('/api/consent', (_q, res) => void res.writeHead(201).end())
  await page.goto(url)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => records(server.seen)).toBe(1)

  server.seen.length = 0
  await page.reload()
  await page.waitForFunction(() => (window as any).released == 1)
  expect(await page.evaluate(() => (window as any).Consentry.init({}).get().method)).toBe('accept-all')
  expect(lazyLoads(server.seen)).toBe(0)

  await page.evaluate(() => { document.cookie = '_ga=1; path=/' })
  // The promise resolves once the decision is stored, recorded and announced.
  const after = await page.evaluate(async () => {
    const consent = (window as any).Consentry.init({})
    await consent.update({ analytics: false })
    return { granted: consent.granted('analytics'), cookies: document.cookie.split('; ').map(c => c.split('=')[0]).sort() }
  })
  expect(after).toEqual({ granted: false, cookies: ['consentry'] })
  expect(lazyLoads(server.seen)).toBe(1)
  await expect.poll(() => records(server.seen)).toBe(1)
  expect(consoleErrors).toEqual([])
})

test('records an earlier page could not send load the rest on the next page, which sends them', async ({ page, server }) => {
  let up = false
  server.route('/api/consent', (_q, res) => void res.writeHead(up ? 201 : 503).end())
  const url = server.page('/', html({ config: { categories, endpoint: '/api/consent' } }))
  await page.goto(url)
  await page.getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => records(server.seen)).toBe(1)

  // The endpoint comes up only once the next page loads its lazy part: the page being left sends
  // the record again as it hides (pagehide), and that send must fail, not stand in for the next page's.
  server.route('/dist/consentry-ui.min.js', () => {
    up = true
    return false
  })
  server.seen.length = 0
  await page.reload()
  await expect.poll(() => records(server.seen)).toBe(1)
  expect(lazyLoads(server.seen)).toBe(1)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry.outbox'))).toBe('[]')
})
