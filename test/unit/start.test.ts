import { beforeEach, describe, expect, it, vi } from 'vitest'
import { checkConfig } from '../../src/config'
import { createDecisions } from '../../src/decide'
import type { Lazy } from '../../src/loader'
import type { Ui } from '../../src/manager'

const categories = { necessary: { required: true }, analytics: {} }
const check = checkConfig
/** The write side at once, as the npm build has it. */
const decisions = () => createDecisions

/** A fresh copy of `start`, since one page runs one manager. */
async function freshStart() {
  vi.resetModules()
  return (await import('../../src/start')).start
}

/** A lazy part whose UI only logs what it is asked to do. */
const lazyUi = (log: string[]) => async () => ({ createUi: () => fakeUi(log) }) as unknown as Lazy

const fakeUi = (log: string[]): Ui => ({
  showBanner: () => log.push('banner'),
  showPreferences: () => log.push('preferences'),
  hide: () => log.push('hide'),
  notice: async () => ({ hash: 'h', language: 'en', text: 't' })
})

beforeEach(() => {
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  document.body.innerHTML = ''
})

describe('start', () => {
  it('shows the banner on a first visit and not once a decision is stored', async () => {
    const log: string[] = []
    let start = await freshStart()
    const manager = start({ categories }, { check, lazy: lazyUi(log), decisions })
    await new Promise(r => setTimeout(r))
    expect(log).toEqual(['banner'])
    manager.acceptAll()
    start = await freshStart()
    start({ categories }, { check, lazy: lazyUi(log), decisions })
    await new Promise(r => setTimeout(r))
    expect(log).toEqual(['banner'])
  })

  it('returns the first manager on a second call and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const start = await freshStart()
    const first = start({ categories }, { check, lazy: lazyUi([]), decisions })
    expect(start({ categories: { other: {} } }, { check, lazy: lazyUi([]), decisions })).toBe(first)
    expect(warn).toHaveBeenCalledWith('[Consentry] init() was called again: this config is ignored, the first manager returned.')
  })

  it('logs each config error and returns a manager that grants nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const manager = start({ categories, colour: 'red' } as never, { check, lazy: lazyUi([]), decisions })
    expect(manager.granted('necessary')).toBe(false)
    expect(error).toHaveBeenCalledWith('[Consentry] invalid config: "colour" is not a known key')
    expect(start({ categories }, { check, lazy: lazyUi([]), decisions })).not.toBe(manager)
  })

  it('loads the UI once, however often it is needed', async () => {
    const log: string[] = []
    const loader = vi.fn(lazyUi(log))
    const start = await freshStart()
    const manager = start({ categories }, { check, lazy: loader, decisions })
    manager.showPreferences()
    manager.hide()
    await new Promise(r => setTimeout(r))
    expect(loader).toHaveBeenCalledTimes(1)
    expect(log).toEqual(['banner', 'preferences', 'hide'])
  })

  it('with a write side loaded on demand (script tag), has it ready once the UI shows, so a click decides at once', async () => {
    const log: string[] = []
    const start = await freshStart()
    const manager = start({ categories }, { check, lazy: lazyUi(log), decisions: () => Promise.resolve(createDecisions) })
    await new Promise(r => setTimeout(r))
    expect(log).toEqual(['banner'])
    void manager.update({ analytics: true })
    expect(manager.get()?.categories).toEqual({ necessary: true, analytics: true })
  })

  it('opens the preferences from any data-consentry="preferences" element, added at any time', async () => {
    const log: string[] = []
    const start = await freshStart()
    start({ categories }, { check, lazy: lazyUi(log), decisions })
    document.body.innerHTML = '<footer><a href="#settings" data-consentry="preferences"><span>Cookie settings</span></a></footer>'
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('span')!.dispatchEvent(click)
    await new Promise(r => setTimeout(r))
    expect(log).toContain('preferences')
    expect(click.defaultPrevented).toBe(true)
  })
})

describe('start with a checker that loads later (the script tag)', () => {
  const later = (errors: string[]) => {
    let resolve!: () => void
    const done = new Promise<void>(r => (resolve = r))
    return { check: () => done.then(() => errors), resolve }
  }

  it('grants nothing until the config passed, then restores the stored decision and applies queued calls', async () => {
    let start = await freshStart()
    start({ categories }, { check, lazy: lazyUi([]), decisions }).update({ analytics: true })
    start = await freshStart()
    const { check: slow, resolve } = later([])
    const manager = start({ categories }, { check: slow, lazy: lazyUi([]), decisions })
    const seen: string[] = []
    manager.on('change', d => seen.push(JSON.stringify(d && d.categories)))
    expect([manager.get(), manager.granted('analytics'), manager.granted('necessary')]).toEqual([null, false, false])
    manager.update({ analytics: false })
    resolve()
    await new Promise(r => setTimeout(r))
    expect(seen).toEqual(['{"necessary":true,"analytics":true}', '{"necessary":true,"analytics":false}'])
    expect(manager.granted('necessary')).toBe(true)
  })

  it('logs the problems of an invalid config once known, and refuses every call', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const { check: slow, resolve } = later(['"colour" is not a known key'])
    const manager = start({ categories }, { check: slow, lazy: lazyUi([]), decisions })
    manager.acceptAll()
    resolve()
    await new Promise(r => setTimeout(r))
    expect(manager.get()).toBeNull()
    expect(manager.granted('necessary')).toBe(false)
    expect(error.mock.calls.map(c => c[0])).toEqual([
      '[Consentry] invalid config: "colour" is not a known key',
      '[Consentry] not running: the config is invalid (see above).'
    ])
  })

  it('still reports the problems when the config is too broken to even read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const manager = start({ categories: null } as never, { check: async () => ['"categories" must be an object with at least one category'], lazy: lazyUi([]), decisions })
    await new Promise(r => setTimeout(r))
    expect(manager.granted('necessary')).toBe(false)
    expect(error).toHaveBeenCalledWith('[Consentry] invalid config: "categories" must be an object with at least one category')
  })

  it('trusts a config whose fingerprint the stored decision carries, and checks any other', async () => {
    const slow = vi.fn(async () => [] as string[])
    const print = (input: unknown) => JSON.stringify(input)
    let start = await freshStart()
    start({ categories }, { check: slow, lazy: lazyUi([]), decisions, fingerprint: print }).acceptAll()
    await new Promise(r => setTimeout(r))
    expect(slow).toHaveBeenCalledTimes(1)
    start = await freshStart()
    const again = start({ categories }, { check: slow, lazy: lazyUi([]), decisions, fingerprint: print })
    expect([slow.mock.calls.length, again.granted('analytics')]).toEqual([1, true])
    start = await freshStart()
    const changed = start({ categories, revision: 1 }, { check: slow, lazy: lazyUi([]), decisions, fingerprint: print })
    expect([slow.mock.calls.length, changed.granted('analytics')]).toEqual([2, false])
    await new Promise(r => setTimeout(r))
    expect(changed.granted('analytics')).toBe(true)
  })
})
