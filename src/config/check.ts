import { findDuplicateKeys } from './json'
import { isConsentModeOptions } from './normalize'
import { catastrophic, compilePattern } from './pattern'

const CONSENT_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage']
const HOST = /^(\*\.)?[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*\.?$/i

// The rules below are built once, at load, by factories marked free of side effects, so a bundle
// that imports this module without calling `checkConfig` (the core) drops all of it.

type Rec = Record<string, unknown>
/** Reports one problem of the value at `key`. */
type Fail = (key: string, problem: string) => void
/** Checks one value at a key path; `config` is the whole config, for rules that look across keys. */
type Rule = (value: unknown, key: string, fail: Fail, config: Rec) => void

const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp)
const nonEmpty = (v: unknown): v is string => typeof v == 'string' && v.trim() != ''

/** A rule that passes `undefined` and values for which `ok` holds, and otherwise says what is expected. */
const when = /* @__NO_SIDE_EFFECTS__ */ (ok: (v: unknown, config: Rec) => unknown, expected: string): Rule =>
  (v, key, fail, config) => {
    if (v !== undefined && !ok(v, config)) fail(key, 'must be ' + expected)
  }

const bool = when(v => typeof v == 'boolean', 'true or false')
const oneOf = /* @__NO_SIDE_EFFECTS__ */ (...values: unknown[]) => when(v => values.includes(v), values.map(v => typeof v == 'string' ? `'${v}'` : String(v)).join(' or '))

/** A rule for an object whose keys are all known, each checked by its own rule. */
const shape = /* @__NO_SIDE_EFFECTS__ */ (rules: Record<string, Rule>): Rule => (v, key, fail, config) => {
  if (v === undefined) return
  if (!isObject(v)) return fail(key, 'must be an object')
  for (const k of new Set([...Object.keys(rules), ...Object.keys(v)])) {
    const at = key ? `${key}.${k}` : k
    if (Object.hasOwn(rules, k)) rules[k](v[k], at, fail, config)
    else fail(at, 'is not a known key')
  }
}

/** `false` (headless: the site renders its own UI), or what `rule` accepts. */
const headlessOr = /* @__NO_SIDE_EFFECTS__ */ (rule: Rule): Rule => (v, key, fail, config) => {
  if (v !== false) rule(v, key, fail, config)
}

/** A rule for a list of patterns, each accepted by `ok`. */
const patterns = /* @__NO_SIDE_EFFECTS__ */ (ok: (p: unknown) => boolean): Rule => (v, key, fail) => {
  if (v === undefined) return
  if (!Array.isArray(v)) return fail(key, 'must be an array')
  v.forEach((p, i) => {
    const at = `${key}[${i}]`
    if (p instanceof RegExp && catastrophic(p.source) || typeof p == 'string' && /^\/.+\/[a-z]*$/.test(p) && catastrophic(p.slice(1, p.lastIndexOf('/')))) {
      fail(at, `is a pattern with a nested quantifier, which can freeze the page on one cookie write: ${String(p)}`)
    } else if (!ok(p)) fail(at, `is not a valid pattern: ${String(p)}`)
  })
}

const namePattern = (p: unknown) => p instanceof RegExp || nonEmpty(p) && compiles(p)
const category = shape({
  required: bool,
  gpc: bool,
  sensitive: bool,
  cookies: patterns(namePattern),
  storage: patterns(namePattern),
  hosts: patterns(p => typeof p == 'string' && HOST.test(p)),
  vendors: when(v => Array.isArray(v) && v.every(nonEmpty), 'a list of vendor names')
})

const categories: Rule = (v, key, fail) => {
  if (!isObject(v) || !Object.keys(v).length) return fail(key, 'must be an object with at least one category')
  const seen = new Set<string>()
  for (const name of Object.keys(v)) {
    const at = `${key}.${name}`
    if (!/^[\w-]+$/.test(name)) fail(at, 'must be named with letters, digits, "-" or "_"')
    else if (seen.has(name.toLowerCase())) fail(at, 'is named twice')
    seen.add(name.toLowerCase())
    category(v[name] ?? null, at, fail, {})
  }
}

const strings: Rule = (v, key, fail) => {
  if (isObject(v)) for (const k of Object.keys(v)) strings(v[k], `${key}.${k}`, fail, {})
  else if (typeof v != 'string') fail(key, 'must be a string or an object of strings')
}

const url = (absolute: boolean) => (v: unknown) => nonEmpty(v) &&
  (!absolute && /^[/.?#]/.test(v) && !v.startsWith('//') || isHttp(v, absolute))

/** A jurisdiction prefix as `models` and the endpoint map name them: `US`, `US-CA`, `CN`. */
const PREFIX = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/i

const oneEndpoint: Rule = (v, key, fail, config) => typeof v == 'string'
  ? when(url(true), 'an http(s) URL')(v || null, key, fail, config)
  : shape({
    url: (u, at) => url(true)(u) || fail(at, 'must be an http(s) URL'),
    headers: when(h => isObject(h) && Object.values(h).every(x => typeof x == 'string'), 'an object of header names to strings'),
    credentials: oneOf('omit', 'same-origin', 'include')
  })(v, key, fail, config)

/** One endpoint, or a map of jurisdiction prefixes (and `default`) to endpoints. */
const endpoint: Rule = (v, key, fail, config) => {
  if (!isObject(v) || ['url', 'headers', 'credentials'].some(k => k in v)) return oneEndpoint(v, key, fail, config)
  for (const prefix of Object.keys(v)) {
    if (prefix != 'default' && !PREFIX.test(prefix)) fail(`${key}.${prefix}`, 'must be a jurisdiction such as CN or US-CA, or default')
    else oneEndpoint(v[prefix] ?? null, `${key}.${prefix}`, fail, config)
  }
}

const models: Rule = (v, key, fail) => {
  if (v === undefined) return
  if (!isObject(v)) return fail(key, 'must be an object of jurisdictions to models')
  for (const prefix of Object.keys(v)) {
    if (!PREFIX.test(prefix)) fail(`${key}.${prefix}`, 'must be a jurisdiction such as US or US-CA')
    else if (v[prefix] != 'opt-in' && v[prefix] != 'opt-out') fail(`${key}.${prefix}`, "must be 'opt-in' or 'opt-out'")
  }
}

/** A map of categories to the consent types each grants. */
const consentMap: Rule = (v, key, fail, config) => {
  if (!isObject(v)) return fail(key, 'must be a map of category to consent types')
  for (const name of Object.keys(v)) {
    const at = `${key}.${name}`
    if (!isObject(config.categories) || !Object.hasOwn(config.categories, name)) fail(at, 'is not a category')
    const types = v[name]
    if (!Array.isArray(types) || !types.every(t => CONSENT_TYPES.includes(t))) {
      fail(at, `must be a list of consent types among ${CONSENT_TYPES.join(', ')}`)
    }
  }
}

const consentModeOptions = shape({
  map: (v, key, fail, config) => v === undefined || consentMap(v, key, fail, config),
  adsDataRedaction: bool,
  urlPassthrough: bool,
  waitForUpdate: when(v => typeof v == 'number' && v >= 0 && v < Infinity, 'a number of milliseconds')
})

/** `true`/`false`, a map of categories (SPEC 3.3's short form), or the object form with its options. */
const consentMode: Rule = (v, key, fail, config) => {
  if (v === undefined || typeof v == 'boolean') return
  if (!isObject(v)) return fail(key, 'must be true, false, a map of category to consent types or { map, adsDataRedaction, urlPassthrough, waitForUpdate }')
  ;(isConsentModeOptions(v) ? consentModeOptions : consentMap)(v, key, fail, config)
}

const translations: Rule = (v, key, fail) => {
  if (v === undefined) return
  if (!isObject(v)) return fail(key, 'must be an object of languages')
  for (const language of Object.keys(v)) strings(v[language], `${key}.${language}`, fail, {})
}

const config = shape({
  categories,
  revision: when(v => typeof v == 'string' ? v.trim() : Number.isFinite(v), 'a number or a non-empty string'),
  expiresDays: when(v => typeof v == 'number' && v > 0 && v < Infinity, 'a positive number of days'),
  refusalDays: when(v => typeof v == 'number' && v > 0 && v < Infinity, 'a positive number of days'),
  jurisdiction: when(v => v == 'auto' || typeof v == 'string' && PREFIX.test(v), "'auto' or an ISO 3166 code such as DE, US-CA or CN"),
  models,
  ageGate: when(v => Number.isInteger(v) && (v as number) > 0 && (v as number) < 100, 'an age in whole years, such as 14'),
  cookie: shape({
    name: when(v => typeof v == 'string' && /^[!#$%&'*+\-.^_`|~\w]+$/.test(v), 'a valid cookie name'),
    domain: when(v => typeof v == 'string' && HOST.test(v.replace(/^\./, '')), 'a host name'),
    path: when(v => typeof v == 'string' && v[0] == '/', 'a path starting with "/"'),
    sameSite: oneOf('Lax', 'Strict', 'None')
  }),
  endpoint,
  language: when(nonEmpty, "a language tag such as 'en', 'zh-CN' or 'auto'"),
  translations,
  privacyPolicyUrl: when(url(false), 'an http(s) or relative URL'),
  respectGpc: bool,
  googleConsentMode: consentMode,
  ui: headlessOr(shape({ layout: oneOf('bar', 'box'), floatingButton: oneOf(true, false, 'auto'), theme: oneOf('light', 'dark', 'auto') }))
})

/**
 * Checks every key of a config against SPEC 1.3.
 * @param json the JSON config block's text, when the config came from one, to find keys written twice
 * @returns one message per problem, each naming its key; empty when the config is valid
 */
export function checkConfig(input: unknown, json?: string): string[] {
  const errors = json ? findDuplicateKeys(json) : []
  if (!isObject(input)) return [...errors, 'the config must be an object with "categories"']
  config(input, '', (key, problem) => errors.push(`"${key}" ${problem}`), input)
  return errors
}

function compiles(p: string): boolean {
  try {
    compilePattern(p)
    return true
  } catch {
    return false
  }
}

function isHttp(value: string, absolute: boolean): boolean {
  try {
    return /^https?:$/.test(new URL(value, absolute ? location.href : undefined).protocol)
  } catch {
    return false
  }
}
