import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { startGuard } from '../../src/guard'
import type { Core } from '../../src/manager'
import { decided, makeCore, startInRealms } from '../fixtures/core'

// The network is replaced by a log, installed before the guard wraps the APIs as a page's would be.
// Each test has a guard of its own, stopped after it (a stopped guard lets everything pass). The
// grants are committed directly, as the write side would, so no consent record joins the log.
const sent: string[] = []
let core: Core
let stop = () => {}
const grant = (categories: Record<string, boolean>) => core.commit(decided({ necessary: true, analytics: false, marketing: false, ...categories }))

beforeAll(() => {
  window.fetch = (async (input: RequestInfo | URL) => {
    sent.push(`fetch ${input instanceof Request ? input.url : String(input)}`)
    return new Response('ok')
  }) as typeof fetch
  // On the prototype, where a browser has it: the guard wraps the prototype, so `.call` on it is held too.
  Navigator.prototype.sendBeacon = (url: string | URL) => !!sent.push(`beacon ${String(url)}`)
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest) {
    sent.push('xhr')
  }
})

beforeEach(() => {
  core = makeCore({
    categories: {
      necessary: { required: true },
      analytics: { hosts: ['stats.example', '*.cdn.example'] },
      marketing: { hosts: ['px.example'] }
    },
    endpoint: 'https://stats.example/api/consent'
  })
  stop = startInRealms(startGuard, core)
  sent.length = 0
})
afterEach(() => stop())

/** Calls each request API for `url` and returns how each call failed or passed. */
async function request(url: string): Promise<string[]> {
  const fetched = await window.fetch(url).then(() => 'fetch:ok', (e: unknown) => `fetch:${(e as Error).name}`)
  const fetchedRequest = await window.fetch(new Request(url)).then(() => 'fetch(Request):ok', (e: unknown) => `fetch(Request):${(e as Error).name}`)
  const beacon = `beacon:${navigator.sendBeacon(url, 'x')}`
  const xhr = await new Promise<string>(resolve => {
    const x = new XMLHttpRequest()
    const events: string[] = []
    x.onreadystatechange = () => events.push(`readystatechange(${x.readyState})`)
    x.onerror = () => events.push(`error(${x.status})`)
    x.addEventListener('loadend', () => resolve(`xhr:${events.join(',')},loadend`))
    x.open('POST', url)
    x.send('body')
    setTimeout(() => resolve('xhr:sent'), 50)
  })
  // Images (and every element that loads) are held by the gate: test/unit/gate-hosts.test.ts.
  return [fetched, fetchedRequest, beacon, xhr]
}

const BLOCKED = ['fetch:TypeError', 'fetch(Request):TypeError', 'beacon:false', 'xhr:readystatechange(4),error(0),loadend']
const PASSED = ['fetch:ok', 'fetch(Request):ok', 'beacon:true', 'xhr:sent']

test('fails every request API to an owned host, on any port, the way it fails offline, and sends nothing', async () => {
  expect(await request('https://stats.example/collect?x=1')).toEqual(BLOCKED)
  expect(await request('http://a.b.cdn.example:8443/lib.js')).toEqual(BLOCKED)
  expect(await request('//px.example/p.gif')).toEqual(BLOCKED)
  expect(sent).toEqual([])
})

test('judges a URL as the browser resolves it: against the base URL, with a trailing dot, another case and a port', async () => {
  const base = document.createElement('base')
  base.href = 'https://px.example/'
  document.head.append(base)
  try {
    // happy-dom's Request resolves against the location, not the base URL, so it is left out here (Chromium: test/e2e).
    expect((await request('/relative-to-the-base')).filter(r => !r.startsWith('fetch(Request)'))).toEqual(BLOCKED.filter(r => !r.startsWith('fetch(Request)')))
  } finally {
    base.remove()
  }
  sent.length = 0 // the Request happy-dom resolved against the location
  expect(await request('https://PX.Example./p.gif')).toEqual(BLOCKED)
  expect(await request('https://px.example:8080/p.gif')).toEqual(BLOCKED)
  expect(sent).toEqual([])
})

test('passes requests to hosts no category owns, and to the consent endpoint', async () => {
  expect(await request('https://shop.example/api')).toEqual(PASSED)
  expect(await request('https://cdn.example/lib.js')).toEqual(PASSED)
  expect(await request('/relative')).toEqual(PASSED)
  expect(sent.filter(s => s.startsWith('beacon'))).toEqual(['beacon https://shop.example/api', 'beacon https://cdn.example/lib.js', 'beacon /relative'])
  sent.length = 0
  await window.fetch('https://stats.example/api/consent', { method: 'POST' })
  expect(navigator.sendBeacon('https://stats.example/api/consent?attempt=2', '{}')).toBe(true)
  expect(sent).toEqual(['fetch https://stats.example/api/consent', 'beacon https://stats.example/api/consent?attempt=2'])
})

test('passes requests once the owning category is granted, and blocks them again after withdrawal', async () => {
  grant({ analytics: true })
  expect(await request('https://stats.example/collect')).toEqual(PASSED)
  expect(await request('https://px.example/p.gif')).toEqual(BLOCKED)
  grant({ analytics: false })
  expect(await request('https://stats.example/collect')).toEqual(BLOCKED)
})

test('an XMLHttpRequest reopened to an allowed host after a refusal is sent normally', async () => {
  const x = new XMLHttpRequest()
  x.open('GET', 'https://px.example/1')
  x.send()
  x.open('GET', 'https://shop.example/2')
  expect(x.readyState).toBe(1)
  x.send()
  expect(sent).toEqual(['xhr'])
})

test('counts refused requests by host and category', async () => {
  const refusals = () => (core.manager.debug().refused as { kind: string; name: string; category: string; count: number }[])
    .filter(r => r.kind == 'request' && r.name == 'px.example')
  await request('https://px.example/p.gif')
  expect(refusals()).toEqual([{ kind: 'request', name: 'px.example', category: 'marketing', count: 4 }])
})
