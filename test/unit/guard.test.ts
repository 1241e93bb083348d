import { beforeAll, beforeEach, expect, test } from 'vitest'
import { startGuard } from '../../src/guard'
import type { Core } from '../../src/manager'
import { clearPage, cookieAccessor, makeCore, startInRealms } from '../fixtures/core'

// The guard patches the page's globals once, as it does on a real page, before anything touches
// a storage (happy-dom binds a storage's methods to it on first use, out of reach of a later
// patch). Each test starts from no decision and clean cookies and storages, and makes the
// decision it needs.
// Writes a cookie past the guard, as a server's Set-Cookie would.
const raw = cookieAccessor()
const originals = { fetch: window.fetch, beacon: navigator.sendBeacon, open: XMLHttpRequest.prototype.open, src: Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src') }
let core: Core

beforeAll(async () => {
  core = makeCore({
    categories: {
      necessary: { required: true, cookies: ['session'] },
      analytics: { cookies: ['_ga*', /^_gid$/], storage: ['ana:*', '_ga*'] },
      marketing: { cookies: ['/^_fb[cp]$/', '*'], storage: ['*'] }
    },
    cookie: { name: 'my_consent' }
  }, { subject: null })
  startInRealms(startGuard, core)
})

beforeEach(async () => {
  await core.manager.reset()
  clearPage()
})

/** Tries every write path for `name` and returns the ones that took effect. */
function write(name: string): string[] {
  const took: string[] = []
  document.cookie = `${name}=1; path=/`
  if (document.cookie.split('; ').includes(`${name}=1`)) took.push('cookie')
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    const s = window[storage] as Storage & Record<string, string>
    s.setItem(name, 'setItem')
    if (s.getItem(name) == 'setItem') took.push(`${storage}.setItem`)
    s[name] = 'bracket'
    if (s.getItem(name) == 'bracket') took.push(`${storage}[]`)
    s.removeItem(name)
  }
  return took
}

const ALL = ['cookie', 'localStorage.setItem', 'localStorage[]', 'sessionStorage.setItem', 'sessionStorage[]']

test('refuses every write path of an owned name while its category is not granted', () => {
  expect(write('_ga_X1')).toEqual([])
  expect(write('_gid')).toEqual([])
  expect(write('ana_visits')).toEqual([])
})

test('the first category in config order that matches owns the name, so a later "*" catches only the rest', async () => {
  await core.manager.update({ marketing: true })
  expect(write('_ga_X1')).toEqual([])
  expect(write('other')).toEqual(ALL)
  await core.manager.update({ analytics: true, marketing: false })
  expect(write('_ga_X1')).toEqual(ALL)
  expect(write('other')).toEqual([])
})

test('lets every write path pass once all categories owning the name are granted', async () => {
  await core.manager.acceptAll()
  expect(write('_ga_X1')).toEqual(ALL)
  expect(write('ana:visits')).toEqual(ALL)
})

test('refuses again after withdrawal', async () => {
  await core.manager.acceptAll()
  await core.manager.update({ analytics: false })
  expect(write('_ga_X1')).toEqual([])
  await core.manager.update({ analytics: true })
  expect(write('_ga_X1')).toEqual(ALL)
})

test('property assignment by dot and by bracket on both storages is refused', async () => {
  const ls = localStorage as unknown as Record<string, string>
  const ss = sessionStorage as unknown as Record<string, string>
  await core.manager.update({ marketing: true })
  ls['ana:a'] = '1'
  ss['ana:b'] = '1'
  await core.manager.update({ marketing: false })
  ls.anything = '1'
  ss.anything = '1'
  expect([Object.keys(localStorage), Object.keys(sessionStorage)]).toEqual([[], []])
})

test('names a required category owns pass untouched, even though a later "*" matches them', () => {
  document.cookie = 'session=abc; path=/'
  expect(document.cookie).toBe('session=abc')
})

test('the consent cookie and consentry.* keys pass even though "*" matches them', () => {
  document.cookie = 'my_consent=x; path=/'
  localStorage.setItem('consentry.outbox', '[]')
  ;(sessionStorage as unknown as Record<string, string>)['consentry.tab'] = '1'
  expect([document.cookie, localStorage.getItem('consentry.outbox'), sessionStorage.getItem('consentry.tab')]).toEqual(['my_consent=x', '[]', '1'])
})

test('reads, length, key(), removeItem and instanceof are not altered', async () => {
  await core.manager.acceptAll()
  localStorage.setItem('ana:1', 'one')
  const ls = localStorage
  expect([ls.getItem('ana:1'), (ls as unknown as Record<string, string>)['ana:1'], ls.length, ls.key(0), ls instanceof Storage, ls === localStorage])
    .toEqual(['one', 'one', 1, 'ana:1', true, true])
  ls.removeItem('ana:1')
  expect(ls.length).toBe(0)
})

test('counts refusals per kind, name and category in debug().refused', () => {
  const before = (core.manager.debug().refused as { name: string; count: number }[]).find(r => r.name == '_fbp')?.count ?? 0
  document.cookie = '_fbp=1'
  document.cookie = '_fbp=2; path=/'
  localStorage.setItem('ana:count', '1')
  const refused = core.manager.debug().refused as { kind: string; name: string; category: string; count: number }[]
  expect(refused.find(r => r.name == '_fbp')).toEqual({ kind: 'cookie', name: '_fbp', category: 'marketing', count: before + 2 })
  expect(refused.find(r => r.kind == 'storage' && r.name == 'ana:count')).toEqual({ kind: 'storage', name: 'ana:count', category: 'analytics', count: 1 })
})

test('a deletion always passes, also of an owned cookie the guard would refuse to write', () => {
  for (const deletion of ['_fbp=; max-age=0; path=/', '_fbp=; Max-Age=-1; path=/', '_fbp=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/']) {
    raw.set!.call(document, '_fbp=planted; path=/')
    document.cookie = '_fbp=again; path=/'
    expect(document.cookie).toBe('_fbp=planted')
    document.cookie = deletion
    // The deletion reached the cookie jar (happy-dom keeps an empty cookie for a max-age deletion).
    expect(document.cookie).not.toContain('planted')
  }
})

test('a config that owns no hosts leaves fetch, XMLHttpRequest, sendBeacon and image sources untouched', () => {
  expect([window.fetch, navigator.sendBeacon, XMLHttpRequest.prototype.open, Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')])
    .toEqual([originals.fetch, originals.beacon, originals.open, originals.src])
})
