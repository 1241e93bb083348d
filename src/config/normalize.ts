import { compileHost, compilePattern } from './pattern'
import type { CategoryConfig, Config, ConsentryConfig } from './types'

const DEFAULT_CONSENT_MODE: Record<string, string[]> = {
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  preferences: ['functionality_storage', 'personalization_storage']
}

/**
 * Builds the frozen config every module reads from a config that passed `checkConfig`: fills in
 * defaults, compiles patterns, and copies what the site passed so later changes to its objects
 * cannot reach a running page.
 */
export function normalizeConfig(input: ConsentryConfig, fingerprint?: string): Config {
  const { revision = 1, expiresDays = 365, language = 'auto', respectGpc = true, translations = {}, cookie = {}, ui = {} } = input
  const endpoint = input.endpoint
  const mode = input.googleConsentMode
  const compile = (list: CategoryConfig['cookies'] = []) => list.map(compilePattern)
  return freeze({
    categories: Object.keys(input.categories).map(name => {
      const c = input.categories[name]
      return {
        name,
        required: !!c.required,
        cookies: compile(c.cookies),
        storage: compile(c.storage),
        hosts: (c.hosts || []).map(compileHost),
        gpc: c.gpc ?? name == 'marketing'
      }
    }),
    revision,
    expiresDays,
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', ...cookie },
    endpoint: endpoint ? { headers: {}, credentials: 'same-origin', ...(typeof endpoint == 'string' ? { url: endpoint } : endpoint) } : null,
    language,
    translations: copy(translations),
    privacyPolicyUrl: input.privacyPolicyUrl,
    respectGpc,
    googleConsentMode: mode ? copy(mode === true ? DEFAULT_CONSENT_MODE : mode) : null,
    ui: { layout: 'bar', floatingButton: false, ...ui },
    fingerprint
  } as Config)
}

/** A deep copy of plain data (strings, arrays, objects). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))

function freeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !(value instanceof RegExp)) {
    Object.freeze(value)
    for (const v of Object.values(value)) freeze(v)
  }
  return value
}
