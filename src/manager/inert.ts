import { atom } from 'nanostores'
import { error } from '../log'
import type { Manager } from './types'

/** Says why a call does nothing: the config is invalid. */
export const refuse = (): void => error('not running: the config is invalid (see the error above).')

/**
 * The manager `init` returns for an invalid config: every call is safe and grants nothing, so
 * page code written against the API keeps working while nothing that needs consent is released.
 */
export function createInertManager(): Manager {
  return {
    get: () => null,
    granted: () => false,
    acceptAll: refuse,
    rejectAll: refuse,
    update: refuse,
    reset: refuse,
    showBanner: refuse,
    showPreferences: refuse,
    hide: refuse,
    on: () => () => {},
    onGranted: () => () => {},
    notice: () => Promise.resolve({ hash: null, language: '', text: '' }),
    store: atom(null),
    debug: () => ({})
  }
}
