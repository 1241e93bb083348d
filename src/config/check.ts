import { findDuplicateKeys } from './json'

const TOP_KEYS = ['categories', 'revision', 'expiresDays', 'cookie', 'endpoint', 'language', 'translations',
  'privacyPolicyUrl', 'respectGpc', 'googleConsentMode', 'ui']
const CATEGORY_KEYS = ['required', 'cookies', 'storage', 'hosts', 'gpc']
const CONSENT_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage']
const HOST = /^(\*\.)?[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*$/i
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const BOOL = 'must be true or false'

type Rec = Record<string, unknown>
type Fail = (key: string, problem: string) => void

const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp)
const isBool = (v: unknown) => v === undefined || typeof v == 'boolean'
const nonEmpty = (v: unknown): v is string => typeof v == 'string' && v.trim() != ''

/**
 * Checks every key of a config against SPEC 1.3.
 * @param json the JSON config block's text, when the config came from one, to find keys written twice
 * @returns one message per problem, each naming its key; empty when the config is valid
 */
export function checkConfig(input: unknown, json?: string): string[] {
  const errors: string[] = json ? findDuplicateKeys(json) : []
  const fail: Fail = (key, problem) => { errors.push(`"${key}" ${problem}`) }
  if (!isObject(input)) return ['the config must be an object with "categories"']
  const { revision = 1, expiresDays = 365, language = 'auto', respectGpc, translations = {}, privacyPolicyUrl: policy } = input
  for (const key in input) if (!TOP_KEYS.includes(key)) fail(key, 'is not a config key')
  checkCategories(input.categories, fail)
  if (!(typeof revision == 'string' ? revision.trim() : Number.isFinite(revision))) fail('revision', 'must be a number or a non-empty string')
  if (typeof expiresDays != 'number' || !(expiresDays > 0) || expiresDays == Infinity) fail('expiresDays', 'must be a positive number of days')
  if (!nonEmpty(language)) fail('language', "must be a language tag such as 'en', 'zh-CN' or 'auto'")
  if (!isBool(respectGpc)) fail('respectGpc', BOOL)
  if (policy !== undefined && !isUrl(policy)) fail('privacyPolicyUrl', 'must be an http(s) or relative URL')
  if (!isObject(translations)) fail('translations', 'must be an object of languages')
  else for (const lang in translations) checkStrings(translations[lang], `translations.${lang}`, fail)
  checkCookie(object(input.cookie, 'cookie', ['name', 'domain', 'path', 'sameSite'], fail), fail)
  checkEndpoint(input.endpoint, fail)
  checkConsentMode(input.googleConsentMode, isObject(input.categories) ? input.categories : {}, fail)
  const { layout = 'bar', floatingButton } = object(input.ui, 'ui', ['layout', 'floatingButton'], fail)
  if (layout !== 'bar' && layout !== 'box') fail('ui.layout', "must be 'bar' or 'box'")
  if (!isBool(floatingButton)) fail('ui.floatingButton', BOOL)
  return errors
}

function checkCategories(value: unknown, fail: Fail): void {
  if (!isObject(value) || !Object.keys(value).length) return fail('categories', 'must be an object with at least one category')
  const seen: string[] = []
  for (const name in value) {
    const key = `categories.${name}`
    const cat = value[name]
    if (!/^[\w-]+$/.test(name)) fail(key, 'must be named with letters, digits, "-" or "_"')
    else if (seen.includes(name.toLowerCase())) fail(key, 'is named twice')
    seen.push(name.toLowerCase())
    if (!isObject(cat)) {
      fail(key, 'must be an object')
      continue
    }
    for (const k in cat) if (!CATEGORY_KEYS.includes(k)) fail(`${key}.${k}`, 'is not a category key')
    if (!isBool(cat.required)) fail(`${key}.required`, BOOL)
    if (!isBool(cat.gpc)) fail(`${key}.gpc`, BOOL)
    for (const list of ['cookies', 'storage', 'hosts']) checkPatterns(cat[list], `${key}.${list}`, list == 'hosts', fail)
  }
}

function checkPatterns(value: unknown, key: string, hosts: boolean, fail: Fail): void {
  if (value === undefined) return
  if (!Array.isArray(value)) return fail(key, 'must be an array')
  value.forEach((p, i) => {
    let ok = hosts ? typeof p == 'string' && HOST.test(p) : p instanceof RegExp || nonEmpty(p)
    const literal = typeof p == 'string' && /^\/(.+)\/([dgimsuy]*)$/.exec(p)
    if (ok && literal && !hosts) {
      try {
        new RegExp(literal[1], literal[2])
      } catch {
        ok = false
      }
    }
    if (!ok) fail(`${key}[${i}]`, `is not a valid pattern: ${String(p)}`)
  })
}

function checkCookie({ name, path, sameSite, domain }: Rec, fail: Fail): void {
  if (name !== undefined && (typeof name != 'string' || !COOKIE_NAME.test(name))) fail('cookie.name', 'must be a valid cookie name')
  if (path !== undefined && (typeof path != 'string' || path[0] != '/')) fail('cookie.path', 'must start with "/"')
  if (sameSite !== undefined && !['Lax', 'Strict', 'None'].includes(sameSite as string)) fail('cookie.sameSite', "must be 'Lax', 'Strict' or 'None'")
  if (domain !== undefined && (typeof domain != 'string' || !HOST.test(domain.replace(/^\./, '')))) fail('cookie.domain', 'must be a host name')
}

function checkEndpoint(value: unknown, fail: Fail): void {
  if (value === undefined) return
  const short = typeof value == 'string'
  const { url, headers = {}, credentials = 'omit' } = short ? { url: value } : object(value, 'endpoint', ['url', 'headers', 'credentials'], fail)
  if (!isUrl(url, true)) fail(short ? 'endpoint' : 'endpoint.url', 'must be an http(s) URL')
  if (!isObject(headers) || Object.values(headers).some(h => typeof h != 'string')) fail('endpoint.headers', 'must map header names to strings')
  if (!['omit', 'same-origin', 'include'].includes(credentials as string)) fail('endpoint.credentials', "must be 'omit', 'same-origin' or 'include'")
}

function checkConsentMode(value: unknown, categories: Rec, fail: Fail): void {
  if (value === undefined || typeof value == 'boolean') return
  if (!isObject(value)) return fail('googleConsentMode', 'must be true, false or a map of category to consent types')
  for (const cat in value) {
    const types = value[cat]
    if (!(cat in categories)) fail(`googleConsentMode.${cat}`, 'is not a category')
    if (!Array.isArray(types) || types.some(t => !CONSENT_TYPES.includes(t))) {
      fail(`googleConsentMode.${cat}`, `must list consent types among ${CONSENT_TYPES.join(', ')}`)
    }
  }
}

function object(value: unknown, key: string, keys: string[], fail: Fail): Rec {
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
  if (!nonEmpty(value)) return false
  if (!absoluteOnly && /^[/.?#]/.test(value) && !value.startsWith('//')) return true
  try {
    return /^https?:$/.test(new URL(value, absoluteOnly ? location.href : undefined).protocol)
  } catch {
    return false
  }
}
