import { atom } from 'nanostores'
import type { ConsentryConfig } from '../config'
import type { Manager } from '../manager'

/**
 * The manager `init` returns where there is no browser (a server render): it reads as "no
 * decision yet", grants only required categories, sends nothing and never throws, silently.
 * A server render that must match a returning visitor's page reads the decision with
 * `readConsent` from `consentry/server` instead.
 */
export function inertManager<K extends string>(input: ConsentryConfig<K>): Manager<K> {
  const grants: Record<string, boolean> = {}
  for (const [name, c] of Object.entries<ConsentryConfig['categories'][string]>(input?.categories || {})) grants[name] = c?.required === true
  const done = () => Promise.resolve()
  return {
    get: () => null,
    granted: name => grants[name] === true,
    acceptAll: done,
    rejectAll: done,
    update: done,
    reset: done,
    showBanner() {},
    showPreferences() {},
    hide() {},
    on: () => () => {},
    onGranted(name, fn) {
      if (grants[name]) fn()
      return () => {}
    },
    notice: () => Promise.resolve({ hash: null, language: '', text: '' }),
    store: atom(null),
    grants: atom(grants as Record<K, boolean>),
    destroy() {},
    debug: () => ({})
  }
}
