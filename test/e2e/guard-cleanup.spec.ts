import { expect, html, test } from './support/fixtures'

// A real parent domain: www.shop.test and shop.test resolve to the local test server.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP *.shop.test 127.0.0.1, MAP shop.test 127.0.0.1']
  }
})

const config = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ga*'], storage: ['_ga*'] },
    marketing: { cookies: ['/^_fb[cp]$/'], storage: ['ads:*'] }
  }
}

/** Every path and domain variant a tag on www.shop.test/shop/cart/item can write a cookie to. */
const variants = (name: string) => [`${name}=1; Path=/`, `${name}=2; Path=/shop`, `${name}=3; Path=/shop/`, `${name}=4; Path=/shop/cart`,
  `${name}=5; Path=/shop/cart/item`, `${name}=6; Domain=www.shop.test; Path=/`, `${name}=7; Domain=shop.test; Path=/shop`,
  `${name}=8; Domain=.shop.test; Path=/shop/cart`]

test('withdrawal deletes owned cookies on every path and domain variant, and owned keys in both storages', async ({ page, server }) => {
  const port = new URL(server.origin).port
  const body = html({ config })
  // The server sets the cookies with the page, so the guard cannot refuse them; after acceptance they stay.
  server.route('/shop/cart/item', (_q, res) => void res.writeHead(200, {
    'content-type': 'text/html', 'set-cookie': [...variants('_ga'), ...variants('_fbp'), 'free=1; Path=/shop']
  }).end(body))
  await page.goto(`http://www.shop.test:${port}/shop/cart/item`)
  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).acceptAll())
  await page.reload()
  await page.evaluate(() => {
    for (const s of [localStorage, sessionStorage]) for (const k of ['_ga_1', 'ads:1', 'free']) s.setItem(k, 'v')
  })
  const cookies = async () => (await page.context().cookies()).map(c => `${c.name} ${c.domain}${c.path}`).sort()
  expect((await cookies()).filter(c => c.startsWith('_ga'))).toHaveLength(8)

  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).update({ analytics: false }))
  expect((await cookies()).filter(c => c.startsWith('_ga'))).toEqual([])
  expect((await cookies()).filter(c => c.startsWith('_fbp'))).toHaveLength(8)
  const keys = () => page.evaluate(() => [localStorage, sessionStorage].map(s => Object.keys(s).filter(k => !k.startsWith('consentry.')).sort()))
  expect(await keys()).toEqual([['ads:1', 'free'], ['ads:1', 'free']])

  await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).reset())
  expect(await cookies()).toEqual(['free www.shop.test/shop'])
  expect(await keys()).toEqual([['free'], ['free']])
})

test('at start, a page with no valid decision deletes what the categories own', async ({ page, server }) => {
  const port = new URL(server.origin).port
  server.route('/shop/cart/item', (_q, res) => void res.writeHead(200, {
    'content-type': 'text/html', 'set-cookie': [...variants('_ga'), 'consentry=%7Bnot-json; Path=/']
  }).end(html({ config })))
  await page.goto(`http://www.shop.test:${port}/shop/cart/item`)
  expect((await page.context().cookies()).map(c => `${c.name}=${c.value}`)).toEqual(['consentry=%7Bnot-json'])
})
