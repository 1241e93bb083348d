import { expect, test } from 'vitest'
import { startGuard } from '../../src/guard'
import { cookieAccessor, makeCore, startInRealms } from '../fixtures/core'

// A config whose categories own nothing must cost nothing: no browser API is wrapped. Compared by
// identity, since a wrapping Proxy or a new accessor would still deep-equal the originals.
test('a config that owns no cookie, key or host leaves document.cookie, the storages and requests untouched', async () => {
  const cookie = cookieAccessor()
  const [local, session] = [window.localStorage, window.sessionStorage]
  const { setItem } = Storage.prototype
  const { fetch } = window
  const core = makeCore({ categories: { necessary: { required: true }, analytics: {} } })
  startInRealms(startGuard, core)
  await core.manager.rejectAll()
  expect(cookieAccessor().set).toBe(cookie.set)
  expect(window.localStorage).toBe(local)
  expect(window.sessionStorage).toBe(session)
  expect(Storage.prototype.setItem).toBe(setItem)
  expect(window.fetch).toBe(fetch)
  expect(core.manager.debug()).toEqual({ refused: [] })
})
