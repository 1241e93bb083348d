import { afterEach, describe, expect, it, vi } from 'vitest'
import { HOST_ID } from '../../src/floating'
import { LANGUAGE_FILES } from '../../src/i18n/files'
import type { LazyPart } from '../../src/lazy'
import type { ConsentryConfig } from '../../src/config'
import type { Manager } from '../../src/manager'
import type { Entry } from '../../src/start'
import { clearPage, settle, until } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: { cookies: ['_ga'] } }

/** Every manager a test started, destroyed after it, so none of its listeners reaches the next test. */
const started: Manager[] = []

/** A fresh copy of `start`, since one page runs one manager. */
async function freshStart() {
  vi.resetModules()
  const { start } = await import('../../src/start')
  return <K extends string>(config: ConsentryConfig<K>, e: Entry) => {
    const manager = start(config, e)
    started.push(manager as unknown as Manager)
    return manager
  }
}

/** An entry like the npm build's, counting how often the lazy part is asked for. */
function entry(load: () => Promise<LazyPart> = () => import('../../src/lazy/part'), json?: string) {
  const e: Entry & { loads: number } = {
    loads: 0,
    json,
    loadLazy: () => (e.loads++, load()),
    loadLanguage: tag => LANGUAGE_FILES[tag]().then(m => m.default)
  }
  return e
}
const banner = () => document.getElementById(HOST_ID)?.shadowRoot?.querySelector('section:not([hidden])') ?? null

afterEach(() => {
  for (const manager of started.splice(0)) manager.destroy()
  vi.unstubAllGlobals()
  document.getElementById(HOST_ID)?.remove()
  clearPage()
})

describe('start', () => {
  it('shows the banner on a first visit, once the config passed, and not once a decision is stored', async () => {
    let start = await freshStart()
    const manager = start({ categories }, entry())
    await until(banner, 'the banner')
    await manager.acceptAll()
    document.getElementById(HOST_ID)!.remove()
    start = await freshStart()
    const again = entry()
    start({ categories }, again)
    await settle()
    expect([banner(), again.loads]).toEqual([null, 0])
  })

  it('returns the first manager on a second call and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const start = await freshStart()
    const first = start({ categories }, entry())
    expect(start({ categories: { other: {} } }, entry())).toBe(first)
    expect(warn).toHaveBeenCalledWith('[Consentry] init() was called again: this config is ignored, the first manager returned.')
    // Its banner shows once the check passed; waited for, so it cannot appear in the next test's page.
    await until(banner, 'the banner')
  })

  it('logs each config error, refuses every call, and still guards what the config names', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const manager = start({ categories, colour: 'red' } as never, entry())
    await manager.acceptAll()
    expect([manager.get(), manager.granted('analytics'), manager.granted('necessary')]).toEqual([null, false, true])
    expect(error.mock.calls.map(c => c[0])).toEqual(['[Consentry] invalid config: "colour" is not a known key', '[Consentry] not running: see the error above.'])
    document.cookie = '_ga=1; path=/'
    expect(document.cookie).not.toContain('_ga')
    expect(banner()).toBeNull()
  })

  it('says which file failed to load and where, never "invalid config", and releases nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const manager = start({ categories }, entry(() => Promise.reject(new Error('consentry-ui.min.js from https://cdn.example/consentry-ui.min.js could not be loaded: put it beside consentry.min.js, from the same release.'))))
    await settle()
    expect(error.mock.calls.map(c => c[0])).toEqual(['[Consentry] consentry-ui.min.js from https://cdn.example/consentry-ui.min.js could not be loaded: put it beside consentry.min.js, from the same release. Nothing that needs consent is released.'])
    expect(manager.granted('analytics')).toBe(false)
  })

  it('loads the lazy part once, however often it is needed', async () => {
    const start = await freshStart()
    const e = entry()
    const manager = start({ categories }, e)
    manager.showPreferences()
    await manager.update({ analytics: true })
    manager.hide()
    await manager.notice()
    expect(e.loads).toBe(1)
  })

  it('trusts a config whose fingerprint the stored decision carries, and checks any other', async () => {
    let start = await freshStart()
    await start({ categories }, entry()).acceptAll()
    start = await freshStart()
    const same = entry()
    const again = start({ categories }, same)
    expect([same.loads, again.granted('analytics')]).toEqual([0, true])
    start = await freshStart()
    const other = entry()
    const changed = start({ categories, revision: 1 }, other)
    expect([other.loads, changed.granted('analytics')]).toEqual([1, false])
    await until(() => changed.granted('analytics'), 'the check')
  })

  it('opens the preferences from any data-consentry="preferences" element, added at any time', async () => {
    const start = await freshStart()
    const manager = start({ categories }, entry())
    const shown: unknown[] = []
    manager.on('ui', layer => shown.push(layer))
    await until(banner, 'the banner')
    document.body.insertAdjacentHTML('beforeend', '<footer><a href="#settings" data-consentry="preferences"><span>Cookie settings</span></a></footer>')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('span')!.dispatchEvent(click)
    expect(shown).toEqual([null, 'banner', 'preferences'])
    expect(click.defaultPrevented).toBe(true)
  })

  it('keeps the other parts running when one cannot start', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    vi.spyOn(window, 'MutationObserver').mockImplementation(() => { throw new Error('no observers here') })
    const manager = start({ categories }, entry())
    expect(error).toHaveBeenCalledWith('[Consentry] a part could not start:', expect.any(Error))
    document.cookie = '_ga=1; path=/'
    expect(document.cookie).not.toContain('_ga')
    await manager.acceptAll()
    expect(manager.granted('analytics')).toBe(true)
  })
})

describe('headless (ui: false)', () => {
  it('renders nothing, reports what to show through on("ui"), and decides and proves its notice through the manager', async () => {
    const start = await freshStart()
    const manager = start({ categories, ui: false }, entry())
    const shown: unknown[] = []
    manager.on('ui', layer => shown.push(layer))
    await until(() => shown.includes('banner'), 'the banner to be asked for')
    expect((await manager.notice()).banner!.title).toBe('We value your privacy')
    await manager.acceptAll({ source: 'banner' })
    manager.showPreferences()
    await settle()
    expect(shown).toEqual([null, 'banner', null, 'preferences'])
    expect([manager.granted('analytics'), document.getElementById(HOST_ID)]).toEqual([true, null])
  })
})

describe('destroy', () => {
  it('removes the UI and floating button, stops the preference links, and lets the next init start afresh with its config', async () => {
    const warn = vi.spyOn(console, 'warn')
    const start = await freshStart()
    const first = start({ categories }, entry())
    await until(banner, 'the banner')
    await first.acceptAll()
    await until(() => document.getElementById(HOST_ID)?.shadowRoot?.querySelector('.floating:not([hidden])'), 'the floating button')
    first.destroy()
    expect(document.getElementById(HOST_ID)).toBeNull()
    document.body.insertAdjacentHTML('beforeend', '<a href="#settings" data-consentry="preferences">Cookie settings</a>')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('a')!.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(false)

    // Hot reload: the same module, a new config.
    const second = start({ categories: { ...categories, marketing: {} }, ui: { floatingButton: false } }, entry())
    expect(second).not.toBe(first)
    // A changed config is checked first, then the stored decision counts under it.
    await until(() => second.granted('analytics'), 'the check')
    expect(second.grants.get()).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(warn).not.toHaveBeenCalled()
    expect(start({ categories }, entry())).toBe(second)
  })

  it('stops the guard: an owned cookie passes once destroyed, and the next manager guards again', async () => {
    const start = await freshStart()
    start({ categories }, entry()).destroy()
    document.cookie = '_ga=1; path=/'
    expect(document.cookie).toContain('_ga=1')
    start({ categories }, entry())
    await settle()
    expect(document.cookie).not.toContain('_ga')
  })
})

describe('tabs', () => {
  const endpoint = 'https://consent.example/api/consent'
  const records = () => (JSON.parse(localStorage.getItem('consentry.outbox') || '[]') as unknown[]).length

  /** Two tabs of one site: two managers over one cookie jar and one localStorage, as a browser has. */
  async function twoTabs() {
    vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {})))
    const one = (await freshStart())({ categories, endpoint }, entry())
    const two = (await freshStart())({ categories, endpoint }, entry())
    await until(banner, 'the banner')
    return { one, two }
  }
  it("takes another tab's decision from the consent cookie at once, without a record of its own", async () => {
    const { one, two } = await twoTabs()
    const heard: string[] = []
    two.on('change', d => heard.push(`change:${d?.method}`))
    await one.update({ analytics: true })
    await until(() => two.get(), "the other tab's decision")
    expect([two.get()!.id, two.granted('analytics'), heard, records()]).toEqual([one.get()!.id, true, ['change:custom'], 1])
    await one.reset()
    await until(() => !two.get(), 'the reset')
    expect([two.granted('analytics'), records()]).toEqual([false, 2])
  })

  it('ignores a message that the cookie does not back, so a message alone grants nothing', async () => {
    const { one, two } = await twoTabs()
    const seen: (string | undefined)[] = []
    two.on('change', d => seen.push(d?.id))
    const forged = new BroadcastChannel('consentry')
    forged.postMessage({ id: 'forged', method: 'accept-all', categories: { necessary: true, analytics: true, marketing: true } })
    forged.close()
    await settle()
    expect([two.get(), two.granted('analytics')]).toEqual([null, false])
    // A real decision after it: once the other tab has that one, the forged message was heard and changed nothing.
    await one.update({ analytics: false })
    await until(() => two.get(), "the other tab's decision")
    expect([seen, two.granted('analytics')]).toEqual([[one.get()!.id], false])
  })

  it('waits for the cookie a message announces, since the cookie can arrive after the message', async () => {
    const { one, two } = await twoTabs()
    await one.acceptAll()
    await until(() => two.get(), "the other tab's decision")
    const [written, id] = [document.cookie.match(/consentry=[^;]+/)![0], one.get()!.id]
    await one.reset()
    await until(() => !two.get(), 'the reset')
    // The announcement of that decision first, its cookie 300 ms later, as another process may deliver them.
    const late = new BroadcastChannel('consentry')
    late.postMessage({ id })
    late.close()
    await new Promise(r => setTimeout(r, 300))
    expect(two.get()).toBe(null)
    document.cookie = `${written}; path=/`
    await until(() => two.get(), 'the decision, once its cookie is there')
    expect([two.get()!.id, two.granted('analytics')]).toEqual([id, true])
  })

  it('falls back to the storage event where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const { one, two } = await twoTabs()
    await one.acceptAll()
    expect(localStorage.getItem('consentry.tab')).toMatch(new RegExp(`^${one.get()!.id}:\\d+$`))
    // The browser fires this in the other tabs only; one window stands for both here.
    dispatchEvent(new StorageEvent('storage', { key: 'consentry.tab', newValue: localStorage.getItem('consentry.tab') }))
    await until(() => two.get(), "the other tab's decision")
    expect(two.get()!.id).toBe(one.get()!.id)
  })
})
