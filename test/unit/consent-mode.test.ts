import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../../src/config'
import { type Decision } from '../../src/manager'
import { startSignals } from '../../src/signals'
import { init } from '../../src'
import { DEFAULT, update } from '../fixtures/consent-mode'
import { clearPage, makeCore, setGpc } from '../fixtures/core'

type Page = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void; fbq?: unknown; uetq?: unknown; clarity?: unknown }
const page = window as Page
const categories = { necessary: { required: true }, analytics: {}, marketing: {}, preferences: {} }
const EVENT = { event: 'consentry_update' }

function start(extra: Partial<ConsentryConfig> = {}, stored: Decision | null = null) {
  const core = makeCore({ categories, googleConsentMode: true, ...extra }, { stored })
  startSignals(core)
  return core.manager
}

/**
 * The dataLayer as gtag.js and a tag manager read it: commands must be `arguments` objects (gtag.js
 * ignores arrays), events plain objects.
 */
const entries = () => page.dataLayer!.map(e => {
  if (Object.prototype.toString.call(e) == '[object Arguments]') return Array.from(e as ArrayLike<unknown>)
  expect(e).toEqual(EVENT)
  return e
})

const stored = (choices: Record<string, boolean>): Decision => ({
  id: 'd-1', subjectId: 'subject-1', revision: 1, method: 'custom', timestamp: new Date().toISOString(),
  categories: { necessary: true, analytics: false, marketing: false, preferences: false, ...choices }
})

afterEach(() => {
  clearPage()
  setGpc(undefined)
  for (const name of ['dataLayer', 'gtag', 'fbq', 'uetq', 'clarity'] as const) delete page[name]
})

describe('Google Consent Mode', () => {
  it('does nothing without googleConsentMode', async () => {
    await start({ googleConsentMode: false }).acceptAll()
    expect([page.dataLayer, page.gtag]).toEqual([undefined, undefined])
  })

  it('creates dataLayer and gtag and pushes the default, everything denied but security_storage', () => {
    start()
    expect(typeof page.gtag).toBe('function')
    expect(entries()).toEqual([DEFAULT])
  })

  it('pushes an update after every decision, reset included, in order, each followed by the consentry_update event', async () => {
    const consent = start()
    await consent.update({ analytics: true })
    await consent.acceptAll()
    await consent.rejectAll()
    await consent.reset()
    expect(entries()).toEqual([DEFAULT, update('denied', 'granted', 'denied'), EVENT, update('granted', 'granted', 'granted'), EVENT,
      update('denied', 'denied', 'denied'), EVENT, update('denied', 'denied', 'denied'), EVENT])
  })

  it('pushes the stored decision right after the default on a returning visit', () => {
    start({}, stored({ marketing: true }))
    expect(entries()).toEqual([DEFAULT, update('granted', 'denied', 'denied'), EVENT])
  })

  it('maps a custom map; a type named by several categories is granted when any of them is', async () => {
    const consent = start({ googleConsentMode: { analytics: ['analytics_storage', 'personalization_storage'], preferences: ['personalization_storage'] } })
    await consent.update({ preferences: true })
    await consent.update({ preferences: false, analytics: true })
    await consent.update({ analytics: false })
    const state = (a: string, p: string) => ['consent', 'update', { analytics_storage: a, personalization_storage: p }]
    expect(entries().filter(e => Array.isArray(e))).toEqual([DEFAULT, state('denied', 'granted'), state('granted', 'granted'), state('denied', 'denied')])
  })

  it('counts a required category as granted, in the default too', async () => {
    const consent = start({ googleConsentMode: { necessary: ['functionality_storage'], analytics: ['analytics_storage'] } })
    await consent.rejectAll()
    const [first, second] = entries()
    expect((first as unknown[])[2]).toMatchObject({ functionality_storage: 'granted', analytics_storage: 'denied' })
    expect(second).toEqual(['consent', 'update', { functionality_storage: 'granted', analytics_storage: 'denied' }])
  })

  it('takes the object form: its map, wait_for_update in the default, ads_data_redaction and url_passthrough', () => {
    start({ googleConsentMode: { map: { analytics: ['analytics_storage'] }, waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: false } })
    expect(entries()).toEqual([
      ['consent', 'default', { ...(DEFAULT[2] as object), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', false]
    ])
  })

  it('defaults to granted where the model is opt-out, but not what GPC holds or what needs separate consent', () => {
    setGpc(true)
    start({ jurisdiction: 'US-CA', categories: { ...categories, preferences: { sensitive: true } } })
    expect(entries()[0]).toEqual(['consent', 'default', {
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
      functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted'
    }])
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
    expect(entries()).toEqual([DEFAULT, ['js', 'now'], update('granted', 'granted', 'granted'), EVENT])
  })

  it('warns when a gtag config command ran before the default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    page.dataLayer = []
    ;(function (..._args: unknown[]) { page.dataLayer!.push(arguments) })('config', 'G-TEST')
    start()
    expect(warn).toHaveBeenCalledWith("[Consentry] a gtag('config') ran before the consent default: put the Consentry script tag above the Google tag.")
  })

  it('is started by init: the default at once, the update before page code hears of a decision', async () => {
    const consent = init({ categories, googleConsentMode: true })
    expect(entries()).toEqual([DEFAULT])
    let seen: unknown[] = []
    consent.on('change', () => { seen = entries() })
    await consent.acceptAll()
    expect(seen).toEqual([DEFAULT, update('granted', 'granted', 'granted'), EVENT])
  })
})

describe("other vendors' consent APIs", () => {
  /** Puts the three vendors' functions on the page, logging what each hears. */
  function vendors() {
    const heard: unknown[][] = []
    page.fbq = (...args: unknown[]) => heard.push(['fbq', ...args])
    page.uetq = { push: (...args: unknown[]) => heard.push(['uetq', ...args]) }
    page.clarity = (...args: unknown[]) => heard.push(['clarity', ...args])
    return heard
  }

  it('hear denied and revoked at start in an opt-in jurisdiction, then each decision, without googleConsentMode', async () => {
    const heard = vendors()
    const consent = start({ googleConsentMode: false })
    await consent.update({ marketing: true })
    await consent.update({ marketing: false, analytics: true })
    expect(heard).toEqual([
      ['fbq', 'consent', 'revoke'], ['uetq', 'consent', 'default', { ad_storage: 'denied' }], ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['fbq', 'consent', 'grant'], ['uetq', 'consent', 'update', { ad_storage: 'granted' }], ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'denied' }],
      ['fbq', 'consent', 'revoke'], ['uetq', 'consent', 'update', { ad_storage: 'denied' }], ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]
    ])
    expect(page.dataLayer).toBeUndefined()
  })

  it("hear through Consent Mode's map when it gives one", async () => {
    const heard = vendors()
    const consent = start({ googleConsentMode: { ads: ['ad_storage'] }, categories: { ...categories, ads: {} } })
    await consent.update({ ads: true })
    expect(heard.slice(3, 4)).toEqual([['fbq', 'consent', 'grant']])
  })

  it('are not called when they are not on the page', async () => {
    await start({ googleConsentMode: false }).acceptAll()
    expect([page.fbq, page.uetq, page.clarity]).toEqual([undefined, undefined, undefined])
  })
})
