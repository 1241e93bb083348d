import { expect, test } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { startGuard } from '../../src/guard'
import { makeCore } from '../fixtures/core'

// A config whose categories own nothing must cost nothing: no browser API is wrapped.
test('a config that owns no cookie, key or host leaves document.cookie, the storages and requests untouched', async () => {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
  const storages = [window.localStorage, window.sessionStorage]
  const setItem = Storage.prototype.setItem
  const fetch = window.fetch
  const core = makeCore(normalizeConfig({ categories: { necessary: { required: true }, analytics: {} } }), null)
  startGuard(core)
  await core.ready
  core.manager.rejectAll()
  expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(cookie)
  expect([window.localStorage, window.sessionStorage]).toEqual(storages)
  expect([Storage.prototype.setItem, window.fetch]).toEqual([setItem, fetch])
  expect(core.manager.debug()).toEqual({ refused: [] })
})
