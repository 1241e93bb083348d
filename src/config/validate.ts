import { compileHost, compilePattern } from './pattern'
import type { Category, Config } from './types'

const TOP_KEYS = ['categories', 'revision', 'expiresDays', 'cookie', 'endpoint', 'language', 'translations',
  'privacyPolicyUrl', 'respectGpc', 'googleConsentMode', 'ui']
const CATEGORY_KEYS = ['required', 'cookies', 'storage', 'hosts', 'gpc']
const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite']
const ENDPOINT_KEYS = ['url', 'headers', 'credentials']
const UI_KEYS = ['layout', 'floatingButton']
const CONSENT_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage']
const DEFAULT_CONSENT_MODE: Record<string, string[]> = {
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  preferences: ['functionality_storage', 'personalization_storage']
}
const HOST = /^(\*\.)?[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*$/i
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** What validation found: the frozen config, or the list of problems, each naming its key. */
export type Validation = { config: Config; errors?: undefined } | { config?: undefined; errors: string[] }

type Rec = Record<string, unknown>

const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp)
const isBool = (v: unknown): v is boolean | undefined => v === undefined || typeof v == 'boolean'
const nonEmpty = (v: unknown): v is string => typeof v == 'string' && v.trim() != ''

/** Checks every key of a config against SPEC 1.3 and returns the frozen, defaulted result. */
export function validateConfig(input: unknown): Validation {
  const errors: string[] = []
  const fail = (key: string, problem: string) => { errors.push(`"${key}" ${problem}`) }
  if (!isObject(input)) return { errors: ['the config must be an object with "categories"'] }
  const raw = input as Rec
  for (const key in raw) if (!TOP_KEYS.includes(key)) fail(key, 'is not a config key')

  const categories = readCategories(raw.categories, fail).filter(Boolean)
  const names = categories.map(c => c.name)

  const { revision = 1, expiresDays = 365, language = 'auto', respectGpc = true } = raw
  if (!(typeof revision == 'string' ? revision.trim() : Number.isFinite(revision))) fail('revision', 'must be a number or a non-empty string')
  if (typeof expiresDays != 'number' || !(expiresDays > 0) || !Number.isFinite(expiresDays)) fail('expiresDays', 'must be a positive number of days')
  if (!nonEmpty(language)) fail('language', "must be a language tag such as 'en', 'zh-CN' or 'auto'")
  if (!isBool(respectGpc)) fail('respectGpc', 'must be true or false')
  if (raw.privacyPolicyUrl !== undefined && !isUrl(raw.privacyPolicyUrl)) fail('privacyPolicyUrl', 'must be an http(s) or relative URL')

  const translations = raw.translations ?? {}
  if (!isObject(translations)) fail('translations', 'must be an object of languages')
  else for (const lang in translations) checkStrings(translations[lang], `translations.${lang}`, fail)

  const config = {
    categories,
    revision: revision as number | string,
    expiresDays: expiresDays as number,
    cookie: readCookie(raw.cookie, fail),
    endpoint: readEndpoint(raw.endpoint, fail),
    language: language as string,
    translations: JSON.parse(JSON.stringify(translations)),
    privacyPolicyUrl: raw.privacyPolicyUrl as string | undefined,
    respectGpc: respectGpc as boolean,
    googleConsentMode: readConsentMode(raw.googleConsentMode, names, fail),
    ui: readUi(raw.ui, fail)
  }
  return errors.length ? { errors } : { config: freeze(config) }
}

type Fail = (key: string, problem: string) => void

function readCategories(value: unknown, fail: Fail): Category[] {
  if (!isObject(value) || !Object.keys(value).length) {
    fail('categories', 'must be an object with at least one category')
    return []
  }
  const seen = new Set<string>()
  return Object.keys(value).map(name => {
    const key = `categories.${name}`
    const normal = name.trim().toLowerCase()
    if (!/^[\w-]+$/.test(name)) fail(key, 'must be named with letters, digits, "-" or "_"')
    else if (seen.has(normal)) fail(key, 'is named twice')
    seen.add(normal)
    const cat = value[name]
    if (!isObject(cat)) {
      fail(key, 'must be an object')
      return undefined as unknown as Category
    }
    for (const k in cat) if (!CATEGORY_KEYS.includes(k)) fail(`${key}.${k}`, 'is not a category key')
    if (!isBool(cat.required)) fail(`${key}.required`, 'must be true or false')
    if (!isBool(cat.gpc)) fail(`${key}.gpc`, 'must be true or false')
    return {
      name,
      required: cat.required === true,
      cookies: readPatterns(cat.cookies, `${key}.cookies`, fail, compilePattern),
      storage: readPatterns(cat.storage, `${key}.storage`, fail, compilePattern),
      hosts: readPatterns(cat.hosts, `${key}.hosts`, fail, host => {
        if (typeof host != 'string' || !HOST.test(host)) throw 0
        return compileHost(host)
      }),
      gpc: (cat.gpc ?? name == 'marketing') as boolean
    } as Category
  })
}

function readPatterns(value: unknown, key: string, fail: Fail, compile: (p: string | RegExp) => RegExp): RegExp[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    fail(key, 'must be an array')
    return []
  }
  return value.map((p, i) => {
    try {
      if (p instanceof RegExp || nonEmpty(p)) return compile(p)
    } catch {}
    fail(`${key}[${i}]`, `is not a valid pattern: ${String(p)}`)
    return /$^/
  })
}

function readCookie(value: unknown, fail: Fail): Config['cookie'] {
  const c = readObject(value, 'cookie', COOKIE_KEYS, fail)
  const { name = 'consentry', path = '/', sameSite = 'Lax', domain } = c
  if (typeof name != 'string' || !COOKIE_NAME.test(name)) fail('cookie.name', 'must be a valid cookie name')
  if (typeof path != 'string' || path[0] != '/') fail('cookie.path', 'must start with "/"')
  if (!['Lax', 'Strict', 'None'].includes(sameSite as string)) fail('cookie.sameSite', "must be 'Lax', 'Strict' or 'None'")
  if (domain !== undefined && (typeof domain != 'string' || !HOST.test(domain.replace(/^\./, '')))) fail('cookie.domain', 'must be a host name')
  return { name, path, sameSite, domain } as Config['cookie']
}

function readEndpoint(value: unknown, fail: Fail): Config['endpoint'] {
  if (value === undefined) return null
  const e = typeof value == 'string' ? { url: value } : readObject(value, 'endpoint', ENDPOINT_KEYS, fail)
  const { url, headers = {}, credentials = 'same-origin' } = e
  if (!isUrl(url, true)) fail(typeof value == 'string' ? 'endpoint' : 'endpoint.url', 'must be an http(s) URL')
  if (!isObject(headers) || Object.values(headers).some(h => typeof h != 'string')) fail('endpoint.headers', 'must map header names to strings')
  if (!['omit', 'same-origin', 'include'].includes(credentials as string)) fail('endpoint.credentials', "must be 'omit', 'same-origin' or 'include'")
  return { url, headers, credentials } as Config['endpoint']
}

function readConsentMode(value: unknown, names: string[], fail: Fail): Config['googleConsentMode'] {
  if (value === undefined || value === false) return null
  if (value === true) return DEFAULT_CONSENT_MODE
  if (!isObject(value)) {
    fail('googleConsentMode', 'must be true, false or a map of category to consent types')
    return null
  }
  for (const cat in value) {
    const types = value[cat]
    if (!names.includes(cat)) fail(`googleConsentMode.${cat}`, 'is not a category')
    if (!Array.isArray(types) || types.some(t => !CONSENT_TYPES.includes(t))) {
      fail(`googleConsentMode.${cat}`, `must list consent types among ${CONSENT_TYPES.join(', ')}`)
    }
  }
  return JSON.parse(JSON.stringify(value))
}

function readUi(value: unknown, fail: Fail): Config['ui'] {
  const { layout = 'bar', floatingButton = false } = readObject(value, 'ui', UI_KEYS, fail)
  if (layout !== 'bar' && layout !== 'box') fail('ui.layout', "must be 'bar' or 'box'")
  if (!isBool(floatingButton)) fail('ui.floatingButton', 'must be true or false')
  return { layout, floatingButton } as Config['ui']
}

function readObject(value: unknown, key: string, keys: string[], fail: Fail): Rec {
  if (value === undefined) return {}
  if (!isObject(value)) {
    fail(key, 'must be an object')
    return {}
  }
  for (const k in value) if (!keys.includes(k)) fail(`${key}.${k}`, 'is not a known key')
  return value
}

function checkStrings(value: unknown, key: string, fail: Fail): void {
  if (typeof value == 'string') return
  if (!isObject(value)) return fail(key, 'must be a string or an object of strings')
  for (const k in value) checkStrings(value[k], `${key}.${k}`, fail)
}

function isUrl(value: unknown, absoluteOnly?: boolean): boolean {
  if (typeof value != 'string' || !value.trim()) return false
  if (!absoluteOnly && /^[/.?#]/.test(value) && !value.startsWith('//')) return true
  try {
    return /^https?:$/.test(new URL(value, absoluteOnly ? location.href : undefined).protocol)
  } catch {
    return false
  }
}

function freeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) freeze(v)
  }
  return value
}
