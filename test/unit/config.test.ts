import { describe, expect, it } from 'vitest'
import { checkConfig, configWarnings, type ConsentryConfig, DEFAULT_CONSENT_MAP, findDuplicateKeys, normalizeConfig } from '../../src/config'

const base = { categories: { necessary: { required: true }, analytics: {} } }

/** Checks `base` with `patch` applied and returns the error list (empty when valid). */
function problems(patch: Record<string, unknown>): string[] {
  return checkConfig({ ...base, ...patch })
}

/** The categories of a normalised config, with each pattern as the source of its RegExp. */
const categoriesOf = (input: unknown) => normalizeConfig(input as ConsentryConfig).categories.map(c => ({
  ...c, cookies: c.cookies.map(String), storage: c.storage.map(String), hosts: c.hosts.map(String)
}))

describe('normalizeConfig', () => {
  it('fills in every default', () => {
    expect(checkConfig(base)).toEqual([])
    const config = normalizeConfig(base)
    expect({ ...config, categories: undefined, fingerprint: undefined }).toEqual({
      categories: undefined, fingerprint: undefined,
      revision: 1, expiresDays: 365, refusalDays: 180, jurisdiction: 'auto', models: {}, ageGate: 0,
      respectGpc: true, googleConsentMode: null, endpoints: {},
      cookie: { name: 'consentry', path: '/', sameSite: 'Lax' }, language: 'auto', translations: {},
      privacyPolicyUrl: undefined, ui: { layout: 'bar', floatingButton: 'auto', theme: 'light' }
    })
    const none = { cookies: [], storage: [], hosts: [], gpc: false, sensitive: false, vendors: [], written: { cookies: [], storage: [], hosts: [] } }
    expect(categoriesOf(base)).toEqual([{ name: 'necessary', required: true, ...none }, { name: 'analytics', required: false, ...none }])
  })

  it('keeps every documented key as given, its patterns compiled', () => {
    const input: ConsentryConfig = {
      categories: { ads: { cookies: ['_ga*', /^_fb\d$/i], storage: ['/^x$/'], hosts: ['Px.Example.', '*.t.example'], gpc: false, sensitive: true, vendors: ['Ads Inc.'] } },
      revision: 'v2', expiresDays: 30, refusalDays: 200, jurisdiction: 'US-CA', models: { us: 'opt-in' }, ageGate: 14,
      cookie: { name: 'c', domain: 'shop.example', path: '/a', sameSite: 'Strict' },
      endpoint: { url: 'https://log.example/consent', headers: { 'x-key': '1' }, credentials: 'include' }, language: 'zh-CN',
      translations: { en: { title: 'Hi' } }, privacyPolicyUrl: '/privacy', respectGpc: false,
      googleConsentMode: { ads: ['ad_storage'] }, ui: { layout: 'box', floatingButton: true, theme: 'dark' }
    }
    expect(checkConfig(input)).toEqual([])
    const { categories, fingerprint, ...rest } = normalizeConfig(input)
    expect(rest).toEqual({
      revision: 'v2', expiresDays: 30, refusalDays: 200, jurisdiction: 'US-CA', models: { US: 'opt-in' }, ageGate: 14,
      cookie: { name: 'c', domain: 'shop.example', path: '/a', sameSite: 'Strict' },
      endpoints: { default: { url: 'https://log.example/consent', headers: { 'x-key': '1' }, credentials: 'include' } }, language: 'zh-CN',
      translations: { en: { title: 'Hi' } }, privacyPolicyUrl: '/privacy', respectGpc: false,
      googleConsentMode: { map: { ads: ['ad_storage'] } }, ui: { layout: 'box', floatingButton: true, theme: 'dark' }
    })
    expect(categoriesOf(input)).toEqual([{
      name: 'ads', required: false, gpc: false, sensitive: true, vendors: ['Ads Inc.'],
      cookies: ['/^_ga.*$/', '/^_fb\\d$/i'], storage: ['/^x$/'], hosts: ['/^px\\.example$/', '/^.*\\.t\\.example$/'],
      written: { cookies: ['_ga*', '/^_fb\\d$/i'], storage: ['/^x$/'], hosts: ['px.example', '*.t.example'] }
    }])
    expect(fingerprint).toMatch(/^[0-9a-z]+$/)
  })

  it('turns a string endpoint into the default one, and googleConsentMode: true into the default map', () => {
    const config = normalizeConfig({ ...base, endpoint: '/api/consent', googleConsentMode: true })
    expect([config.endpoints, config.googleConsentMode]).toEqual([{ default: { url: '/api/consent' } }, { map: DEFAULT_CONSENT_MAP }])
  })

  it('keeps an endpoint per jurisdiction prefix, upper case, and the object form of Consent Mode', () => {
    const config = normalizeConfig({
      ...base, endpoint: { cn: 'https://cn.example/c', 'US-CA': { url: '/ca' }, default: '/c' },
      googleConsentMode: { urlPassthrough: true, waitForUpdate: 500 }
    })
    expect(config.endpoints).toEqual({ CN: { url: 'https://cn.example/c' }, 'US-CA': { url: '/ca' }, default: { url: '/c' } })
    expect(config.googleConsentMode).toEqual({ map: DEFAULT_CONSENT_MAP, urlPassthrough: true, waitForUpdate: 500 })
  })

  it('clamps expiresDays to 395 and refusalDays to at least 180, and warns of both', () => {
    const input = { ...base, expiresDays: 730, refusalDays: 30 }
    expect(checkConfig(input)).toEqual([])
    expect([normalizeConfig(input).expiresDays, normalizeConfig(input).refusalDays]).toEqual([395, 180])
    expect(configWarnings(input)).toEqual([
      '"expiresDays" is over 395 (thirteen months, the longest a consent should last): 395 is used.',
      '"refusalDays" is under 180: asking a visitor who refused again so soon is not allowed where consent is opt-in; 180 is used.'
    ])
  })

  it('warns of a required category that owns hosts or is marked gpc or sensitive', () => {
    expect(configWarnings({ categories: { necessary: { required: true, hosts: ['pay.example'], gpc: true, sensitive: true } } })).toEqual([
      '"categories.necessary.hosts": a required category is always granted, so the hosts it owns are never blocked; move them to a category that asks.',
      '"categories.necessary.gpc": a required category is always granted, so "gpc" has no effect; move them to a category that asks.',
      '"categories.necessary.sensitive": a required category is always granted, so "sensitive" has no effect; move them to a category that asks.'
    ])
    expect(configWarnings(base)).toEqual([])
  })

  it('holds a category named marketing under GPC unless it says otherwise', () => {
    const config = normalizeConfig({ categories: { marketing: {}, ads: { gpc: true }, other: { gpc: false }, more: {} } })
    expect(config.categories.map(c => c.gpc)).toEqual([true, true, false, false])
  })

  it('deep-freezes what it builds and keeps nothing the site passed', () => {
    const translations = { en: { title: 'Hi' } }
    const config = normalizeConfig({ ...base, translations, cookie: { name: 'c' } })
    translations.en.title = 'changed'
    expect(config.translations.en!.title).toBe('Hi')
    expect(Object.isFrozen(translations)).toBe(false)
    for (const part of [config, config.categories, config.categories[0], config.categories[0].cookies, config.cookie, config.translations.en, config.ui]) {
      expect(Object.isFrozen(part)).toBe(true)
    }
    // A frozen RegExp still matches: without g or y, test() never writes lastIndex.
    const frozen = normalizeConfig({ categories: { a: { cookies: ['_ga'] } } }).categories[0].cookies[0]
    expect([Object.isFrozen(frozen), frozen.test('_ga'), frozen.test('_ga')]).toEqual([true, true, true])
  })

  it('reads an invalid config as far as it can, so its guard still holds what it names', () => {
    const input = { categories: { ads: { cookies: ['_fbp', 4, '/(/', ''], hosts: ['px.example', null], required: 'yes' } }, colour: 'red', expiresDays: -1 }
    expect(checkConfig(input).length).toBeGreaterThan(0)
    expect(categoriesOf(input)).toMatchObject([{ name: 'ads', required: false, gpc: false, cookies: ['/^_fbp$/'], storage: [], hosts: ['/^px\\.example$/'] }])
    expect(normalizeConfig(input as never).expiresDays).toBe(365)
    for (const broken of [null, 'x', { categories: null }, { categories: [1] }]) {
      expect(normalizeConfig(broken as never).categories).toEqual([])
    }
  })

  it('fingerprints the config as written: the same text, the same print; any change, another', () => {
    const a = normalizeConfig(base).fingerprint
    expect(normalizeConfig(JSON.parse(JSON.stringify(base))).fingerprint).toBe(a)
    expect(normalizeConfig({ ...base, revision: 2 }).fingerprint).not.toBe(a)
    expect(normalizeConfig({ categories: { a: { cookies: [/x/] } } }).fingerprint).not.toBe(normalizeConfig({ categories: { a: { cookies: [/y/] } } }).fingerprint)
    const json = JSON.stringify(base)
    expect(normalizeConfig(base, json).fingerprint).not.toBe(normalizeConfig(base, json + ' ').fingerprint)
    const print = (input: unknown) => normalizeConfig(input as ConsentryConfig).fingerprint
    const config = { categories: { analytics: { cookies: ['_ga*', /^_gid$/i] } } }
    for (const other of [
      { categories: { analytics: { cookies: ['_ga*', /^_gid$/] } } }, // a RegExp flag
      { categories: { analytics: { cookies: ['_ga*', /^_gi$/i] } } }, // a RegExp source
      { categories: { analytics: { ...config.categories.analytics, required: () => true } } }, // a function where a boolean belongs
      { categories: { analytic: config.categories.analytics } } // a renamed category
    ]) expect(print(other)).not.toBe(print(config))
    const cyclic: Record<string, unknown> = { categories: { a: {} } }
    cyclic.self = cyclic
    expect(normalizeConfig(cyclic as never).fingerprint).toBe('')
  })
})

describe('each rule names the offending key', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 'nope', 'the config must be an object'],
    ['no categories', {}, '"categories" must be an object with at least one category'],
    ['empty categories', { categories: {} }, '"categories" must be an object with at least one category'],
    ['categories as an array', { categories: [] }, '"categories" must be an object'],
    ['a category that is not an object', { categories: { a: true } }, '"categories.a" must be an object'],
    ['a category named twice (case)', { categories: { ads: {}, Ads: {} } }, '"categories.Ads" is named twice'],
    ['a category with a bad name', { categories: { 'a b': {} } }, '"categories.a b" must be named'],
    ['an unknown category key', { categories: { a: { cookie: [] } } }, '"categories.a.cookie" is not a known key'],
    ['required not boolean', { categories: { a: { required: 'yes' } } }, '"categories.a.required" must be true or false'],
    ['gpc not boolean', { categories: { a: { gpc: 1 } } }, '"categories.a.gpc" must be true or false'],
    ['cookies not an array', { categories: { a: { cookies: '_ga' } } }, '"categories.a.cookies" must be an array'],
    ['an empty cookie pattern', { categories: { a: { cookies: [''] } } }, '"categories.a.cookies[0]" is not a valid pattern'],
    ['a broken RegExp string', { categories: { a: { storage: ['ok', '/(/'] } } }, '"categories.a.storage[1]" is not a valid pattern'],
    ['a host with a scheme', { categories: { a: { hosts: ['https://x.example'] } } }, '"categories.a.hosts[0]" is not a valid pattern'],
    ['a host with a path', { categories: { a: { hosts: ['x.example/p'] } } }, '"categories.a.hosts[0]" is not a valid pattern']
  ]
  it.each(cases)('%s', (_name, input, message) => {
    expect(checkConfig(input).join('\n')).toContain(message)
  })

  const patches: [string, Record<string, unknown>, string][] = [
    ['an unknown top-level key', { colour: 'red' }, '"colour" is not a known key'],
    ['revision of a wrong type', { revision: true }, '"revision" must be a number or a non-empty string'],
    ['revision NaN', { revision: NaN }, '"revision"'],
    ['expiresDays zero', { expiresDays: 0 }, '"expiresDays" must be a positive number'],
    ['expiresDays negative', { expiresDays: -3 }, '"expiresDays" must be a positive number'],
    ['expiresDays a string', { expiresDays: '30' }, '"expiresDays" must be a positive number'],
    ['cookie not an object', { cookie: 'c' }, '"cookie" must be an object'],
    ['an unknown cookie key', { cookie: { secure: true } }, '"cookie.secure" is not a known key'],
    ['a bad cookie name', { cookie: { name: 'a b;' } }, '"cookie.name" must be a valid cookie name'],
    ['a relative cookie path', { cookie: { path: 'shop' } }, '"cookie.path" must be a path starting with "/"'],
    ['a bad sameSite', { cookie: { sameSite: 'lax' } }, '"cookie.sameSite"'],
    ['a bad cookie domain', { cookie: { domain: 'a b' } }, '"cookie.domain" must be a host name'],
    ['an endpoint that is not a URL', { endpoint: 'javascript:alert(1)' }, '"endpoint" must be an http(s) URL'],
    ['an endpoint that is empty', { endpoint: '' }, '"endpoint" must be an http(s) URL'],
    ['an endpoint object without url', { endpoint: { headers: {} } }, '"endpoint.url" must be an http(s) URL'],
    ['endpoint headers not strings', { endpoint: { url: '/c', headers: { a: 1 } } }, '"endpoint.headers" must be an object of header names to strings'],
    ['bad credentials', { endpoint: { url: '/c', credentials: 'yes' } }, '"endpoint.credentials"'],
    ['an unknown endpoint key', { endpoint: { url: '/c', method: 'PUT' } }, '"endpoint.method" is not a known key'],
    ['an empty language', { language: '' }, '"language" must be a language tag'],
    ['translations not an object', { translations: 'en' }, '"translations" must be an object'],
    ['a translation that is a number', { translations: { en: { categories: { a: { title: 4 } } } } }, '"translations.en.categories.a.title" must be a string'],
    ['a privacy link with javascript:', { privacyPolicyUrl: 'javascript:alert(1)' }, '"privacyPolicyUrl" must be an http(s) or relative URL'],
    ['respectGpc not boolean', { respectGpc: 'no' }, '"respectGpc" must be true or false'],
    ['googleConsentMode of a wrong type', { googleConsentMode: 'yes' }, '"googleConsentMode" must be true, false, a map'],
    ['googleConsentMode for an unknown category', { googleConsentMode: { ads: ['ad_storage'] } }, '"googleConsentMode.ads" is not a category'],
    ['googleConsentMode with an unknown type', { googleConsentMode: { analytics: ['cookies'] } }, '"googleConsentMode.analytics" must be a list of consent types among ad_storage'],
    ['ui not an object', { ui: 'bar' }, '"ui" must be an object'],
    ['a bad layout', { ui: { layout: 'modal' } }, '"ui.layout" must be'],
    ['floatingButton of a wrong type', { ui: { floatingButton: 'yes' } }, `"ui.floatingButton" must be true or false or 'auto'`],
    ['a bad theme', { ui: { theme: 'night' } }, `"ui.theme" must be 'light' or 'dark' or 'auto'`],
    ['refusalDays zero', { refusalDays: 0 }, '"refusalDays" must be a positive number of days'],
    ['a jurisdiction that is a country name', { jurisdiction: 'Germany' }, `"jurisdiction" must be 'auto' or an ISO 3166 code`],
    ['models not an object', { models: 'opt-out' }, '"models" must be an object of jurisdictions to models'],
    ['a model of a wrong value', { models: { US: 'opt-out-ish' } }, `"models.US" must be 'opt-in' or 'opt-out'`],
    ['a model for a bad prefix', { models: { 'North America': 'opt-out' } }, '"models.North America" must be a jurisdiction'],
    ['ageGate not a whole number', { ageGate: 13.5 }, '"ageGate" must be an age in whole years'],
    ['sensitive not boolean', { categories: { a: { sensitive: 'yes' } } }, '"categories.a.sensitive" must be true or false'],
    ['vendors not a list of names', { categories: { a: { vendors: 'Ads Inc.' } } }, '"categories.a.vendors" must be a list of vendor names'],
    ['an endpoint map with a bad prefix', { endpoint: { China: '/c' } }, '"endpoint.China" must be a jurisdiction such as CN or US-CA, or default'],
    ['an endpoint map with a bad endpoint', { endpoint: { CN: 'ftp://x' } }, '"endpoint.CN" must be an http(s) URL'],
    ['Consent Mode options of a wrong type', { googleConsentMode: { map: { analytics: ['analytics_storage'] }, waitForUpdate: 'soon' } }, '"googleConsentMode.waitForUpdate" must be a number of milliseconds'],
    ['an unknown Consent Mode option', { googleConsentMode: { urlPassthrough: true, redact: true } }, '"googleConsentMode.redact" is not a known key'],
    ['an unknown ui key', { ui: { colour: 'red' } }, '"ui.colour" is not a known key'],
    ['a key named like an Object prototype member', { ui: { constructor: 1 } }, '"ui.constructor" is not a known key']
  ]
  it.each(patches)('%s', (_name, patch, message) => {
    expect(problems(patch).join('\n')).toContain(message)
  })

  it('reports every problem at once', () => {
    expect(problems({ colour: 1, expiresDays: 0, ui: { layout: 'x' } })).toHaveLength(3)
  })
})

describe('the JSON config block', () => {
  it('names a category written twice, which JSON.parse would silently merge', () => {
    const json = '{"categories":{"ads":{"cookies":["a","b"]},"x":{},"ads":{}}}'
    expect(checkConfig(JSON.parse(json), json)).toEqual(['"categories.ads" is named twice'])
  })

  it('finds a duplicate key nested deeper, and ignores equal strings in values and arrays', () => {
    expect(findDuplicateKeys('{"cookie":{"name":"a","name":"b"}}')).toEqual(['"cookie.name" is named twice'])
    expect(findDuplicateKeys('{"a":"b","b":["a","a"],"c":{"a":"a"}}')).toEqual([])
  })
})
