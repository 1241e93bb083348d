import { fingerprint } from './fingerprint'
import { compilePattern } from './pattern'
import type { Category, Config, ConsentryConfig } from './types'

type Rec = Record<string, unknown>
const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v)
const pick = <T>(value: unknown, fallback: T, ok: (v: unknown) => boolean): T => ok(value) ? value as T : fallback
const isString = (v: unknown) => typeof v == 'string'

/**
 * Builds the config every module reads: defaults filled in, patterns compiled, deep-frozen, and
 * copied, so later changes to the site's objects cannot reach a running page.
 *
 * It never throws and reads what it can: the guard of an invalid config (which `checkConfig`
 * reports) still holds every name and host it can make out, so a typo fails closed.
 * @param json the JSON config block's text, when the config came from one (for the fingerprint)
 */
export function normalizeConfig(input: ConsentryConfig, json?: string): Config {
  const given: Rec = isObject(input) ? input as unknown as Rec : {}
  const { revision, expiresDays, cookie, endpoint, ui } = given
  const mode = given.googleConsentMode
  return deepFreeze({
    categories: readCategories(given.categories),
    revision: pick(revision, 1, v => isString(v) || Number.isFinite(v)),
    expiresDays: pick(expiresDays, 365, v => typeof v == 'number' && v > 0),
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', ...copy(isObject(cookie) ? cookie : {}) },
    endpoint: isString(endpoint) ? { url: endpoint as string }
      : isObject(endpoint) && isString(endpoint.url) ? copy(endpoint) as unknown as Config['endpoint'] : null,
    language: pick(given.language, 'auto', isString),
    translations: copy(isObject(given.translations) ? given.translations : {}),
    privacyPolicyUrl: pick(given.privacyPolicyUrl, undefined, isString),
    respectGpc: given.respectGpc !== false,
    googleConsentMode: mode === true ? true : isObject(mode) ? copy(mode) : null,
    // Headless stays false, so nothing of the built-in UI (floating button included) shows.
    ui: ui === false ? false : { layout: 'bar', floatingButton: 'auto', theme: 'light', ...copy(isObject(ui) ? ui : {}) },
    fingerprint: fingerprint(json ?? input)
  } as Config)
}

function readCategories(categories: unknown): Category[] {
  if (!isObject(categories)) return []
  return Object.keys(categories).map(name => {
    const c: Rec = isObject(categories[name]) ? categories[name] as Rec : {}
    return {
      name,
      required: c.required === true,
      cookies: compileAll(c.cookies),
      storage: compileAll(c.storage),
      // Host names are case-insensitive and a trailing dot names the same host.
      hosts: compileAll(Array.isArray(c.hosts) ? c.hosts.map(h => isString(h) ? h.toLowerCase().replace(/\.$/, '') : h) : []),
      gpc: typeof c.gpc == 'boolean' ? c.gpc : name == 'marketing'
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

/** A deep copy of plain data: strings, numbers, arrays and objects. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))

function deepFreeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Rec)[key])
  }
  return value
}
