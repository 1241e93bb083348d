import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuid } from '../../src/write'
import { clearPage, decided, makeCore } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const make = (options: Parameters<typeof makeCore>[1] = {}) => makeCore({ categories, endpoint: 'https://consent.example/api' }, options)
const outbox = () => (JSON.parse(localStorage.getItem('consentry.outbox') || '[]') as { record: { method: string; categories: object; subjectId: string; source: string } }[])
  .map(e => e.record)
const consentCookie = () => document.cookie.split('; ').find(c => c.startsWith('consentry='))

// The endpoint never answers, so every record stays in the outbox to be looked at.
beforeEach(() => vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {}))))
afterEach(() => {
  clearPage()
  vi.unstubAllGlobals()
})

describe('the write side', () => {
  it('stores and records a decision before the page hears of it', async () => {
    const { manager } = make()
    const seen: [string | undefined, number][] = []
    manager.on('change', () => seen.push([consentCookie(), outbox().length]))
    await manager.update({ analytics: true })
    expect(seen).toHaveLength(1)
    expect(seen[0][0]).toMatch(/^consentry=/)
    expect(seen[0][1]).toBe(1)
    expect(outbox()[0]).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, marketing: false }, source: 'api' })
  })

  it('deletes the cookie on reset and records the withdrawal with only the required categories', async () => {
    const { manager } = make()
    await manager.acceptAll()
    await manager.reset()
    expect(consentCookie()).toBeUndefined()
    expect(outbox().map(r => [r.method, r.categories])).toEqual([
      ['accept-all', { necessary: true, analytics: true, marketing: true }],
      ['reset', { necessary: true, analytics: false, marketing: false }]
    ])
  })

  it("keeps the subject of the stored decision, also after a reset, else takes the browser's", async () => {
    const returning = make({ stored: decided({ necessary: true, analytics: false, marketing: false }), subject: 'browser-subject' }).manager
    await returning.reset()
    await returning.acceptAll()
    expect(outbox().map(r => r.subjectId)).toEqual(['stored-subject', 'stored-subject'])
    clearPage()
    await make({ subject: 'browser-subject' }).manager.rejectAll()
    expect(outbox().map(r => r.subjectId)).toEqual(['browser-subject'])
  })

  it('keeps one subject id per browser, made once, when there is none', async () => {
    const { manager } = make({ subject: null })
    await manager.acceptAll()
    const subject = localStorage.getItem('consentry.subject')
    expect(subject).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(manager.get()!.subjectId).toBe(subject)
  })
})

describe('ids', () => {
  it('makes v4 UUIDs without crypto.randomUUID (plain http)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(255) })
    expect(uuid()).toBe('efffffff-efff-4fff-bfff-efffffffffff')
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(0) })
    expect(uuid()).toBe('10000000-1000-4000-8000-100000000000')
  })

  it('makes distinct UUIDs', () => {
    expect(new Set(Array.from({ length: 50 }, uuid)).size).toBe(50)
  })
})
