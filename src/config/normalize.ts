import { compilePattern } from './pattern'
import type { CategoryConfig, Config, ConsentryConfig } from './types'

/**
 * Builds the config every module reads from a config that passed `checkConfig`: fills in the
 * defaults the core needs, compiles patterns, and works on a copy of what the site passed, so
 * later changes to its objects cannot reach a running page. The UI's own options (language,
 * translations, privacyPolicyUrl, ui) stay as given: the UI applies their defaults.
 */
export function normalizeConfig(input: ConsentryConfig, fingerprint?: string): Config {
  const config = copy(input)
  const { revision = 1, expiresDays = 365, respectGpc = true, endpoint, googleConsentMode } = config
  // Compiled from the input itself: a copy turns a RegExp into {}.
  const compile = (list: CategoryConfig['cookies'] = []) => list.map(compilePattern)
  return {
    ...config,
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
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', ...config.cookie },
    endpoint: typeof endpoint == 'string' ? { url: endpoint } : endpoint || null,
    respectGpc,
    googleConsentMode: googleConsentMode || null,
    fingerprint
  } as Config
}

/** A deep copy of plain data (strings, arrays, objects). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))
