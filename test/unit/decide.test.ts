import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from '../fixtures/config'
import { makeCore } from '../fixtures/core'
import type { Decision } from '../../src/manager'

const config = validateConfig({
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  endpoint: 'https://consent.example/api'
}).config!
const ui = { showBanner() {}, showPreferences() {}, hide() {}, notice: () => new Promise<never>(() => {}) }
const outbox = () => (JSON.parse(localStorage.getItem('consentry.outbox') || '[]') as { record: { method: string; categories: object; subjectId: string } }[])
  .map(e => e.record)
const consentCookie = () => document.cookie.split('; ').find(c => c.startsWith('consentry='))

beforeEach(() => vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {}))))
afterEach(() => {
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('the write side', () => {
  it('stores and records a decision before the page hears of it', () => {
    const { manager } = makeCore(config, null, { loadUi: async () => ui })
    const seen: [string | undefined, number][] = []
    manager.on('change', () => seen.push([consentCookie(), outbox().length]))
    manager.update({ analytics: true })
    expect(seen).toHaveLength(1)
    expect(seen[0][0]).toMatch(/^consentry=/)
    expect(seen[0][1]).toBe(1)
    expect(outbox()[0]).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, marketing: false } })
  })

  it('deletes the cookie on reset and records the withdrawal with only the required categories', () => {
    const { manager } = makeCore(config, null, { loadUi: async () => ui })
    manager.acceptAll()
    manager.reset()
    expect(consentCookie()).toBeUndefined()
    expect(outbox().map(r => [r.method, r.categories])).toEqual([
      ['accept-all', { necessary: true, analytics: true, marketing: true }],
      ['reset', { necessary: true, analytics: false, marketing: false }]
    ])
  })

  it('keeps the subject of the stored decision, also after a reset, else asks for the browser\'s', () => {
    const stored: Decision = {
      id: 'a', subjectId: 'stored-subject', revision: 1, categories: { necessary: true, analytics: false, marketing: false },
      method: 'custom', timestamp: new Date().toISOString()
    }
    const returning = makeCore(config, stored, { loadUi: async () => ui }, 'browser-subject').manager
    returning.reset()
    returning.acceptAll()
    expect(outbox().map(r => r.subjectId)).toEqual(['stored-subject', 'stored-subject'])
    localStorage.clear()
    makeCore(config, null, { loadUi: async () => ui }, 'browser-subject').manager.rejectAll()
    expect(outbox().map(r => r.subjectId)).toEqual(['browser-subject'])
  })
})
