import { describe, expect, it } from 'vitest'
import { checkConfig, findDuplicateKeys } from '../../src/config'
import { validateConfig } from '../fixtures/config'

const base = { categories: { necessary: { required: true }, analytics: {} } }

/** Validates `base` with `patch` applied and returns the error list (empty when valid). */
function problems(patch: Record<string, unknown>): string[] {
  return validateConfig({ ...base, ...patch }).errors ?? []
}

describe('a valid config', () => {
  it('gets every default', () => {
    const { config } = validateConfig(base)
    expect(config).toMatchObject({
      revision: 1, expiresDays: 365, respectGpc: true, googleConsentMode: null, endpoint: null,
      cookie: { name: 'consentry', path: '/', sameSite: 'Lax' }
    })
    // The UI's options stay as given; the UI applies their defaults.
    expect([config!.language, config!.ui, config!.translations]).toEqual([undefined, undefined, undefined])
    expect(config!.categories.map(c => [c.name, c.required, c.gpc])).toEqual([['necessary', true, false], ['analytics', false, false]])
  })

  it('holds a category named marketing under GPC unless it says otherwise', () => {
    const { config } = validateConfig({ categories: { marketing: {}, ads: { gpc: true }, other: { gpc: false } } })
    expect(config!.categories.map(c => c.gpc)).toEqual([true, true, false])
  })

  it('accepts every documented key', () => {
    const { config, errors } = validateConfig({
      ...base, revision: 'v2', expiresDays: 30, cookie: { name: 'c', domain: 'shop.example', path: '/a', sameSite: 'Strict' },
      endpoint: { url: 'https://log.example/consent', headers: { 'x-key': '1' }, credentials: 'include' }, language: 'zh-CN',
      translations: { en: { banner: { title: 'Hi' } } }, privacyPolicyUrl: '/privacy', respectGpc: false,
      googleConsentMode: { analytics: ['analytics_storage'] }, ui: { layout: 'box', floatingButton: true }
    })
    expect(errors).toBeUndefined()
    expect(config!.endpoint).toEqual({ url: 'https://log.example/consent', headers: { 'x-key': '1' }, credentials: 'include' })
  })

  it('turns a string endpoint into { url } and keeps googleConsentMode: true, which Consent Mode reads as its default map', () => {
    const { config } = validateConfig({ ...base, endpoint: '/api/consent', googleConsentMode: true })
    expect(config!.endpoint).toEqual({ url: '/api/consent' })
    expect(config!.googleConsentMode).toBe(true)
  })

  it('does not freeze or keep the objects the site passed', () => {
    const translations = { en: { banner: { title: 'Hi' } } }
    validateConfig({ ...base, translations })
    translations.en.banner.title = 'changed'
    expect(Object.isFrozen(translations)).toBe(false)
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
    const { errors } = validateConfig(input)
    expect(errors!.join('\n')).toContain(message)
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
    ['a translation that is a number', { translations: { en: { banner: { title: 4 } } } }, '"translations.en.banner.title" must be a string'],
    ['a privacy link with javascript:', { privacyPolicyUrl: 'javascript:alert(1)' }, '"privacyPolicyUrl" must be an http(s) or relative URL'],
    ['respectGpc not boolean', { respectGpc: 'no' }, '"respectGpc" must be true or false'],
    ['googleConsentMode of a wrong type', { googleConsentMode: 'yes' }, '"googleConsentMode" must be true, false or a map'],
    ['googleConsentMode for an unknown category', { googleConsentMode: { ads: ['ad_storage'] } }, '"googleConsentMode.ads" is not a category'],
    ['googleConsentMode with an unknown type', { googleConsentMode: { analytics: ['cookies'] } }, '"googleConsentMode.analytics" must be a list of consent types among ad_storage'],
    ['ui not an object', { ui: 'bar' }, '"ui" must be an object'],
    ['a bad layout', { ui: { layout: 'modal' } }, '"ui.layout" must be'],
    ['floatingButton not boolean', { ui: { floatingButton: 'yes' } }, '"ui.floatingButton" must be true or false'],
    ['an unknown ui key', { ui: { theme: 'dark' } }, '"ui.theme" is not a known key']
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
