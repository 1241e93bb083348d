// Red team, realms: each same-origin realm the page can reach (about:blank and srcdoc frames, a
// frame reached by index, a same-origin document, a popup, a native taken from another realm)
// has the cookie, storage and request guards before page code can use it. The control: the same
// probe once the category is granted.
import type { Page } from '@playwright/test'
import { expect, html, settled, test } from './support/fixtures'
import { config, consent, owned, serveTracker, tracker } from './support/redteam'

/** What a probe reports: which of its writes and requests took effect in the other realm. */
type Realm = { name: string; open: string; setup?: (server: import('./support/server').TestServer) => void }
const REALMS: Realm[] = [
  { name: 'an about:blank iframe, through contentWindow', open: `const f = document.createElement('iframe'); document.body.append(f); return f.contentWindow` },
  { name: 'an about:blank iframe, reached by frames[i] right after insertion', open: `document.body.append(document.createElement('iframe')); return frames[frames.length - 1]` },
  { name: 'a srcdoc iframe, once loaded', open: `const f = document.createElement('iframe'); f.srcdoc = '<p>x</p>'; document.body.append(f); await new Promise(r => f.onload = r); return frames[frames.length - 1]` },
  { name: 'an iframe made by innerHTML', open: `document.body.insertAdjacentHTML('beforeend', '<iframe></iframe>'); return frames[frames.length - 1]` },
  { name: 'a same-origin document in an iframe, once loaded', open: `const f = document.createElement('iframe'); f.src = '/plain.html'; document.body.append(f); await new Promise(r => f.onload = r); return frames[frames.length - 1]` },
  { name: 'a frame inside a frame', open: `const f = document.createElement('iframe'); document.body.append(f); const d = f.contentDocument; d.body.append(d.createElement('iframe')); return f.contentWindow.frames[0]` },
  { name: 'a window.open popup', open: `return window.open('', '_blank')` }
]

/** Runs the probes in the realm `open` returns: cookie, both storages, Storage.prototype via .call, fetch, sendBeacon, XHR, Image, WebSocket. */
const probe = (page: Page, open: string, url: string) => page.evaluate(async ([open, url]) => {
  const w = await new Function(`return (async () => { ${open} })()`)() as any
  const took: string[] = []
  const n = Math.random().toString(36).slice(2, 7)
  w.document.cookie = `_ga_${n}=1; path=/`
  if (w.document.cookie.includes(`_ga_${n}=1`)) took.push('cookie')
  w.localStorage.setItem('_ga_' + n, '1')
  if (w.localStorage.getItem('_ga_' + n)) took.push('localStorage')
  w.sessionStorage['_ga_b' + n] = '1'
  if (w.sessionStorage.getItem('_ga_b' + n)) took.push('sessionStorage[]')
  w.Storage.prototype.setItem.call(window.localStorage, '_ga_c' + n, '1')
  if (localStorage.getItem('_ga_c' + n)) took.push('Storage.prototype.setItem.call')
  took.push(await w.fetch(url + 'fetch').then(() => 'fetch:ok', () => 'fetch:refused'))
  took.push('beacon:' + w.navigator.sendBeacon(url + 'beacon', 'x'))
  took.push(await new Promise(resolve => {
    const x = new w.XMLHttpRequest()
    x.onload = () => resolve('xhr:ok')
    x.onerror = () => resolve('xhr:refused')
    x.open('GET', url + 'xhr')
    x.send()
  }))
  const img = new w.Image()
  img.src = url + 'img.gif?' + n
  w.document.body.append(img)
  for (const k of [`_ga_${n}`, `_ga_b${n}`, `_ga_c${n}`]) { localStorage.removeItem(k); sessionStorage.removeItem(k) }
  return took
}, [open, url] as const)

const REFUSED = ['fetch:refused', 'beacon:false', 'xhr:refused']
const ALLOWED = ['cookie', 'localStorage', 'sessionStorage[]', 'Storage.prototype.setItem.call', 'fetch:ok', 'beacon:true', 'xhr:ok']

for (const realm of REALMS) {
  test(`guards ${realm.name} before page code can use it`, async ({ page, server }) => {
    serveTracker(server)
    server.page('/plain.html', '<!doctype html><p>same-origin page without Consentry</p>')
    await page.goto(server.page('/', html({ config })))
    const url = `${tracker(server)}/t/`
    expect(await probe(page, realm.open, url)).toEqual(REFUSED)
    await settled(page, server)
    expect(owned(server)).toEqual([])

    await consent(page, 'update', { analytics: true })
    expect(await probe(page, realm.open, url)).toEqual(ALLOWED)
    // The image made before the grant was held in its realm; it is released once, beside the new one.
    await expect.poll(() => owned(server).map(p => p.split('?')[0]).sort()).toEqual(['/t/beacon', '/t/fetch', '/t/img.gif', '/t/img.gif', '/t/xhr'])
  })
}

test('a same-origin page in a frame runs its own scripts under the guard (the browser reuses the first realm)', async ({ page, server }) => {
  serveTracker(server)
  server.page('/own.html', `<!doctype html><script>
    document.cookie = '_ga_own=1; path=/'
    parent.postMessage(document.cookie.includes('_ga_own') ? 'written' : 'refused', '*')
  </script>`)
  await page.goto(server.page('/', html({ config })))
  const frame = (page: Page) => page.evaluate(() => new Promise(resolve => {
    addEventListener('message', e => resolve(e.data), { once: true })
    const f = document.createElement('iframe')
    f.src = '/own.html'
    document.body.append(f)
  }))
  expect(await frame(page)).toBe('refused')
  await consent(page, 'update', { analytics: true })
  expect(await frame(page)).toBe('written')
})

test('a native taken from another realm is guarded: an iframe\'s document.cookie setter on the page', async ({ page, server }) => {
  await page.goto(server.page('/', html({ config })))
  const write = () => page.evaluate(() => {
    const f = document.createElement('iframe')
    document.body.append(f)
    const set = Object.getOwnPropertyDescriptor((f.contentWindow as any).Document.prototype, 'cookie')!.set!
    set.call(document, '_ga_native=1; path=/')
    return document.cookie.includes('_ga_native')
  })
  expect(await write()).toBe(false)
  await consent(page, 'update', { analytics: true })
  expect(await write()).toBe(true)
})
