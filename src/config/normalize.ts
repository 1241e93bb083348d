import { fingerprint } from './fingerprint'
import { compilePattern } from './pattern'
import type { Category, Config, ConsentryConfig, EndpointConfig } from './types'

type Rec = Record<string, unknown>
const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v)
const pick = <T>(value: unknown, fallback: T, ok: (v: unknown) => boolean): T => ok(value) ? value as T : fallback
const isString = (v: unknown) => typeof v == 'string'
const isPositive = (v: unknown) => typeof v == 'number' && v > 0

/** The longest a consent may last: thirteen months, as EU regulators expect. */
export const MAX_EXPIRES_DAYS = 395
/** The shortest wait before an opt-in refusal is asked again: six months. */
export const MIN_REFUSAL_DAYS = 180

/** The categories SPEC 3.3 maps by default; together they name every consent type but security_storage. */
export const DEFAULT_CONSENT_MAP: Readonly<Record<string, readonly string[]>> = {
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  preferences: ['functionality_storage', 'personalization_storage']
}
/** The keys of Consent Mode's object form, which tell it from a plain map of categories. */
const CONSENT_MODE_OPTIONS = ['map', 'adsDataRedaction', 'urlPassthrough', 'waitForUpdate']

/**
 * Whether a `googleConsentMode` object is the object form (`{ map, adsDataRedaction, … }`) rather
 * than SPEC 3.3's short form, a map of category to consent types, whose values are arrays.
 */
export function isConsentModeOptions(mode: Record<string, unknown>): boolean {
  return Object.keys(mode).some(k => CONSENT_MODE_OPTIONS.includes(k) && !Array.isArray(mode[k]))
}

/**
 * Builds the config every module reads: defaults filled in, limits applied, patterns compiled,
 * deep-frozen, and copied, so later changes to the site's objects cannot reach a running page.
 *
 * It never throws and reads what it can: the guard of an invalid config (which `checkConfig`
 * reports) still holds every name and host it can make out, so a typo fails closed.
 * @param json the JSON config block's text, when the config came from one (for the fingerprint)
 */
export function normalizeConfig(input: ConsentryConfig, json?: string): Config {
  const given: Rec = isObject(input) ? input as unknown as Rec : {}
  const { revision, cookie, ui } = given
  return deepFreeze({
    categories: readCategories(given.categories),
    revision: pick(revision, 1, v => isString(v) || Number.isFinite(v)),
    expiresDays: Math.min(MAX_EXPIRES_DAYS, pick(given.expiresDays, 365, isPositive)),
    refusalDays: Math.max(MIN_REFUSAL_DAYS, pick(given.refusalDays, MIN_REFUSAL_DAYS, isPositive)),
    jurisdiction: pick(given.jurisdiction, 'auto', isString),
    models: readModels(given.models),
    ageGate: pick(given.ageGate, 0, v => Number.isInteger(v) && (v as number) > 0),
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', ...copy(isObject(cookie) ? cookie : {}) },
    endpoints: readEndpoints(given.endpoint),
    language: pick(given.language, 'auto', isString),
    translations: copy(isObject(given.translations) ? given.translations : {}),
    privacyPolicyUrl: pick(given.privacyPolicyUrl, undefined, isString),
    respectGpc: given.respectGpc !== false,
    googleConsentMode: readConsentMode(given.googleConsentMode),
    // Headless stays false, so nothing of the built-in UI (floating button included) shows.
    ui: ui === false ? false : { layout: 'bar', floatingButton: 'auto', theme: 'light', ...copy(isObject(ui) ? ui : {}) },
    fingerprint: fingerprint(json ?? input)
  } as Config)
}

function readCategories(categories: unknown): Category[] {
  if (!isObject(categories)) return []
  return Object.keys(categories).map(name => {
    const c: Rec = isObject(categories[name]) ? categories[name] as Rec : {}
    // Host names are case-insensitive and a trailing dot names the same host.
    const hosts = Array.isArray(c.hosts) ? c.hosts.map(h => isString(h) ? h.toLowerCase().replace(/\.$/, '') : h) : []
    return {
      name,
      required: c.required === true,
      cookies: compileAll(c.cookies),
      storage: compileAll(c.storage),
      hosts: compileAll(hosts),
      gpc: typeof c.gpc == 'boolean' ? c.gpc : name == 'marketing',
      sensitive: c.sensitive === true,
      vendors: strings(c.vendors),
      written: { cookies: written(c.cookies), storage: written(c.storage), hosts: strings(hosts) }
    }
  })
}

/** Compiles every pattern that can be compiled; the checker reports the others. */
function compileAll(list: unknown): RegExp[] {
  const out: RegExp[] = []
  if (Array.isArray(list)) {
    for (const p of list) {
      try {
        if (isString(p) && p || p instanceof RegExp) out.push(compilePattern(p))
      } catch {}
    }
  }
  return out
}

const strings = (list: unknown): string[] => Array.isArray(list) ? list.filter(isString) : []
/** Patterns as the site wrote them: a RegExp as its `/source/flags` text. */
const written = (list: unknown): string[] => Array.isArray(list) ? list.filter(p => isString(p) || p instanceof RegExp).map(String) : []

function readModels(models: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (isObject(models)) {
    for (const [prefix, model] of Object.entries(models)) if (model == 'opt-in' || model == 'opt-out') out[prefix.toUpperCase()] = model as string
  }
  return out
}

const readEndpoint = (e: unknown): EndpointConfig | undefined =>
  isString(e) && e ? { url: e as string } : isObject(e) && isString(e.url) ? copy(e) as unknown as EndpointConfig : undefined

/** One endpoint becomes the `default` of the map; a map keeps its jurisdiction prefixes (upper case) and `default`. */
function readEndpoints(endpoint: unknown): Record<string, EndpointConfig> {
  const one = readEndpoint(endpoint)
  if (one) return { default: one }
  const out: Record<string, EndpointConfig> = {}
  if (isObject(endpoint)) {
    for (const [prefix, e] of Object.entries(endpoint)) {
      const read = readEndpoint(e)
      if (read) out[prefix == 'default' ? prefix : prefix.toUpperCase()] = read
    }
  }
  return out
}

function readConsentMode(mode: unknown): Config['googleConsentMode'] {
  if (mode === true) return { map: DEFAULT_CONSENT_MAP }
  if (!isObject(mode)) return null
  if (!isConsentModeOptions(mode)) return { map: copy(mode) as Record<string, string[]> }
  const { map, ...options } = copy(mode)
  return { map: isObject(map) ? map as Record<string, string[]> : DEFAULT_CONSENT_MAP, ...options } as Config['googleConsentMode']
}

/** A deep copy of plain data: strings, numbers, arrays and objects. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))

function deepFreeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Rec)[key])
  }
  return value
}
