import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Decision } from '../../src/manager'
import { clearPage, decided, makeCore, settle } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const make = (stored: Decision | null = null) => makeCore({ categories }, { stored, subject: 'subject-1' })

let log: string[]
const record = (e: Event) => log.push(`event:${(e as CustomEvent).detail?.method ?? null}`)
beforeEach(() => {
  log = []
  window.addEventListener('consentry:change', record)
})
afterEach(() => {
  vi.unstubAllGlobals()
  window.removeEventListener('consentry:change', record)
  clearPage()
})

describe('deciding', () => {
  it('starts with no decision and grants only required categories', () => {
    const { manager } = make()
    expect(manager.get()).toBeNull()
    expect([manager.granted('necessary'), manager.granted('analytics'), manager.granted('nope')]).toEqual([true, false, false])
    expect(manager.grants.get()).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('acceptAll and rejectAll decide for every category, required ones stay granted', async () => {
    const { manager } = make()
    await manager.acceptAll()
    expect(manager.get()).toMatchObject({ method: 'accept-all', categories: { necessary: true, analytics: true, marketing: true } })
    await manager.rejectAll()
    expect(manager.get()).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytics: false, marketing: false } })
  })

  it('update decides for some categories and keeps the rest; a required category cannot be denied', async () => {
    const { manager } = make()
    await manager.update({ analytics: true })
    await manager.update({ marketing: true })
    expect(manager.get()).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, marketing: true } })
    await manager.update({ necessary: false })
    expect([manager.granted('necessary'), manager.get()!.categories.necessary]).toEqual([true, true])
  })

  it('refuses update() with an unknown category or a non-boolean, naming it, and decides nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    await manager.update({ ads: true })
    await manager.update({ analytics: 'yes' as unknown as boolean })
    await manager.update(null as unknown as Record<string, boolean>)
    expect(manager.get()).toBeNull()
    expect(error.mock.calls.map(c => c[0])).toEqual([
      '[Consentry] update(): "ads" must be a category, set to true or false',
      '[Consentry] update(): "analytics" must be a category, set to true or false',
      '[Consentry] update() takes an object such as { analytics: true }'
    ])
  })

  it('gives each decision a new id, one subject id, the revision and an ISO timestamp', async () => {
    const { manager } = make()
    await manager.acceptAll()
    const first = manager.get()!
    await manager.rejectAll()
    const second = manager.get()!
    expect(first.id).not.toBe(second.id)
    expect([first.subjectId, second.subjectId]).toEqual(['subject-1', 'subject-1'])
    expect(second.revision).toBe(1)
    expect(new Date(second.timestamp).toISOString()).toBe(second.timestamp)
  })

  it('keeps the subject id of the stored decision', async () => {
    const { manager } = make(decided({ necessary: true, analytics: false, marketing: false }))
    await manager.acceptAll()
    expect(manager.get()!.subjectId).toBe('stored-subject')
  })

  it('decides in call order, each call resolving once its decision is in effect', async () => {
    const { manager } = make()
    const first = manager.update({ analytics: true }).then(() => log.push(`first resolved:${manager.granted('analytics')}`))
    const second = manager.rejectAll().then(() => log.push('second resolved'))
    expect(manager.get()).toBeNull()
    await Promise.all([first, second])
    expect(log).toEqual(['event:custom', 'event:reject-all', 'first resolved:false', 'second resolved'])
  })

  it('decides at once, in the caller\'s task, once the write side is there', async () => {
    const { manager } = make()
    await manager.acceptAll()
    void manager.rejectAll()
    expect(manager.get()!.method).toBe('reject-all')
  })
})

describe('listening', () => {
  it('moves the grants first, then calls on("change"), then fires consentry:change', async () => {
    const { manager } = make()
    manager.grants.listen(g => log.push(`grants:${g.analytics}`))
    const off = manager.on('change', d => log.push(`change:${d ? d.method : null}:${manager.granted('analytics')}`))
    await manager.acceptAll()
    await manager.update({ analytics: false })
    off()
    await manager.rejectAll()
    expect(log).toEqual(['grants:true', 'change:accept-all:true', 'event:accept-all', 'grants:false', 'change:custom:false', 'event:custom', 'grants:false', 'event:reject-all'])
  })

  it('runs onGranted once, when granted, and at once when already granted', async () => {
    const { manager } = make()
    manager.onGranted('analytics', () => log.push('analytics'))
    await manager.rejectAll()
    await manager.update({ analytics: true })
    await manager.update({ analytics: false })
    await manager.update({ analytics: true })
    manager.onGranted('necessary', () => log.push('necessary'))
    expect(log.filter(l => !l.startsWith('event'))).toEqual(['analytics', 'necessary'])
  })

  it('reports on("ui") at once and on every change of what is shown', async () => {
    const { manager } = make()
    const shown: unknown[] = []
    manager.on('ui', layer => shown.push(layer))
    manager.showBanner()
    manager.showBanner()
    manager.showPreferences()
    manager.hide()
    await settle()
    expect(shown).toEqual([null, 'banner', 'preferences', null])
  })

  it('keeps going when a listener throws, and reports it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    manager.on('change', () => { throw new Error('boom') })
    manager.on('change', () => log.push('second'))
    await manager.acceptAll()
    expect(log).toContain('second')
    expect(error).toHaveBeenCalledWith('[Consentry] a consent listener threw:', expect.any(Error))
  })

  it('refuses an unknown event name, or a listener that is not a function', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { manager } = make()
    expect(typeof manager.on('granted' as 'change', () => {})).toBe('function')
    expect(typeof manager.on('change', 'fn' as never)).toBe('function')
    expect(error.mock.calls.map(c => c[0])).toEqual([
      '[Consentry] on("granted", fn): the events are "change" and "ui", and fn must be a function',
      '[Consentry] on("change", fn): the events are "change" and "ui", and fn must be a function'
    ])
  })

  it('exposes the decision as a nanostores store', async () => {
    const { manager } = make()
    const seen: (string | null)[] = []
    manager.store.subscribe(d => seen.push(d && d.method))
    await manager.acceptAll()
    expect(seen).toEqual([null, 'accept-all'])
  })

  it('forgets the decision on reset, announces null and shows the banner again', async () => {
    const { manager, view } = make()
    await manager.acceptAll()
    await manager.reset()
    expect([manager.get(), manager.granted('analytics'), view.get().layer]).toEqual([null, false, 'banner'])
    expect(log).toEqual(['event:accept-all', 'event:null'])
  })

  it('collects the debug snapshots the parts expose', () => {
    const core = make()
    core.expose('outbox', () => [1, 2])
    expect(core.manager.debug()).toEqual({ outbox: [1, 2] })
  })
})

describe('while the config is being checked', () => {
  const later = () => {
    let settle!: (valid: boolean) => void
    return { valid: new Promise<boolean>(r => (settle = r)), settle: (v: boolean) => settle(v) }
  }

  it('grants required categories from the first moment, nothing else, then the stored decision once it passed', async () => {
    const check = later()
    const { manager, ready } = makeCore({ categories }, { stored: decided({ necessary: true, analytics: true, marketing: false }), valid: check.valid })
    manager.on('change', d => log.push(`change:${d!.method}`))
    expect([manager.get(), manager.granted('necessary'), manager.granted('analytics')]).toEqual([null, true, false])
    check.settle(true)
    await ready
    expect([manager.granted('analytics'), log]).toEqual([true, ['change:custom', 'event:custom']])
  })

  it('waits with calls until it passed, then makes them in order', async () => {
    const check = later()
    const { manager } = makeCore({ categories }, { valid: check.valid })
    const done = manager.update({ analytics: true })
    await settle()
    expect(manager.get()).toBeNull()
    check.settle(true)
    await done
    expect(manager.get()!.categories.analytics).toBe(true)
  })

  it('runs onGranted for a required category at once, without waiting for the check', () => {
    const { manager } = makeCore({ categories }, { valid: later().valid })
    manager.onGranted('necessary', () => log.push('necessary'))
    expect(log).toEqual(['necessary'])
  })

  it('refuses every call of a config found invalid, resolving them all, and grants nothing optional', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const check = later()
    const { manager, ready } = makeCore({ categories }, { stored: decided({ necessary: true, analytics: true, marketing: true }), valid: check.valid })
    const refused = manager.acceptAll()
    manager.showBanner()
    check.settle(false)
    expect(await ready).toBe(false)
    await refused
    expect([manager.get(), manager.granted('analytics'), manager.granted('necessary')]).toEqual([null, false, true])
    expect(await manager.notice()).toEqual({ hash: null, language: '', text: '' })
    expect(error.mock.calls.map(c => c[0])).toEqual(Array(3).fill('[Consentry] not running: see the error above.'))
  })
})

describe("a site's own UI", () => {
  const outbox = () => (JSON.parse(localStorage.getItem('consentry.outbox') || '[]') as { record: { method: string; source: string } }[])
    .map(e => `${e.record.method}:${e.record.source}`)

  it('records each decision with the source it names, "api" by default, and refuses one that is no source', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {})))
    const { manager } = makeCore({ categories, endpoint: 'https://consent.example/api/consent' })
    await manager.acceptAll({ source: 'banner' })
    await manager.update({ analytics: false }, { source: 'preferences' })
    await manager.rejectAll()
    await manager.acceptAll({ source: 'footer' as 'banner' })
    expect(outbox()).toEqual(['accept-all:banner', 'custom:preferences', 'reject-all:api'])
    expect(manager.get()!.method).toBe('reject-all')
    expect(error.mock.calls.map(c => c[0])).toEqual(['[Consentry] { source: "footer" }: the sources are banner, preferences, floating, api'])
  })

  it('gets from notice() both layers: rendered in order, their strings are the text the hash proves', async () => {
    const { manager } = makeCore({ categories, privacyPolicyUrl: '/privacy', translations: { en: { categories: { analytics: { title: 'Statistics', description: 'Counts visits.' } } } } })
    const n = await manager.notice()
    // What a custom banner and dialog render, top to bottom (see docs/spa.md).
    const rendered = [n.banner!, n.preferences!].flatMap(l => [
      l.title, ...l.body, ...(l.link ?? []), ...l.rows.flatMap(r => [r.title, ...r.badges, r.description, ...r.details.flat()]), ...l.buttons.map(b => b[1]), l.close
    ]).filter(Boolean)
    expect(rendered).toEqual(n.text.split('\n'))
    expect(n.banner!.buttons.map(b => b[0])).toEqual(['accept', 'reject', 'manage'])
    expect(n.preferences!.rows.map(r => [r.name, r.title, r.required])).toEqual([['necessary', 'Necessary', true], ['analytics', 'Statistics', false], ['marketing', 'Marketing', false]])
    expect([n.dir, n.language, n.banner!.link]).toEqual(['ltr', 'en', ['Privacy policy', '/privacy']])
  })
})

describe('destroy', () => {
  it('leaves an inert manager: calls decide and show nothing, silently, and the stores keep their last value', async () => {
    const said = vi.spyOn(console, 'warn')
    const { manager, view } = make()
    await manager.acceptAll()
    const last = manager.get()
    const heard: unknown[] = []
    manager.on('change', d => heard.push(d))
    manager.destroy()
    manager.destroy()
    await manager.rejectAll()
    await manager.reset()
    manager.showPreferences()
    expect(await manager.notice()).toEqual({ hash: null, language: '', text: '' })
    await settle()
    expect([manager.get(), manager.granted('analytics'), view.get().layer, heard, said.mock.calls]).toEqual([last, true, null, [], []])
  })

})
