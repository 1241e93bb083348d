import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Ui } from '../../src/manager'

const categories = { necessary: { required: true }, analytics: {} }

/** A fresh copy of `start`, since one page runs one manager. */
async function freshStart() {
  vi.resetModules()
  return (await import('../../src/start')).start
}

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
    const manager = start({ categories }, async () => fakeUi(log))
    await Promise.resolve()
    await Promise.resolve()
    expect(log).toEqual(['banner'])
    manager.acceptAll()
    start = await freshStart()
    start({ categories }, async () => fakeUi(log))
    await Promise.resolve()
    expect(log).toEqual(['banner'])
  })

  it('returns the first manager on a second call and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const start = await freshStart()
    const first = start({ categories }, async () => fakeUi([]))
    expect(start({ categories: { other: {} } })).toBe(first)
    expect(warn).toHaveBeenCalledWith('[Consentry] init() was called again; the first manager is returned and the new config is ignored.')
  })

  it('logs each config error and returns a manager that grants nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const start = await freshStart()
    const manager = start({ categories, colour: 'red' } as never)
    expect(manager.granted('necessary')).toBe(false)
    expect(error).toHaveBeenCalledWith('[Consentry] invalid config: "colour" is not a config key')
    expect(start({ categories }, async () => fakeUi([]))).not.toBe(manager)
  })

  it('loads the UI once, however often it is needed', async () => {
    const log: string[] = []
    const loader = vi.fn(async () => fakeUi(log))
    const start = await freshStart()
    const manager = start({ categories }, loader)
    manager.showPreferences()
    manager.hide()
    await new Promise(r => setTimeout(r))
    expect(loader).toHaveBeenCalledTimes(1)
    expect(log).toEqual(['banner', 'preferences', 'hide'])
  })

  it('opens the preferences from any data-consentry="preferences" element, added at any time', async () => {
    const log: string[] = []
    const start = await freshStart()
    start({ categories }, async () => fakeUi(log))
    document.body.innerHTML = '<footer><a href="#settings" data-consentry="preferences"><span>Cookie settings</span></a></footer>'
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('span')!.dispatchEvent(click)
    await new Promise(r => setTimeout(r))
    expect(log).toContain('preferences')
    expect(click.defaultPrevented).toBe(true)
  })
})
