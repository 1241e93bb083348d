import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from '../fixtures/config'
import { createDecisions, uuid } from '../../src/decide'
import { type Core, createManager, type Decision } from '../../src/manager'
import { makeCore } from '../fixtures/core'

const config = validateConfig({ categories: { necessary: { required: true }, analytics: {}, marketing: {} } }).config!
const ui = { showBanner() {}, showPreferences() {}, hide() {}, notice: async () => ({ hash: 'h', language: 'en', text: 't' }) }
const make = (initial: Decision | null = null) => makeCore(config, initial, { loadUi: async () => ui }, 'subject-1')

let log: string[]
const record = (e: Event) => log.push(`event:${(e as CustomEvent).detail?.method ?? null}`)
beforeEach(() => {
  log = []
  window.addEventListener('consentry:change', record)
})
afterEach(() => window.removeEventListener('consentry:change', record))

describe('deciding', () => {
  it('starts with no decision and grants only required categories', () => {
    const { manager } = make()
    expect(manager.get()).toBeNull()
    expect([manager.granted('necessary'), manager.granted('analytics'), manager.granted('nope')]).toEqual([true, false, false])
  })

  it('acceptAll and rejectAll decide for every category, required ones stay granted', () => {
    const { manager } = make()
    manager.acceptAll()
    expect(manager.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true })
    expect(manager.get()!.method).toBe('accept-all')
    manager.rejectAll()
    expect(manager.get()!.categories).toEqual({ necessary: true, analytics: false, marketing: false })
    expect(manager.get()!.method).toBe('reject-all')
  })

  it('update decides for some categories and keeps the rest', () => {
    const { manager } = make()
    manager.update({ analytics: true })
    manager.update({ marketing: true })
    expect(manager.get()).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, marketing: true } })
    manager.update({ necessary: false })
    expect(manager.granted('necessary')).toBe(true)
  })

  it('refuses update() with an unknown category or a non-boolean, naming it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    manager.update({ ads: true })
    manager.update({ analytics: 'yes' as unknown as boolean })
    manager.update(null as unknown as Record<string, boolean>)
    expect(manager.get()).toBeNull()
    expect(error.mock.calls.map(c => c[0])).toEqual([
      '[Consentry] update(): "ads" must be a category, set to true or false',
      '[Consentry] update(): "analytics" must be a category, set to true or false',
      '[Consentry] update() takes an object such as { analytics: true }'
    ])
  })

  it('gives each decision a new id, one subject id, the revision and an ISO timestamp', () => {
    const { manager } = make()
    manager.acceptAll()
    const first = manager.get()!
    manager.rejectAll()
    const second = manager.get()!
    expect(first.id).not.toBe(second.id)
    expect([first.subjectId, second.subjectId]).toEqual(['subject-1', 'subject-1'])
    expect(second.revision).toBe(1)
    expect(new Date(second.timestamp).toISOString()).toBe(second.timestamp)
  })

  it('keeps the subject id of the stored decision', () => {
    const { manager } = make({ id: 'a', subjectId: 'stored', revision: 1, categories: { necessary: true, analytics: false, marketing: false }, method: 'custom', timestamp: new Date().toISOString() })
    manager.acceptAll()
    expect(manager.get()!.subjectId).toBe('stored')
  })
})

describe('listening', () => {
  it('calls on("change") and fires consentry:change after every change, in that order', () => {
    const { manager } = make()
    const off = manager.on('change', d => log.push(`change:${d ? d.method : null}`))
    manager.acceptAll()
    manager.update({ analytics: false })
    off()
    manager.rejectAll()
    expect(log).toEqual(['change:accept-all', 'event:accept-all', 'change:custom', 'event:custom', 'event:reject-all'])
  })

  it('runs onGranted once, when granted, and at once when already granted', () => {
    const { manager } = make()
    manager.onGranted('analytics', () => log.push('analytics'))
    manager.rejectAll()
    manager.update({ analytics: true })
    manager.update({ analytics: false })
    manager.update({ analytics: true })
    manager.onGranted('necessary', () => log.push('necessary'))
    expect(log.filter(l => !l.startsWith('event'))).toEqual(['analytics', 'necessary'])
  })

  it('runs onGranted for a required category once a config checked late turns out valid, with no decision made, and only once', async () => {
    let check!: (decision: null) => void
    const { manager, ready } = makeCore(config, new Promise<null>(resolve => { check = resolve }))
    manager.onGranted('necessary', () => log.push('necessary'))
    const off = manager.onGranted('necessary', () => log.push('unsubscribed'))
    off()
    expect(log).toEqual([])
    check(null)
    await ready
    await Promise.resolve()
    expect(log).toEqual(['necessary'])
    manager.acceptAll()
    expect(log.filter(l => !l.startsWith('event'))).toEqual(['necessary'])
  })

  it('keeps going when a listener throws, and reports it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    manager.on('change', () => { throw new Error('boom') })
    manager.on('change', () => log.push('second'))
    manager.acceptAll()
    expect(log).toContain('second')
    expect(error).toHaveBeenCalledWith('[Consentry] a consent listener threw:', expect.any(Error))
  })

  it('refuses an unknown event name', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    expect(typeof manager.on('granted' as 'change', () => {})).toBe('function')
    expect(error).toHaveBeenCalledWith('[Consentry] on("granted"): only on("change", fn) is supported')
  })

  it('exposes the decision as a nanostores store', () => {
    const { manager } = make()
    const seen: (string | null)[] = []
    manager.store.subscribe(d => seen.push(d && d.method))
    manager.acceptAll()
    expect(seen).toEqual([null, 'accept-all'])
  })

  it('forgets the decision on reset, announces null and shows the banner again', async () => {
    const shown: string[] = []
    const core = makeCore(config, null, { loadUi: async () => ({ ...ui, showBanner: () => shown.push('banner') }) })
    core.manager.acceptAll()
    core.manager.reset()
    await new Promise(r => setTimeout(r))
    expect(core.manager.get()).toBeNull()
    expect(core.manager.granted('analytics')).toBe(false)
    expect(log).toEqual(['event:accept-all', 'event:null'])
    expect(shown).toEqual(['banner'])
  })

  it('waits for a write side that is still loading, then decides in call order, each call resolving once in effect', async () => {
    let load!: () => void
    const loading = new Promise<void>(r => (load = r))
    const core = createManager(config, { initial: null, decisions: () => loading.then(() => (c: Core) => createDecisions(c, () => 's')) })
    const first = core.manager.update({ analytics: true }).then(() => log.push('first resolved'))
    const second = core.manager.rejectAll().then(() => log.push('second resolved'))
    expect(core.manager.get()).toBeNull()
    load()
    await Promise.all([first, second])
    expect(log).toEqual(['event:custom', 'event:reject-all', 'first resolved', 'second resolved'])
    expect(core.manager.get()!.method).toBe('reject-all')
  })

  it('resolves a refused call too, so code awaiting it goes on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = makeCore(config, undefined)
    await expect(manager.acceptAll()).resolves.toBeUndefined()
    expect(manager.get()).toBeNull()
  })

  it('collects the debug snapshots the parts expose', () => {
    const core = make()
    core.expose('outbox', () => [1, 2])
    expect(core.manager.debug()).toEqual({ outbox: [1, 2] })
  })
})

describe('the manager of an invalid config', () => {
  it('grants nothing and never throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const m = makeCore(config, undefined, { loadUi: async () => ui }, 's').manager
    const refused = m.acceptAll()
    expect([m.get(), m.granted('necessary')]).toEqual([null, false])
    expect(typeof m.on('change', () => {})).toBe('function')
    await refused
    expect(error).toHaveBeenCalledWith('[Consentry] not running: the config is invalid (see above).')
  })
})

describe('ids', () => {
  it('makes v4 UUIDs without crypto.randomUUID (plain http)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(255) })
    expect(uuid()).toBe('efffffff-efff-4fff-bfff-efffffffffff')
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(0) })
    expect(uuid()).toBe('10000000-1000-4000-8000-100000000000')
    vi.unstubAllGlobals()
  })

  it('makes distinct UUIDs', () => {
    expect(new Set(Array.from({ length: 50 }, uuid)).size).toBe(50)
  })
})
