import { compilePattern } from './pattern'
import type { CategoryConfig, Config, ConsentryConfig } from './types'

/**
 * Builds the config every module reads from a config that passed `checkConfig`: fills in
 * defaults, compiles patterns, and copies what the site passed so later changes to its objects
 * cannot reach a running page (the result is read-only by its type).
 */
export function normalizeConfig(input: ConsentryConfig, fingerprint?: string): Config {
  const { revision = 1, expiresDays = 365, language = 'auto', respectGpc = true, translations = {}, cookie = {}, ui = {} } = input
  const endpoint = input.endpoint
  const mode = input.googleConsentMode
  const compile = (list: CategoryConfig['cookies'] = []) => list.map(compilePattern)
  return {
    categories: Object.keys(input.categories).map(name => {
      const c = input.categories[name]
      return {
        name,
        required: !!c.required,
        cookies: compile(c.cookies),
        storage: compile(c.storage),
        // Hostnames are case-insensitive: `*.X.example` matches subdomains of x.example, not itself.
        hosts: compile(c.hosts?.map(host => host.toLowerCase())),
        gpc: c.gpc ?? name == 'marketing'
      }
    }),
    revision,
    expiresDays,
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', ...cookie },
    endpoint: typeof endpoint == 'string' ? { url: endpoint } : endpoint ? copy(endpoint) : null,
    language,
    translations: copy(translations),
    privacyPolicyUrl: input.privacyPolicyUrl,
    respectGpc,
    googleConsentMode: mode === true || (mode ? copy(mode) : null),
    ui: { layout: 'bar', floatingButton: false, ...ui },
    fingerprint
  } as Config
}

/** A deep copy of plain data (strings, arrays, objects). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))
