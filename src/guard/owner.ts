import { type Config, matchesAny } from '../config'

/** What a refused write or request was: a cookie, a storage key, or a request to a host. */
export type Kind = 'cookie' | 'storage' | 'request'

/** Returns the category that owns `name` when it is not granted, or undefined when the name may pass. */
export type Owner = (kind: Kind, name: string) => string | undefined

const FIELD = { cookie: 'cookies', storage: 'storage', request: 'hosts' } as const

/**
 * Finds the category that owns a name: the first in config order whose patterns match it, so a
 * catch-all such as `'*'` in a later category leaves the names of earlier ones to them. The
 * name may pass when that category is granted. The consent cookie and `consentry.*` keys belong to Consentry itself, so no pattern (not even
 * `*`) can make them refused or cleaned up.
 */
export function ownerOf(config: Config, granted: (category: string) => boolean): Owner {
  return (kind, name) => {
    if (kind != 'request' && (name == config.cookie.name || name.startsWith('consentry.'))) return
    for (const c of config.categories) {
      if (matchesAny(c[FIELD[kind]], name)) return granted(c.name) ? undefined : c.name
    }
  }
}
