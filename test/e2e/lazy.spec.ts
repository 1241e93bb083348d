import { readFileSync } from 'node:fs'
import { expect, html, test } from './support/fixtures'

// The one script tag and the files it loads beside itself (SPEC 1.1): the UI, one file per language.
const config = { categories: { necessary: { required: true }, analytics: {} } }
const body = '<script type="text/plain" data-category="analytics">window.released = (window.released || 0) + 1</script>'
const ui = (page: import('@playwright/test').Page) => page.locator('#consentry-root')
const loaded = (seen: { path: string }[]) => seen.map(s => s.path).filter(p => p.startsWith('/dist/'))

test('loads the UI file with the query string of the core tag, so ?v= cache busting reaches it', async ({ page, server }) => {
  const page$ = html({ config, body }).replace('/dist/consentry.min.js', '/dist/consentry.min.js?v=42')
  await page.goto(server.page('/', page$))
  await expect(ui(page).getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(loaded(server.seen)).toEqual(['/dist/consentry.min.js?v=42', '/dist/consentry-ui.min.js?v=42'])
})

test('a missing UI file is named with its URL in the console, never as an invalid config, and nothing is released', async ({ page, server, consoleErrors }) => {
  server.route('/dist/consentry-ui.min.js', (_q, res) => void res.writeHead(404).end())
  await page.goto(server.page('/', html({ config, body })))
  await expect.poll(() => consoleErrors.filter(e => e.includes('[Consentry]'))).toEqual([
    `[Consentry] consentry-ui.min.js from ${server.origin}/dist/consentry-ui.min.js could not be loaded: put it beside consentry.min.js, from the same release. Nothing that needs consent is released.`
  ])
  expect(consoleErrors.join('\n')).not.toContain('invalid config')
  expect(await page.evaluate(() => (window as any).released)).toBeUndefined()
  expect(await page.evaluate(() => (window as any).Consentry.init({}).granted('necessary'))).toBe(true)
})

test('a UI file of another release is refused with both versions named', async ({ page, server, consoleErrors }) => {
  const ours = JSON.parse(readFileSync('package.json', 'utf8')).version as string
  const other = readFileSync('dist/consentry-ui.min.js', 'utf8').replaceAll(JSON.stringify(ours), '"9.9.9"')
  server.route('/dist/consentry-ui.min.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(other))
  await page.goto(server.page('/', html({ config, body })))
  await expect.poll(() => consoleErrors.find(e => e.includes('version'))).toBe(
    `[Consentry] consentry-ui.min.js from ${server.origin}/dist/consentry-ui.min.js is version 9.9.9, but consentry.min.js is ${ours}: serve both files of one release. Nothing that needs consent is released.`)
  await expect(ui(page).locator('section')).toHaveCount(0)
})

test('a first visit in English loads no other language; a visit in Chinese loads the Chinese file and no other', async ({ page, server }) => {
  await page.goto(server.page('/en', html({ config })))
  await expect(ui(page).getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(loaded(server.seen)).toEqual(['/dist/consentry.min.js', '/dist/consentry-ui.min.js'])
  server.seen.length = 0
  await page.goto(server.page('/zh', html({ config: { ...config, language: 'zh-CN' } })))
  await expect(ui(page).getByRole('button', { name: '全部接受' })).toBeVisible()
  expect(loaded(server.seen)).toEqual(['/dist/consentry.min.js', '/dist/consentry-ui.min.js', '/dist/consentry-lang-zh-CN.min.js'])
})

test('a missing language file shows English and names the file', async ({ page, server, consoleErrors }) => {
  server.route('/dist/consentry-lang-de.min.js', (_q, res) => void res.writeHead(404).end())
  await page.goto(server.page('/', html({ config: { ...config, language: 'de' } })))
  await expect(ui(page).getByRole('button', { name: 'Accept all' })).toBeVisible()
  expect(consoleErrors.filter(e => e.includes('[Consentry]'))).toEqual([`[Consentry] consentry-lang-de.min.js from ${server.origin}/dist/consentry-lang-de.min.js could not be loaded: put it beside consentry.min.js, from the same release. English is shown instead.`])
})

test('works under Trusted Types with its own policy named consentry: the UI, a language file and gated scripts', async ({ page, server, consoleErrors }) => {
  server.route('/listen.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(
    `window.violations = []; document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective + ' ' + e.blockedURI))`))
  server.route('/tag.js', (_q, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.tagRan = (window.tagRan || 0) + 1'))
  const page$ = html({
    config: { ...config, language: 'de' },
    head: '',
    body: body + '<script type="text/plain" data-category="analytics" data-src="/tag.js"></script>'
  }).replace('<title>test</title>', '<title>test</title><script src="/listen.js"></script>')
  await page.goto(server.page('/', page$, { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types consentry" }))
  await ui(page).getByRole('button', { name: 'Alle akzeptieren' }).click()
  await page.waitForFunction(() => (window as any).released == 1 && (window as any).tagRan == 1)
  expect(await page.evaluate(() => (window as any).violations)).toEqual([])
  expect(consoleErrors).toEqual([])
})

test('withdrawal on every page: once decided, the floating button shows after a reload and on the next page, without the UI file', async ({ page, server }) => {
  await page.goto(server.page('/a', html({ config, body })))
  await ui(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
  for (const path of ['/a', '/b']) {
    server.seen.length = 0
    await page.goto(server.page(path, html({ config, body })))
    await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
    expect(loaded(server.seen)).toEqual(['/dist/consentry.min.js'])
  }
  // One click opens the dialog (the UI loads then), and withdrawing or granting takes as many clicks as deciding did.
  await ui(page).getByRole('button', { name: 'Privacy settings' }).click()
  await ui(page).getByRole('switch', { name: 'Analytics' }).click()
  await ui(page).getByRole('button', { name: 'Save preferences' }).click()
  await page.waitForFunction(() => (window as any).released == 1)
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeFocused()
})

test('no floating button on a page with its own data-consentry="preferences" link, unless floatingButton is true', async ({ page, server }) => {
  const link = '<footer><a href="#" data-consentry="preferences">Cookie settings</a></footer>'
  await page.goto(server.page('/', html({ config, body: link })))
  await ui(page).getByRole('button', { name: 'Reject all' }).click()
  await page.reload()
  await page.waitForFunction(() => (window as any).Consentry.init({}).get())
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(ui(page).getByRole('dialog')).toBeVisible()
  await page.goto(server.page('/always', html({ config: { ...config, ui: { floatingButton: true } }, body: link })))
  await expect(ui(page).getByRole('button', { name: 'Privacy settings' })).toBeVisible()
})
