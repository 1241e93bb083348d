import { atom } from 'nanostores'
import type { ConsentryConfig } from '../config'
import type { Manager } from '../manager'

/**
 * The manager `init` returns where there is no browser (a server render): it reads as "no
 * decision yet", grants only required categories, sends nothing and never throws, silently.
 */
export function inertManager(input: ConsentryConfig): Manager {
  const grants: Record<string, boolean> = {}
  for (const [name, c] of Object.entries(input?.categories || {})) grants[name] = c?.required === true
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
    grants: atom(grants),
    debug: () => ({})
  }
}
