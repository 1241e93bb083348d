// Red team, the browser-enforced backstop: what no script can intercept (the preload scanner's
// fetch of the page's own HTML, CSS url(), import()) is refused by the policy consentPolicy builds
// from the consent cookie, and reported. The control: after the grant the SDK reloads the page
// once, and the new policy lets the same requests through.
import { expect, html, settled, test } from './support/fixtures'
import { config, consent, owned, serveTracker, tracker } from './support/redteam'

// Built by `npm run build`, as the site's server imports it (`consentry/server`); typed from the source.
// The test server is plain http, where Chromium takes no Reporting-Endpoints: reports go by report-uri.
const SERVER_BUILD = '../../dist/server.mjs'
const load = () => import(SERVER_BUILD) as Promise<typeof import('../../src/server')>

test('the policy refuses parsed HTML, CSS url() and import() of a denied host, reports each, and a grant reloads once into a policy that allows them', async ({ page, server }) => {
  const { consentPolicy } = await load()
  serveTracker(server)
  const t = tracker(server)
  const reports: string[] = []
  server.route('/csp', (_req, res, body) => {
    reports.push(body)
    res.writeHead(204).end()
  })
  server.route('/own.css', (_req, res) => void res.writeHead(200, { 'content-type': 'text/css' }).end(`body { background: url(${t}/t/css.gif) }`))
  server.route('/import.js', (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript' })
    .end(`import(${JSON.stringify(`${t}/t/module.js`)}).then(() => (window.imported = 'yes'), () => (window.imported = 'no'))`))
  const body = `<img src="${t}/t/html.gif" alt=""><link rel="stylesheet" href="/own.css"><script src="/import.js"></script>`
  let loads = 0
  server.route('/', (req, res) => {
    loads++
    res.writeHead(200, {
      'content-type': 'text/html',
      'content-security-policy': consentPolicy(req.headers.cookie, config, "script-src 'self'; style-src 'self'", '/csp', { reportTo: false })
    }).end(html({ config, body }))
  })
  await page.goto(server.origin + '/')
  await expect.poll(() => page.evaluate(() => (window as any).imported)).toBe('no')
  // The <img> of the page's HTML is held by the gate; the policy refused the preload scanner's fetch of it.
  await expect.poll(() => reports.join('\n')).toContain('css.gif')
  await expect.poll(() => reports.join('\n')).toContain('module.js')
  expect(owned(server)).toEqual([])
  expect(loads).toBe(1)

  const reloaded = page.waitForEvent('load')
  await consent(page, 'update', { analytics: true })
  await reloaded
  await expect.poll(() => page.evaluate(() => (window as any).imported)).toBe('yes')
  await expect.poll(() => owned(server).sort()).toEqual(['/t/css.gif', '/t/html.gif', '/t/module.js'])
  expect(loads).toBe(2)
})

test('an app that cancels consentry:reload keeps its page, and hears which categories the policy blocked', async ({ page, server }) => {
  const { consentPolicy } = await load()
  serveTracker(server)
  server.route('/own.css', (_req, res) => void res.writeHead(200, { 'content-type': 'text/css' }).end(`body { background: url(${tracker(server)}/t/css.gif) }`))
  let loads = 0
  server.route('/', (req, res) => {
    loads++
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': consentPolicy(req.headers.cookie, config, "script-src 'self'; style-src 'self'") })
      .end(html({ config, body: '<link rel="stylesheet" href="/own.css">' }))
  })
  await page.addInitScript(() => addEventListener('consentry:reload', e => {
    (window as any).asked = (e as CustomEvent<string[]>).detail
    e.preventDefault()
  }))
  await page.goto(server.origin + '/')
  await page.evaluate(() => ((window as any).state = 'kept'))
  await consent(page, 'update', { analytics: true })
  await expect.poll(() => page.evaluate(() => (window as any).asked)).toEqual(['analytics'])
  await settled(page, server)
  expect([loads, await page.evaluate(() => (window as any).state)]).toEqual([1, 'kept'])
})

test('a grant of a category the policy never blocked on this page does not reload it', async ({ page, server }) => {
  const { consentPolicy } = await load()
  let loads = 0
  server.route('/', (req, res) => {
    loads++
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': consentPolicy(req.headers.cookie, config, "script-src 'self'; style-src 'self'") })
      .end(html({ config }))
  })
  await page.goto(server.origin + '/')
  await consent(page, 'update', { analytics: true })
  await settled(page, server)
  expect(await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).granted('analytics'))).toBe(true)
  expect(loads).toBe(1)
})

test('the demo takes CSP reports at POST /api/csp-report and lists them for the QA panel', async ({ page, demo }) => {
  const response = await fetch(demo.url)
  expect(response.headers.get('content-security-policy')).toBe("script-src 'self'; style-src 'self'; default-src 'self'; report-uri /api/csp-report")
  expect(response.headers.get('reporting-endpoints')).toBeNull()
  // Behind an https proxy Chromium reports through the Reporting API as well: report-to and its endpoint.
  const secure = await fetch(demo.url, { headers: { 'x-forwarded-proto': 'https' } })
  expect(secure.headers.get('content-security-policy')).toMatch(/; report-uri \/api\/csp-report; report-to consentry$/)
  expect(secure.headers.get('reporting-endpoints')).toBe('consentry="/api/csp-report"')
  const report = (body: unknown, type: string) => demo.post(body, 'api/csp-report', type)
  expect(await report({ 'csp-report': { 'blocked-uri': 'http://ads.localhost/px.gif', 'effective-directive': 'img-src', 'document-uri': demo.url } }, 'application/csp-report')).toBe(204)
  expect(await report([{ type: 'csp-violation', body: { blockedURL: 'http://stats.localhost/collect', effectiveDirective: 'connect-src', documentURL: demo.url } }], 'application/reports+json')).toBe(204)
  const list = await (await fetch(`${demo.url}api/csp-report`)).json()
  expect(list.map((r: { blocked: string; directive: string }) => [r.blocked, r.directive])).toEqual([
    ['http://ads.localhost/px.gif', 'img-src'], ['http://stats.localhost/collect', 'connect-src']
  ])
  // The QA panel shows them as blocked attempts.
  await page.goto(demo.url)
  await page.getByRole('button', { name: 'QA' }).click()
  const blocked = page.getByRole('complementary', { name: 'QA panel' }).locator('section', { hasText: 'Blocked attempts' })
  await expect(blocked).toContainText('http://ads.localhost/px.gif')
  await expect(blocked).toContainText('http://stats.localhost/collect')
})
