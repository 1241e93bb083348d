import type { ConsentryConfig } from './config'
import { LANGUAGE_FILES } from './i18n/files'
import type { Manager } from './manager'
import { inertManager, start } from './start'

/**
 * Starts Consentry on this page with the given config and returns its manager. A second call
 * returns the first manager and warns. On a server (no `window`) it returns an inert manager.
 */
export function init(config: ConsentryConfig): Manager {
  if (typeof window == 'undefined') return inertManager(config)
  return start(config, {
    loadLazy: () => import('./lazy/part'),
    loadLanguage: tag => LANGUAGE_FILES[tag]().then(m => m.default)
  })
}

/** The version of this build. */
export const version: string = __VERSION__

export type {
  CategoryConfig, ConsentryConfig, CookieConfig, DeepPartial, EndpointConfig, NamePattern, UiConfig
} from './config'
export type { Strings, CategoryText } from './i18n'
export type { DebugInfo, Decision, Layer, Manager, Method, Notice, Source } from './manager'
