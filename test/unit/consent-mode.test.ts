import { afterEach, describe, expect, it } from 'vitest'
import type { ConsentryConfig } from '../../src/config'
import { type Decision } from '../../src/manager'
import { startSignals } from '../../src/signals'
import { init } from '../../src'
import { DEFAULT, update } from '../fixtures/consent-mode'
import { clearPage, makeCore } from '../fixtures/core'

type Page = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }
const page = window as Page
const categories = { necessary: { required: true }, analytics: {}, marketing: {}, preferences: {} }

function start(extra: Partial<ConsentryConfig> = {}, stored: Decision | null = null) {
  const core = makeCore({ categories, googleConsentMode: true, ...extra }, { stored })
  startSignals(core)
  return core.manager
}

/** The dataLayer as gtag.js would read it: each entry must be an `arguments` object. */
const entries = () => page.dataLayer!.map(e => {
  expect(Object.prototype.toString.call(e)).toBe('[object Arguments]')
  return Array.from(e as ArrayLike<unknown>)
})

const stored = (choices: Record<string, boolean>): Decision => ({
  id: 'd-1', subjectId: 'subject-1', revision: 1, method: 'custom', timestamp: new Date().toISOString(),
  categories: { necessary: true, analytics: false, marketing: false, preferences: false, ...choices }
})

afterEach(() => {
  clearPage()
  delete page.dataLayer
  delete page.gtag
})

describe('Google Consent Mode', () => {
  it('does nothing without googleConsentMode', async () => {
    await start({ googleConsentMode: false }).acceptAll()
    expect([page.dataLayer, page.gtag]).toEqual([undefined, undefined])
  })

  it('creates dataLayer and gtag and pushes the default, everything denied but security_storage', async () => {
    start()
    expect(typeof page.gtag).toBe('function')
    expect(entries()).toEqual([DEFAULT])
  })

  it('pushes an update after every decision, reset included, in order', async () => {
    const consent = start()
    await consent.update({ analytics: true })
    await consent.acceptAll()
    await consent.rejectAll()
    await consent.reset()
    expect(entries()).toEqual([DEFAULT, update('denied', 'granted', 'denied'), update('granted', 'granted', 'granted'),
      update('denied', 'denied', 'denied'), update('denied', 'denied', 'denied')])
  })

  it('pushes the stored decision right after the default on a returning visit', async () => {
    start({}, stored({ marketing: true }))
    expect(entries()).toEqual([DEFAULT, update('granted', 'denied', 'denied')])
  })

  it('maps a custom map; a type named by several categories is granted when any of them is', async () => {
    const consent = start({ googleConsentMode: { analytics: ['analytics_storage', 'personalization_storage'], preferences: ['personalization_storage'] } })
    await consent.update({ preferences: true })
    await consent.update({ preferences: false, analytics: true })
    await consent.update({ analytics: false })
    const state = (a: string, p: string) => ['consent', 'update', { analytics_storage: a, personalization_storage: p }]
    expect(entries()).toEqual([DEFAULT, state('denied', 'granted'), state('granted', 'granted'), state('denied', 'denied')])
  })

  it('counts a required category as granted even before a decision', async () => {
    const consent = start({ googleConsentMode: { necessary: ['functionality_storage'], analytics: ['analytics_storage'] } })
    await consent.rejectAll()
    expect(entries().slice(1)).toEqual([['consent', 'update', { functionality_storage: 'granted', analytics_storage: 'denied' }]])
  })

  it("uses the page's own gtag and dataLayer when the page defined them first", async () => {
    const calls: unknown[][] = []
    const layer = [{ event: 'page' }]
    page.dataLayer = layer
    page.gtag = (...args) => calls.push(args)
    await start().acceptAll()
    expect(page.dataLayer).toBe(layer)
    expect(calls).toEqual([DEFAULT, update('granted', 'granted', 'granted')])
  })

  it("keeps working when the page defines gtag later with Google's snippet", async () => {
    const consent = start()
    // What the standard snippet does: window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)}
    page.dataLayer = page.dataLayer || []
    page.gtag = function () { page.dataLayer!.push(arguments) }
    page.gtag('js', 'now')
    await consent.acceptAll()
    expect(entries()).toEqual([DEFAULT, ['js', 'now'], update('granted', 'granted', 'granted')])
  })

  it('is started by init: the default at once, the update before page code hears of a decision', async () => {
    const consent = init({ categories, googleConsentMode: true })
    expect(entries()).toEqual([DEFAULT])
    let seen: unknown[][] = []
    consent.on('change', () => { seen = entries() })
    await consent.acceptAll()
    expect(seen).toEqual([DEFAULT, update('granted', 'granted', 'granted')])
  })
})
