import type { Page } from '@playwright/test'
import type { TestServer } from './support/server'
import { expect, html, settled, test } from './support/fixtures'

const config = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ga*'], storage: ['_ga*'], hosts: ['localhost'] },
    marketing: { cookies: ['/^_fb[cp]$/'], storage: ['/^_fb[cp]$/'] }
  }
}
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A tracking sink on the other origin that answers CORS requests and pixels. */
function serveSink(server: TestServer): void {
  server.route('/collect/*', (req, res) => {
    const gif = req.url!.includes('.gif')
    res.writeHead(200, { 'content-type': gif ? 'image/gif' : 'text/plain', 'access-control-allow-origin': '*' }).end(gif ? GIF : 'ok')
  })
}

/** Calls a manager method on the page, e.g. `consent(page, 'update', { analytics: true })`. */
const consent = (page: Page, method: string, arg?: unknown) =>
  page.evaluate(([m, a]) => (window as any).Consentry.init({ categories: {} })[m as string](a), [method, arg])

/** Tries every write path for each name and returns those that took effect. */
const write = (page: Page, names: string[]) => page.evaluate(names => names.flatMap(name => {
  const took: string[] = []
  document.cookie = `${name}=1; path=/`
  if (document.cookie.split('; ').includes(`${name}=1`)) took.push(`${name} cookie`)
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    const s = window[storage] as Storage & Record<string, string>
    s.setItem(name, 'setItem')
    if (s.getItem(name) == 'setItem') took.push(`${name} ${storage}.setItem`)
    s.removeItem(name)
    s[name] = 'bracket'
    if (s.getItem(name) == 'bracket') took.push(`${name} ${storage}[]`)
    s.removeItem(name)
    s.removeItem(name)
    if (name == '_ga_X') {
      ;(s as any)._ga_dot = 'dot'
      if (s.getItem('_ga_dot') == 'dot') took.push(`_ga_X ${storage}.dot`)
      s.removeItem('_ga_dot')
    }
  }
  return took
}), names)

test('refuses owned cookie and storage writes on every path until granted, and again after withdrawal', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  const names = ['_ga_X', '_fbp', 'free']
  const all = (name: string) => [`${name} cookie`, ...['localStorage', 'sessionStorage'].flatMap(s =>
    [`${name} ${s}.setItem`, `${name} ${s}[]`, ...name == '_ga_X' ? [`_ga_X ${s}.dot`] : []])]
  expect(await write(page, names)).toEqual(all('free'))

  await consent(page, 'update', { analytics: true })
  expect(await write(page, names)).toEqual([...all('_ga_X'), ...all('free')])

  await consent(page, 'update', { analytics: false, marketing: true })
  expect(await write(page, names)).toEqual([...all('_fbp'), ...all('free')])

  const refused = await page.evaluate(() => (window as any).Consentry.init({ categories: {} }).debug().refused)
  expect(refused).toEqual(expect.arrayContaining([
    { kind: 'cookie', name: '_ga_X', category: 'analytics', count: 2 },
    { kind: 'storage', name: '_ga_X', category: 'analytics', count: 8 },
    { kind: 'storage', name: '_ga_dot', category: 'analytics', count: 4 },
    { kind: 'cookie', name: '_fbp', category: 'marketing', count: 2 }
  ]))
  expect((await page.context().cookies()).map(c => c.name).sort()).toEqual(['_fbp', 'consentry', 'free'])
})

/** Calls fetch, fetch with a Request, sendBeacon, XMLHttpRequest and a script-made image for `url`. */
const request = (page: Page, url: string) => page.evaluate(async url => {
  const out = [
    await fetch(url + '/f').then(r => `fetch:${r.status}`, e => `fetch:${e.name}`),
    await fetch(new Request(url + '/r', { method: 'POST', body: 'x' })).then(r => `fetch(Request):${r.status}`, e => `fetch(Request):${e.name}`),
    `beacon:${navigator.sendBeacon(url + '/b', 'x')}`
  ]
  out.push(await new Promise<string>(resolve => {
    const x = new XMLHttpRequest()
    const events: string[] = []
    x.onreadystatechange = () => { if (x.readyState == 4) events.push(`done(${x.status})`) }
    x.onload = () => events.push('load')
    x.onerror = () => events.push('error')
    x.onloadend = () => resolve(`xhr:${events.join(',')}`)
    x.open('POST', url + '/x')
    x.send('body')
  }))
  // A script-made image is held (SPEC 1.6 allows either): it neither loads nor fails until granted.
  out.push(await new Promise<string>(resolve => {
    const img = new Image()
    img.onload = () => resolve('img:load')
    img.onerror = () => resolve('img:error')
    img.src = url + '/p.gif'
    void fetch('/settled').then(() => setTimeout(() => resolve('img:held'), 100))
  }))
  return out
}, url)

test('requests to an owned host fail as offline and never leave the browser until granted', async ({ page, server, consoleErrors }) => {
  serveSink(server)
  await page.goto(server.page('/', html({ config })))
  const sink = `${server.otherOrigin}/collect`
  expect(await request(page, sink)).toEqual(['fetch:TypeError', 'fetch(Request):TypeError', 'beacon:false', 'xhr:done(0),error', 'img:held'])
  expect(await request(page, `${server.origin}/collect`)).toEqual(['fetch:200', 'fetch(Request):200', 'beacon:true', 'xhr:done(200),load', 'img:load'])
  await settled(page, server)
  expect(server.seen.filter(s => s.headers.host!.startsWith('localhost'))).toEqual([])

  await consent(page, 'update', { analytics: true })
  expect(await request(page, sink)).toEqual(['fetch:200', 'fetch(Request):200', 'beacon:true', 'xhr:done(200),load', 'img:load'])
  // The image held before the grant and the one made after it share one URL, which the browser fetches once.
  await expect.poll(() => server.seen.filter(s => s.headers.host!.startsWith('localhost')).map(s => s.path).sort())
    .toEqual(['/collect/b', '/collect/f', '/collect/p.gif', '/collect/r', '/collect/x'])

  await consent(page, 'update', { analytics: false })
  expect(await request(page, sink)).toEqual(['fetch:TypeError', 'fetch(Request):TypeError', 'beacon:false', 'xhr:done(0),error', 'img:held'])
  expect(consoleErrors).toEqual([])
})

test('a config that owns no hosts leaves the request APIs untouched', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config: { categories: { analytics: { cookies: ['_ga*'] } } } })))
  const native = await page.evaluate(() => [window.fetch, navigator.sendBeacon, XMLHttpRequest.prototype.open, XMLHttpRequest.prototype.send,
    Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!].map(f => Function.prototype.toString.call(f).includes('[native code]')))
  expect(native).toEqual([true, true, true, true, true])
})
