// @vitest-environment-options {"url": "http://www.shop.test/a/b/c"}
import { afterEach, expect, test } from 'vitest'
import { startGuard } from '../../src/guard'
import { clearPage, cookieAccessor, decided, makeCore, startInRealms } from '../fixtures/core'

// Writes cookies past the guard, as a server's Set-Cookie or a script that ran earlier would have.
const raw = cookieAccessor()
const plant = (...cookies: string[]) => { for (const c of cookies) raw.set!.call(document, c) }
const cookies = () => document.cookie.split('; ').filter(Boolean).sort()

/** One cookie per path and domain variant this page at www.shop.test/a/b/c can reach. */
const everywhere = (name: string) => [`${name}=root; path=/`, `${name}=a; path=/a`, `${name}=a-; path=/a/`, `${name}=ab; path=/a/b`,
  `${name}=abc; path=/a/b/c`, `${name}=host; domain=www.shop.test; path=/a/b/`, `${name}=parent; domain=shop.test; path=/`,
  `${name}=dot; domain=.shop.test; path=/a`]
const categories = {
  necessary: { required: true },
  analytics: { cookies: ['_ga*'], storage: ['ana:*'] },
  marketing: { cookies: ['*'], storage: ['*'] }
}
// The SDK's own keys (consentry.*) are never cleaned; the outbox stands for them here.
const keys = () => [localStorage, sessionStorage].map(s => Object.keys(s).filter(k => !/^consentry\.(?!outbox)/.test(k)).sort())

let stop = () => {}
/** A page with cookies on every path and domain and keys in both storages, then a guard over it. */
function page(options: Parameters<typeof makeCore>[1] = {}) {
  plant(...everywhere('_ga'), ...everywhere('_fbp'), 'consent=kept; path=/', 'free=1; path=/a')
  for (const s of [localStorage, sessionStorage]) {
    for (const key of ['ana:1', 'ads:1', 'consentry.outbox', 'free']) s.setItem(key, 'v')
  }
  const core = makeCore({ categories, cookie: { name: 'consent' } }, { subject: null, ...options })
  stop = startInRealms(startGuard, core)
  return core
}

afterEach(() => {
  stop()
  for (const c of document.cookie.split('; ')) if (c) raw.set!.call(document, `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`)
  clearPage()
})

test('deletes nothing while the config is still being checked', () => {
  page({ stored: decided({ necessary: true, analytics: true, marketing: false }), valid: new Promise(() => {}) })
  expect(cookies()).toHaveLength(18)
  expect(keys()).toEqual([['ads:1', 'ana:1', 'consentry.outbox', 'free'], ['ads:1', 'ana:1', 'consentry.outbox', 'free']])
})

test('at start, deletes what denied categories own on every path and domain, and keeps the granted ones', async () => {
  let check!: (valid: boolean) => void
  const core = page({ stored: decided({ necessary: true, analytics: true, marketing: false }), valid: new Promise(r => { check = r }) })
  check(true)
  await core.ready
  expect(cookies()).toEqual(['_ga=a', '_ga=a-', '_ga=ab', '_ga=abc', '_ga=dot', '_ga=host', '_ga=parent', '_ga=root', 'consent=kept'])
  expect(keys()).toEqual([['ana:1', 'consentry.outbox'], ['ana:1', 'consentry.outbox']])
})

test('on withdrawal, deletes the withdrawn category\'s cookies on every path and domain, and its keys in both storages', async () => {
  const core = page({ stored: decided({ necessary: true, analytics: true, marketing: false }) })
  await core.ready
  await core.manager.update({ analytics: false })
  // Only the consent cookie is left, now holding the decision: a '*' pattern never reaches it.
  expect(cookies().map(c => c.split('=')[0])).toEqual(['consent'])
  expect(keys()).toEqual([['consentry.outbox'], ['consentry.outbox']])
})

test('on reset, deletes what every non-required category owns', async () => {
  const { manager } = page()
  await manager.acceptAll()
  document.cookie = '_ga=again; path=/a'
  localStorage.setItem('ana:2', 'v')
  sessionStorage.setItem('ads:2', 'v')
  expect(cookies()).toContain('_ga=again')
  await manager.reset()
  expect(cookies().filter(c => !c.startsWith('consent='))).toEqual([])
  expect(keys()).toEqual([['consentry.outbox'], ['consentry.outbox']])
})
