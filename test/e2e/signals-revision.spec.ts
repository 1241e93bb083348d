import { expect, html, settled, test } from './support/fixtures'

const categories = { necessary: { required: true }, analytics: {} }
const js = { 'content-type': 'text/javascript' }

test('bumping revision voids the stored decision: no decision, and the gated tag stays held', async ({ page, server }) => {
  server.route('/tag.js', (_q, res) => void res.writeHead(200, js).end('window.tagRan = true'))
  const body = '<script type="text/plain" data-category="analytics" data-src="/tag.js"></script>'
  await page.goto(server.page('/v1', html({ config: { categories, revision: 1 }, body })))
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await page.waitForFunction(() => (window as any).tagRan === true)

  await page.goto(server.page('/v2', html({ config: { categories, revision: 2 }, body })))
  expect(await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).get())).toBeNull()
  await settled(page, server)
  expect(await page.evaluate(() => (window as any).tagRan)).toBeUndefined()
})
