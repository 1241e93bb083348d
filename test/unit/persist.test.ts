import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import type { Decision } from '../../src/manager'
import { consentCookie, parseStored, readConsentCookie as read } from '../../src/persist'
import { subjectId } from '../../src/write'
import { clearPage } from '../fixtures/core'

const DAY = 864e5
/** The decision the consent cookie holds, as start reads it (GPC off unless said). */
const readConsentCookie = (config: ReturnType<typeof normalizeConfig>, gpc = false, model: 'opt-in' | 'opt-out' = 'opt-in') => read(config, { gpc, model })?.decision ?? null
const configOf = (extra: Partial<ConsentryConfig> = {}) =>
  normalizeConfig({ categories: { necessary: { required: true }, analytics: {}, marketing: {} }, ...extra })
const write = (config: ReturnType<typeof normalizeConfig>, d: Decision, gpc = false) => consentCookie(config, gpc).write(d)

const decision = (extra: Partial<Decision> = {}): Decision => ({
  id: '5b0e2a3c-1111-4a4a-8b8b-000000000001', subjectId: '5b0e2a3c-2222-4a4a-8b8b-000000000002', revision: 1,
  categories: { necessary: true, analytics: true, marketing: false }, method: 'custom',
  timestamp: new Date().toISOString(), ageGroup: null, ...extra
})

beforeEach(clearPage)
afterEach(() => {
  clearPage()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('writing the consent cookie', () => {
  it('writes SameSite=Lax, path, expiry from expiresDays, and no Secure on http', () => {
    const d = decision({ timestamp: '2026-11-22T10:00:00.000Z' })
    const written = write(configOf({ expiresDays: 30 }), d)
    expect(written).toMatch(/^consentry=/)
    expect(written).toContain('; path=/')
    expect(written).toContain('; sameSite=Lax')
    expect(written).toContain(`; expires=${new Date(Date.parse(d.timestamp) + 30 * DAY).toUTCString()}`)
    expect(written).not.toMatch(/secure|domain/i)
  })

  it('adds Secure on https', () => {
    vi.stubGlobal('location', { ...location, protocol: 'https:' })
    expect(write(configOf(), decision())).toMatch(/; secure(;|$)/)
  })

  it('uses the configured name, domain, path and sameSite', () => {
    const written = write(configOf({ cookie: { name: 'cc', domain: 'shop.example', path: '/de', sameSite: 'Strict' } }), decision())
    expect(written).toMatch(/^cc=/)
    expect(written).toContain('; domain=shop.example')
    expect(written).toContain('; path=/de')
    expect(written).toContain('; sameSite=Strict')
  })

  it('round-trips a decision', () => {
    const config = configOf()
    const d = decision()
    write(config, d)
    expect(readConsentCookie(config)).toEqual(d)
  })

  it('is gone after remove', () => {
    const config = configOf()
    write(config, decision())
    consentCookie(config, false).remove()
    expect(readConsentCookie(config)).toBeNull()
  })

  it('keeps the fingerprint of the config the decision was made under', () => {
    const config = configOf()
    write(config, decision())
    expect(read(config, { gpc: false, model: 'opt-in' })!.fingerprint).toBe(config.fingerprint)
  })
})

// js-cookie encodes the value; each awkward revision (the one free-form string the cookie holds)
// must come back exactly as written.
describe('an awkward revision round-trips', () => {
  const awkward = ['v 2', 'a;b', 'a,b', 'a"b', 'a\\b', '100%', '%41', 'a=b', '+1', '{}', '[x]', 'ä ü ß', '政策第二版', '🍪', "it's", '<b>', '  ', 'a\tb']
  it.each(awkward)('%j', revision => {
    const config = configOf({ revision })
    const d = decision({ revision })
    const written = write(config, d)
    // Only RFC 6265 cookie-octets in the value: no space, quote, comma, semicolon or backslash.
    expect(written.split(';')[0].slice('consentry='.length)).toMatch(/^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/)
    expect(readConsentCookie(config)).toEqual(d)
  })
})

describe('reading the consent cookie back', () => {
  const config = configOf()
  const stored = { i: 'id-1', s: 'subject-1', r: 1, c: { necessary: 1, analytics: 1, marketing: 0 }, m: 'accept-all', t: new Date().toISOString() }
  const put = (value: unknown) => {
    document.cookie = `consentry=${encodeURIComponent(typeof value == 'string' ? value : JSON.stringify(value))}; path=/`
  }
  it('reads a valid value', () => {
    put(stored)
    expect(readConsentCookie(config)!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  })

  it('keeps required categories granted even when the value says otherwise', () => {
    put({ ...stored, c: { necessary: 0, analytics: 0, marketing: 0 } })
    expect(readConsentCookie(config)!.categories.necessary).toBe(true)
  })

  it('counts a category missing from the value as denied', () => {
    put({ ...stored, c: { analytics: 1 } })
    expect(readConsentCookie(config)!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  })

  const invalid: [string, unknown][] = [
    ['garbage', 'not json at all'],
    ['a JSON number', 42],
    ['null', null],
    ['an array', [1, 2]],
    ['no id', { ...stored, i: undefined }],
    ['an empty id', { ...stored, i: '' }],
    ['no subject', { ...stored, s: 5 }],
    ['an unknown method', { ...stored, m: 'maybe' }],
    ['a reset stored as a decision', { ...stored, m: 'reset' }],
    ['categories not an object', { ...stored, c: 'all' }],
    ['a category value that is not 0 or 1', { ...stored, c: { analytics: 'yes' } }],
    ['a category value of true (tampered)', { ...stored, c: { analytics: true } }],
    ['a timestamp that is not a date', { ...stored, t: 'yesterday' }],
    ['a timestamp far in the future', { ...stored, t: new Date(Date.now() + 10 * DAY).toISOString() }],
    ['another revision', { ...stored, r: 2 }],
    ['the revision as a string', { ...stored, r: '1' }]
  ]
  it.each(invalid)('treats %s as no decision, with a debug message only', (_name, value) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error')
    put(value)
    expect(readConsentCookie(config)).toBeNull()
    expect(debug).toHaveBeenCalledWith('[Consentry] consent cookie ignored: unreadable, expired, of another revision, or a refusal to ask again.')
    expect(error).not.toHaveBeenCalled()
  })

  it('treats a decision older than expiresDays as no decision', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
    const short = configOf({ expiresDays: 10 })
    const d = decision({ timestamp: new Date().toISOString() })
    const value = JSON.stringify({ i: d.id, s: d.subjectId, r: 1, c: {}, m: 'custom', t: d.timestamp })
    expect(parseStored(value, short, { gpc: false, model: 'opt-in' }, Date.parse('2026-01-10T23:00:00Z'))).not.toBeNull()
    expect(parseStored(value, short, { gpc: false, model: 'opt-in' }, Date.parse('2026-01-11T00:00:01Z'))).toBeNull()
  })

  it('treats a decision of another revision as void after the policy is bumped', () => {
    write(configOf({ revision: 3 }), decision({ revision: 3 }))
    vi.spyOn(console, 'debug').mockImplementation(() => {})
    expect(readConsentCookie(configOf({ revision: 3 }))).not.toBeNull()
    expect(readConsentCookie(configOf({ revision: 4 }))).toBeNull()
  })
})

describe('the subject id', () => {
  it('is a UUID that stays the same for the browser', () => {
    const first = subjectId()
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(subjectId()).toBe(first)
  })
})

describe('a stored decision under Global Privacy Control', () => {
  const gpcConfig = configOf()

  it('holds marketing denied when it came from "Accept all" before the signal was sent', () => {
    write(gpcConfig, decision({ method: 'accept-all', categories: { necessary: true, analytics: true, marketing: true } }))
    expect(readConsentCookie(gpcConfig, true)!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(readConsentCookie(gpcConfig, false)!.categories.marketing).toBe(true)
  })

  it('keeps marketing granted when "Accept all" was clicked under the signal after the visitor switched it on', () => {
    write(gpcConfig, decision({ method: 'accept-all', categories: { necessary: true, analytics: true, marketing: true } }), true)
    expect(readConsentCookie(gpcConfig, true)!.categories.marketing).toBe(true)
  })

  it('holds marketing denied even when the visitor had switched it on before the signal: the signal is the later word', () => {
    write(gpcConfig, decision({ method: 'custom', categories: { necessary: true, analytics: false, marketing: true } }))
    expect(readConsentCookie(gpcConfig, true)!.categories).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('keeps marketing granted when the visitor switched it on under the signal', () => {
    write(gpcConfig, decision({ method: 'custom', categories: { necessary: true, analytics: false, marketing: true } }), true)
    expect(readConsentCookie(gpcConfig, true)!.categories.marketing).toBe(true)
  })
})

describe('how long a decision counts', () => {
  const at = (days: number) => Date.parse('2026-01-01T00:00:00.000Z') + days * DAY
  const stored = (c: Record<string, 0 | 1>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ i: 'i', s: 's', r: 1, c, m: 'custom', t: '2026-01-01T00:00:00.000Z', ...extra })
  const parse = (value: string, days: number, signals: { gpc: boolean; model: 'opt-in' | 'opt-out' } = { gpc: false, model: 'opt-in' }, extra: Partial<ConsentryConfig> = {}) =>
    parseStored(value, configOf(extra), signals, at(days))

  it('asks a refusing visitor again after refusalDays (180 by default) in an opt-in jurisdiction, and never sooner', () => {
    const refused = stored({ analytics: 0, marketing: 1 })
    expect(parse(refused, 179.9)).not.toBeNull()
    expect(parse(refused, 180)).toBeNull()
    expect(parse(refused, 200, undefined, { refusalDays: 30 })).toBeNull()
    expect(parse(refused, 100, undefined, { refusalDays: 30 })).not.toBeNull()
    expect(parse(refused, 250, undefined, { refusalDays: 240 })).toBeNull()
    expect(parse(refused, 239, undefined, { refusalDays: 240 })).not.toBeNull()
  })

  it('keeps a decision that refused nothing, and one whose only "no" is what GPC held, for expiresDays', () => {
    expect(parse(stored({ analytics: 1, marketing: 1 }), 300)).not.toBeNull()
    expect(parse(stored({ analytics: 1, marketing: 0 }, { g: 1 }), 300)).not.toBeNull()
    expect(parse(stored({ analytics: 1, marketing: 0 }), 300, { gpc: true, model: 'opt-in' })).not.toBeNull()
    expect(parse(stored({ analytics: 1, marketing: 1 }), 366)).toBeNull()
  })

  it('keeps an opt-out decision for expiresDays, and never more than 395 days', () => {
    const optedOut = stored({ analytics: 1, marketing: 0 }, { m: 'opt-out' })
    expect(parse(optedOut, 300, { gpc: false, model: 'opt-out' })).not.toBeNull()
    expect(parse(stored({ analytics: 1, marketing: 1 }), 394, undefined, { expiresDays: 800 })).not.toBeNull()
    expect(parse(stored({ analytics: 1, marketing: 1 }), 395, undefined, { expiresDays: 800 })).toBeNull()
  })
})

describe('the age group', () => {
  it('round-trips, and an unknown one is a tampered value', () => {
    const config = configOf()
    for (const ageGroup of ['adult', 'minor', 'minor-guardian'] as const) {
      write(config, decision({ ageGroup }))
      expect(readConsentCookie(config)!.ageGroup).toBe(ageGroup)
    }
    vi.spyOn(console, 'debug').mockImplementation(() => {})
    const value = JSON.stringify({ i: 'i', s: 's', r: 1, c: {}, m: 'custom', t: new Date().toISOString(), a: 'child' })
    expect(parseStored(value, config, { gpc: false, model: 'opt-in' })).toBeNull()
  })

  it('keeps opt-out and gpc decisions', () => {
    const config = configOf()
    for (const method of ['opt-out', 'gpc'] as const) {
      write(config, decision({ method }))
      expect(readConsentCookie(config, false, 'opt-out')!.method).toBe(method)
    }
  })
})
