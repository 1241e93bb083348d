import type { Page } from '@playwright/test'
import { expect, html, settled, test } from './support/fixtures'
import { type Fault, type Receiver, startReceiver } from './support/receiver'
import type { TestServer } from './support/server'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }

/** Serves `path` with Consentry started by `Consentry.init` from an external script (`window.consent`). */
function shop(server: TestServer, path: string, endpoint: unknown): string {
  server.route('/app.js', (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript' })
    .end(`window.consent = Consentry.init(${JSON.stringify({ categories, endpoint })})`))
  return server.page(path, html({ body: '<script src="/app.js"></script>' }))
}

/** Opens the shop (`path`, then `suffix` such as a query) with a receiver on the other origin. */
async function open(page: Page, server: TestServer, faults: Fault[] = [], path = '/', suffix = ''): Promise<Receiver> {
  const receiver = startReceiver(server, { faults })
  await page.goto(shop(server, path, receiver.url) + suffix)
  return receiver
}

/** Decides through the manager's API and returns the decision. */
const decide = (page: Page, method: 'acceptAll' | 'rejectAll' | 'update' = 'acceptAll', choices?: object) =>
  page.evaluate(([method, choices]) => {
    const consent = (window as any).consent
    consent[method](choices)
    return consent.get()
  }, [method, choices] as const)

const outbox = (page: Page) => page.evaluate(() => (window as any).consent.debug().outbox as { attempts: number }[])
const ids = (r: Receiver) => r.posts.map(p => p.record && p.record.id)

test('POSTs the record cross-origin as JSON after a preflight, each field as SPEC 1.7 says', async ({ page, server, consoleErrors }) => {
  const receiver = await open(page, server, [], '/shop/cart', '?email=someone%40example.com#checkout')
  const decision = await decide(page, 'update', { analytics: true })
  await expect.poll(() => receiver.stored.size).toBe(1)
  const notice = await page.evaluate(() => (window as any).consent.notice())
  const record = receiver.stored.get(decision.id)!
  expect(Object.keys(record).sort()).toEqual(['ageGroup', 'categories', 'gpc', 'id', 'jurisdiction', 'language', 'method', 'model', 'notice',
    'noticeText', 'revision', 'sdkVersion', 'source', 'subjectId', 'timestamp', 'url'])
  expect(record.id).toBe(decision.id)
  expect(record.subjectId).toBe(decision.subjectId)
  expect(record.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(record.revision).toBe(1)
  expect(record.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  expect(record.method).toBe('custom')
  expect(record.gpc).toBe(false)
  expect(record.timestamp).toBe(decision.timestamp)
  expect(record.language).toBe(notice.language)
  expect(record.notice).toBe(notice.hash)
  expect(record.noticeText).toBe(notice.text)
  expect(record.source).toBe('api')
  expect([record.jurisdiction, record.model, record.ageGroup]).toEqual(['unknown', 'opt-in', null])
  expect(record.url).toBe(`${server.origin}/shop/cart`)
  expect(record.sdkVersion).toBe(await page.evaluate(() => (window as any).Consentry.version))
  expect(JSON.stringify(record)).not.toContain(await page.evaluate(() => navigator.userAgent))
  expect(receiver.posts[0].type).toBe('application/json')
  expect(receiver.preflights[0]['access-control-request-method']).toBe('POST')
  expect(receiver.preflights[0]['access-control-request-headers']).toBe('content-type')
  expect(receiver.preflights[0].origin).toBe(server.origin)
  await expect.poll(() => outbox(page)).toEqual([])
  expect(consoleErrors).toEqual([])
})

test('after three 503s the receiver stores the record exactly once by id', async ({ page, server }) => {
  const receiver = await open(page, server, [503, 503, { status: 503, headers: { 'retry-after': '1' } }])
  const decision = await decide(page)
  await expect.poll(() => receiver.stored.size, { timeout: 15_000 }).toBe(1)
  expect(ids(receiver)).toEqual([decision.id, decision.id, decision.id, decision.id])
  expect(receiver.posts.map(p => p.status)).toEqual([503, 503, 503, 201])
  expect([...receiver.stored.keys()]).toEqual([decision.id])
  await expect.poll(() => outbox(page)).toEqual([])
})

test('a record decided right before a navigation arrives, even when the first send is cut off', async ({ page, server }) => {
  const receiver = await open(page, server, ['drop'])
  shop(server, '/next', receiver.url)
  const decision = await page.evaluate(() => {
    const consent = (window as any).consent
    consent.rejectAll()
    location.href = '/next'
    return consent.get()
  })
  await page.waitForURL('**/next')
  await expect.poll(() => receiver.stored.size).toBe(1)
  expect(receiver.posts[0].status).toBe(0)
  expect(receiver.stored.get(decision.id)).toMatchObject({ method: 'reject-all', url: `${server.origin}/` })
})

test('a record decided offline arrives once the browser is back online', async ({ page, server, context }) => {
  const receiver = await open(page, server)
  await page.evaluate(() => (window as any).consent.notice())
  await context.setOffline(true)
  const decision = await decide(page, 'rejectAll')
  await expect.poll(async () => (await outbox(page))[0]?.attempts).toBeGreaterThanOrEqual(1)
  expect(receiver.posts).toEqual([])
  await context.setOffline(false)
  await expect.poll(() => receiver.stored.size, { timeout: 5_000 }).toBe(1)
  expect(receiver.stored.get(decision.id)).toMatchObject({ method: 'reject-all' })
})

test('a 400 drops the record with a warning and no retry storm', async ({ page, server }) => {
  const warnings: string[] = []
  page.on('console', m => { if (m.type() == 'warning') warnings.push(m.text()) })
  const receiver = await open(page, server, [400])
  const decision = await decide(page)
  await expect.poll(() => receiver.posts.length).toBe(1)
  // Back online, the outbox is sent again at once; a dropped record is not in it to send, now or later.
  await page.evaluate(() => dispatchEvent(new Event('online')))
  await settled(page, server)
  expect(receiver.posts.length).toBe(1)
  expect(receiver.stored.size).toBe(0)
  expect(await outbox(page)).toEqual([])
  expect(warnings).toContain(`[Consentry] the endpoint answered 400: record ${decision.id} was dropped.`)
})

test('custom headers go out on the POST, allowed by the preflight', async ({ page, server }) => {
  const receiver = startReceiver(server, { allowHeaders: ['content-type', 'x-consent-key'] })
  await page.goto(shop(server, '/', { url: receiver.url, headers: { 'X-Consent-Key': 'k-123' } }))
  await decide(page)
  await expect.poll(() => receiver.stored.size).toBe(1)
  expect(receiver.preflights[0]['access-control-request-headers']).toBe('content-type,x-consent-key')
  expect(receiver.posts[0].headers['x-consent-key']).toBe('k-123')
})

test('a tab closed while the endpoint fails sends the record by beacon, as text/plain', async ({ page, server }) => {
  const receiver = await open(page, server, [{ status: 503, headers: { 'retry-after': '60' } }])
  const decision = await decide(page)
  // The page has seen the endpoint fail (the record waits for its next try) before the tab closes.
  await expect.poll(() => outbox(page)).toMatchObject([{ attempts: 1 }])
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => receiver.stored.size).toBe(1)
  expect(receiver.posts[1].type).toBe('text/plain;charset=UTF-8')
  expect(receiver.stored.get(decision.id)).toMatchObject({ id: decision.id, method: 'accept-all' })
})

test('started from the JSON block, a relative endpoint gets the record on the same origin, without preflight', async ({ page, server }) => {
  const receiver = startReceiver(server)
  await page.goto(server.page('/', html({ config: { categories, endpoint: '/api/consent' } })))
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await expect.poll(() => receiver.stored.size).toBe(1)
  expect(receiver.preflights).toEqual([])
  expect(receiver.posts[0].headers.origin).toBe(server.origin)
})

test('without an endpoint nothing is recorded or sent', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config: { categories } })))
  const state = await page.evaluate(async () => {
    const consent = (window as any).Consentry.init({ categories: {} })
    await Promise.all([consent.acceptAll(), consent.rejectAll()])
    return { outbox: localStorage.getItem('consentry.outbox'), debug: consent.debug().outbox, granted: consent.granted('analytics') }
  })
  expect(state).toEqual({ outbox: null, debug: undefined, granted: false })
  await settled(page, server)
  expect(server.seen.filter(s => s.method != 'GET')).toEqual([])
})
