import { findDuplicateKeys } from './json'

const CONSENT_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage']
const HOST = /^(\*\.)?[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*$/i

type Rec = Record<string, unknown>
/** Checks one value at a key path; reports through `fail`. */
type Rule = (value: unknown, key: string, config: Rec) => void

let errors: string[]
const fail = (key: string, problem: string): void => void errors.push(`"${key}" ${problem}`)
const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp)
const nonEmpty = (v: unknown): v is string => typeof v == 'string' && v.trim() != ''

/** A rule that passes `undefined` and values for which `ok` holds, and otherwise says what is expected. */
const when = (ok: (v: unknown, config: Rec) => unknown, expected: string): Rule =>
  (v, key, config) => v === undefined || ok(v, config) || fail(key, 'must be ' + expected)

const bool = /* @__PURE__ */ when(v => typeof v == 'boolean', 'true or false')
const oneOf = (...values: string[]) => when(v => values.includes(v as string), values.map(v => `'${v}'`).join(' or '))

/** A rule for an object whose keys are all known, each checked by its own rule. */
const shape = (rules: Record<string, Rule>): Rule => (v, key, config) => {
  if (v === undefined) return
  if (!isObject(v)) return fail(key, 'must be an object')
  for (const k in { ...rules, ...v }) {
    const at = key ? `${key}.${k}` : k
    if (rules[k]) rules[k](v[k], at, config)
    else fail(at, 'is not a known key')
  }
}

/** A rule for a list of patterns, each accepted by `ok`. */
const patterns = (ok: (p: unknown) => boolean): Rule => (v, key) => {
  if (v === undefined) return
  if (!Array.isArray(v)) return fail(key, 'must be an array')
  v.forEach((p, i) => ok(p) || fail(`${key}[${i}]`, `is not a valid pattern: ${String(p)}`))
}

const name = (p: unknown) => p instanceof RegExp || nonEmpty(p) && compiles(p)
const category = (): Rule => shape({ required: bool, gpc: bool, cookies: patterns(name), storage: patterns(name),
  hosts: patterns(p => typeof p == 'string' && HOST.test(p)) })

const strings: Rule = (v, key) => typeof v == 'string' ||
  (isObject(v) ? Object.keys(v).forEach(k => strings(v[k], `${key}.${k}`, {})) : fail(key, 'must be a string or an object of strings'))

const url = (absolute?: boolean) => (v: unknown) => nonEmpty(v) &&
  (!absolute && /^[/.?#]/.test(v) && !v.startsWith('//') || isHttp(v, absolute))

// Built on each call rather than at load, so bundles that only import the types or other helpers drop it.
const rules = (): Rule => shape({
  categories: (v, key) => {
    if (!isObject(v) || !Object.keys(v).length) return fail(key, 'must be an object with at least one category')
    const seen: string[] = []
    for (const name in v) {
      const at = `${key}.${name}`
      if (!/^[\w-]+$/.test(name)) fail(at, 'must be named with letters, digits, "-" or "_"')
      else if (seen.includes(name.toLowerCase())) fail(at, 'is named twice')
      seen.push(name.toLowerCase())
      category()(v[name] ?? null, at, {})
    }
  },
  revision: when(v => typeof v == 'string' ? v.trim() : Number.isFinite(v), 'a number or a non-empty string'),
  expiresDays: when(v => typeof v == 'number' && v > 0 && v < Infinity, 'a positive number of days'),
  cookie: shape({
    name: when(v => typeof v == 'string' && /^[!#$%&'*+\-.^_`|~\w]+$/.test(v), 'a valid cookie name'),
    domain: when(v => typeof v == 'string' && HOST.test(v.replace(/^\./, '')), 'a host name'),
    path: when(v => typeof v == 'string' && v[0] == '/', 'a path starting with "/"'),
    sameSite: oneOf('Lax', 'Strict', 'None')
  }),
  endpoint: (v, key, config) => typeof v == 'string' ? when(url(true), 'an http(s) URL')(v || null, key, config) : shape({
    url: (u, at) => url(true)(u) || fail(at, 'must be an http(s) URL'),
    headers: when(v => isObject(v) && Object.values(v).every(h => typeof h == 'string'), 'an object of header names to strings'),
    credentials: oneOf('omit', 'same-origin', 'include')
  })(v, key, config),
  language: when(nonEmpty, "a language tag such as 'en', 'zh-CN' or 'auto'"),
  translations: (v, key) => v === undefined || (isObject(v) ? Object.keys(v).forEach(l => strings(v[l], `${key}.${l}`, {})) : fail(key, 'must be an object of languages')),
  privacyPolicyUrl: when(url(), 'an http(s) or relative URL'),
  respectGpc: bool,
  googleConsentMode: (v, key, config) => typeof v == 'boolean' || v === undefined || (isObject(v)
    ? Object.keys(v).forEach(cat => {
      if (!isObject(config.categories) || !(cat in config.categories)) fail(`${key}.${cat}`, 'is not a category')
      when(t => Array.isArray(t) && t.every(x => CONSENT_TYPES.includes(x)), `a list of consent types among ${CONSENT_TYPES.join(', ')}`)(v[cat] ?? null, `${key}.${cat}`, config)
    })
    : fail(key, 'must be true, false or a map of category to consent types')),
  ui: shape({ layout: oneOf('bar', 'box'), floatingButton: bool })
})

/**
 * Checks every key of a config against SPEC 1.3.
 * @param json the JSON config block's text, when the config came from one, to find keys written twice
 * @returns one message per problem, each naming its key; empty when the config is valid
 */
export function checkConfig(input: unknown, json?: string): string[] {
  errors = json ? findDuplicateKeys(json) : []
  if (!isObject(input)) return ['the config must be an object with "categories"']
  rules()(input, '', input)
  return errors
}

function compiles(p: string): boolean {
  const literal = /^\/(.+)\/([dgimsuy]*)$/.exec(p)
  try {
    return !literal || !!new RegExp(literal[1], literal[2])
  } catch {
    return false
  }
}

function isHttp(value: string, absolute?: boolean): boolean {
  try {
    return /^https?:$/.test(new URL(value, absolute ? location.href : undefined).protocol)
  } catch {
    return false
  }
}
