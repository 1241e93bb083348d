// @vitest-environment-options {"url": "http://www.shop.test/a/b/c"}
import { beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { startGuard } from '../../src/guard'
import type { Core, Decision } from '../../src/manager'
import { makeCore } from '../fixtures/core'

// Writes cookies past the guard, as a server's Set-Cookie or a script that ran earlier would have.
let proto: object = document
while (!Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto)
const raw = Object.getOwnPropertyDescriptor(proto, 'cookie')!
const plant = (...cookies: string[]) => { for (const c of cookies) raw.set!.call(document, c) }
const cookies = () => document.cookie.split('; ').filter(Boolean).sort()

/** One cookie per path and domain variant this page at www.shop.test/a/b/c can reach. */
const everywhere = (name: string) => [`${name}=root; path=/`, `${name}=a; path=/a`, `${name}=a-; path=/a/`, `${name}=ab; path=/a/b`,
  `${name}=abc; path=/a/b/c`, `${name}=host; domain=www.shop.test; path=/a/b/`, `${name}=parent; domain=shop.test; path=/`,
  `${name}=dot; domain=.shop.test; path=/a`]
const stored: Decision = {
  id: 'd1', subjectId: 's1', revision: 1, categories: { necessary: true, analytics: true, marketing: false },
  method: 'custom', timestamp: new Date().toISOString()
}
let core: Core
let check: (decision: Decision) => void

beforeAll(() => {
  plant(...everywhere('_ga'), ...everywhere('_fbp'), 'consent=kept; path=/', 'free=1; path=/a')
  for (const s of [localStorage, sessionStorage]) {
    for (const key of ['ana:1', 'ads:1', 'consentry.outbox', 'free']) s.setItem(key, 'v')
  }
  core = makeCore(normalizeConfig({
    categories: {
      necessary: { required: true },
      analytics: { cookies: ['_ga*'], storage: ['ana:*'] },
      marketing: { cookies: ['*'], storage: ['*'] }
    },
    cookie: { name: 'consent' }
  }), new Promise(resolve => { check = resolve }))
  startGuard(core)
})

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {}) // reset() warns that no UI is loaded
})

const keys = () => [Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()]

test('deletes nothing while the stored decision is still being checked', () => {
  expect(cookies()).toHaveLength(18)
  expect(keys()).toEqual([['ads:1', 'ana:1', 'consentry.outbox', 'free'], ['ads:1', 'ana:1', 'consentry.outbox', 'free']])
})

test('at start, deletes what denied categories own on every path and domain, and keeps the granted ones', async () => {
  check(stored)
  await core.ready
  expect(cookies()).toEqual(['_ga=a', '_ga=a-', '_ga=ab', '_ga=abc', '_ga=dot', '_ga=host', '_ga=parent', '_ga=root', 'consent=kept'])
  expect(keys()).toEqual([['ana:1', 'consentry.outbox'], ['ana:1', 'consentry.outbox']])
})

test('on withdrawal, deletes the withdrawn category\'s cookies on every path and domain, and its keys in both storages', () => {
  core.manager.update({ analytics: false })
  // Only the consent cookie is left, now holding the decision: a '*' pattern never reaches it.
  expect(cookies().map(c => c.split('=')[0])).toEqual(['consent'])
  expect(keys()).toEqual([['consentry.outbox'], ['consentry.outbox']])
})

test('on reset, deletes what every non-required category owns', () => {
  core.manager.acceptAll()
  document.cookie = '_ga=again; path=/a'
  localStorage.setItem('ana:2', 'v')
  sessionStorage.setItem('ads:2', 'v')
  expect(cookies()).toContain('_ga=again')
  core.manager.reset()
  expect(cookies().filter(c => !c.startsWith('consent='))).toEqual([])
  expect(keys()).toEqual([['consentry.outbox'], ['consentry.outbox']])
})
