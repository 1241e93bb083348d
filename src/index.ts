import type { ConsentryConfig } from './config'
import type { Manager } from './manager'
import { inertManager, start } from './start'

/**
 * Starts Consentry on this page and returns its manager (SPEC 1.2). Call it once, at the top of
 * the app, before the first render: the guard and the gate must be in place before any tracker
 * runs. A second call returns the first manager and warns; after `manager.destroy()` the next call
 * starts afresh. On a server (no `window`) it returns an inert manager, silently: no decision,
 * only required categories granted, nothing sent.
 * @param config the categories and options (SPEC 1.3). Written as a literal (or with
 *   `satisfies ConsentryConfig`), its category names are checked wherever a name is passed.
 * @returns the manager: the decision, the grants, the calls that decide and the UI's state
 * @example
 * ```ts
 * import { init } from 'consentry'
 *
 * export const consent = init({
 *   categories: {
 *     necessary: { required: true },
 *     analytics: { cookies: ['_ga*'], hosts: ['*.google-analytics.com'] }
 *   },
 *   endpoint: '/api/consent',
 *   privacyPolicyUrl: '/privacy'
 * })
 *
 * consent.onGranted('analytics', () => import('./analytics'))
 * consent.granted('analytcs') // a type error: no such category
 *
 * // Vite: start afresh with the edited config on hot reload.
 * import.meta.hot?.dispose(() => consent.destroy())
 * ```
 */
export function init<K extends string>(config: ConsentryConfig<K>): Manager<K> {
  if (typeof window == 'undefined') return inertManager(config)
  // A returning visitor's start-up is the core alone: the lazy part (checker, write side, sync,
  // UI) loads when something must be shown, decided or sent, and the small map of language files
  // beside it, in parallel, so a language other than English waits for no extra round trip.
  const files = () => import('./i18n/files')
  return start(config, {
    loadLazy() {
      void files()
      return import('./lazy/part')
    },
    loadLanguage: tag => files().then(f => f.LANGUAGE_FILES[tag]()).then(m => m.default)
  })
}

/** The version of this build, such as `'1.0.0'`. */
export const version: string = __VERSION__

export type {
  CategoryConfig, ConsentryConfig, CookieConfig, DeepPartial, Endpoint, EndpointConfig, GoogleConsentMode, Model, NamePattern,
  Translation, UiConfig
} from './config'
export type { Strings, CategoryText, PluralForms } from './i18n'
export type {
  AgeGroup, DebugInfo, DecideOptions, Decision, Layer, Manager, Method, Notice, NoticeAction, NoticeLayer, NoticeRow, Source
} from './manager'
export type {} from './manager/events'
