import { type Config, matchesAny } from '../config'

/** What a refused write or request was: a cookie, a storage key, or a request to a host. */
export type Kind = 'cookie' | 'storage' | 'request'

/** Returns the category that owns `name` and is not granted, or undefined when it may pass. */
export type Owner = (kind: Kind, name: string) => string | undefined

const FIELD = { cookie: 'cookies', storage: 'storage', request: 'hosts' } as const

/**
 * Finds, for a name, the first category in config order that owns it and is not granted.
 * The consent cookie and `consentry.*` keys belong to Consentry itself, so no pattern (not even
 * `*`) can make them refused or cleaned up.
 */
export function ownerOf(config: Config, granted: (category: string) => boolean): Owner {
  return (kind, name) => {
    if (kind != 'request' && (name == config.cookie.name || name.startsWith('consentry.'))) return
    for (const c of config.categories) {
      if (!granted(c.name) && matchesAny(c[FIELD[kind]], name)) return c.name
    }
  }
}
