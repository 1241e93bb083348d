import type { CategoryText, Strings } from '../i18n'

/** Recursively optional: what `translations` accepts for a language. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }

/**
 * A site's strings for one language: any string of `Strings` (English fills the gaps), and the
 * titles and descriptions of the config's own categories, by category name.
 * @typeParam K the config's category names, so a misspelt category does not type-check
 */
export type Translation<K extends string = string> = DeepPartial<Omit<Strings, 'categories'>> & {
  /** Titles and descriptions of the config's categories. @default each category's key, capitalised */
  categories?: Partial<Record<K, Partial<CategoryText>>>
}

/** A cookie name, storage key or host pattern: a string with `*` wildcards, or a RegExp. */
export type NamePattern = string | RegExp

/** One consent category as a site declares it. */
export interface CategoryConfig {
  /** Strictly necessary: always granted, shown locked on. @default false */
  required?: boolean
  /** Cookie names this category owns; `*` wildcards or RegExp (`'_ga*'`, `/^_ga_\d+$/`). @default [] */
  cookies?: NamePattern[]
  /** localStorage / sessionStorage keys this category owns, same syntax. @default [] */
  storage?: NamePattern[]
  /** Hostnames this category owns, on any port (`'px.example'`, `'*.tracker.example'`). @default [] */
  hosts?: string[]
  /** A sale or sharing of data: held denied under Global Privacy Control. @default name === 'marketing' */
  gpc?: boolean
}

/** Options of the consent cookie. */
export interface CookieConfig {
  /** The cookie's name; `readConsent` on the server reads the same one. @default 'consentry' */
  name?: string
  /** The domain it is set for: a parent domain (`shop.example`) shares it with every subdomain. @default the current host only */
  domain?: string
  /** The path it is set for. @default '/' */
  path?: string
  /** Its SameSite attribute; `'None'` needs https. @default 'Lax' */
  sameSite?: 'Lax' | 'Strict' | 'None'
}

/** Where consent records are POSTed, with the request options the receiver needs. */
export interface EndpointConfig {
  /** Absolute or page-relative URL of the receiver. */
  url: string
  /** Extra request headers (a cross-origin receiver must allow them in CORS). @default {} */
  headers?: Record<string, string>
  /** Fetch credentials mode. @default 'same-origin' */
  credentials?: RequestCredentials
}

/** Options of the built-in UI. */
export interface UiConfig {
  /** `'bar'` along the bottom or `'box'` in a corner. @default 'bar' */
  layout?: 'bar' | 'box'
  /**
   * The small "Privacy settings" button that reopens the preferences. `'auto'`: once a decision
   * exists, on every page that has no `data-consentry="preferences"` element of its own; `true`:
   * on every page once a decision exists; `false`: never.
   * @default 'auto'
   */
  floatingButton?: boolean | 'auto'
  /** `'light'`, `'dark'`, or `'auto'` to follow the visitor's `prefers-color-scheme`. @default 'light' */
  theme?: 'light' | 'dark' | 'auto'
}

/**
 * Everything a site configures; see SPEC 1.3.
 * @typeParam K the category names. `init` infers them from a literal config, so `granted`,
 *   `update`, `onGranted`, `decision.categories`, `translations` and `googleConsentMode` only
 *   take those names; with the default `string` any name type-checks.
 */
export interface ConsentryConfig<K extends string = string> {
  /** The consent categories, in display order. At least one. */
  categories: Record<K, CategoryConfig>
  /** Policy version; a stored decision of another revision is void. @default 1 */
  revision?: number | string
  /** Lifetime of a decision in days. @default 365 */
  expiresDays?: number
  /** The consent cookie. */
  cookie?: CookieConfig
  /** Receiver of consent records; without one, decisions stay in the browser. */
  endpoint?: string | EndpointConfig
  /** `'auto'` (from `<html lang>`, then `navigator.languages`) or a language tag. @default 'auto' */
  language?: string
  /** Per-language overrides of any UI string, or whole new languages. @default {} */
  translations?: Record<string, Translation<NoInfer<K>>>
  /** The privacy policy, linked from the banner. */
  privacyPolicyUrl?: string
  /** Honour `navigator.globalPrivacyControl`. @default true */
  respectGpc?: boolean
  /** Google Consent Mode v2: `true` for the default map, or category → consent types. @default false */
  googleConsentMode?: boolean | Partial<Record<NoInfer<K>, string[]>>
  /**
   * Options of the built-in UI, or `false` for headless: nothing is rendered (no banner, dialog or
   * floating button) and the site renders its own UI from `on('ui')` and `notice()`.
   * @default {}
   */
  ui?: false | UiConfig
}

/** A category after normalisation: patterns compiled, defaults filled in. */
export interface Category {
  /** The category key, as in the config. */
  readonly name: string
  /** Always granted. */
  readonly required: boolean
  /** Owned cookie names. */
  readonly cookies: readonly RegExp[]
  /** Owned storage keys. */
  readonly storage: readonly RegExp[]
  /** Owned hostnames, lower case. */
  readonly hosts: readonly RegExp[]
  /** Held denied under Global Privacy Control. */
  readonly gpc: boolean
}

/** The normalised config every module reads: deep-frozen. */
export interface Config {
  /** Categories in config order. */
  readonly categories: readonly Category[]
  /** Policy revision. */
  readonly revision: number | string
  /** Lifetime of a decision in days. */
  readonly expiresDays: number
  /** The consent cookie's attributes. */
  readonly cookie: Readonly<Required<Omit<CookieConfig, 'domain'>> & { domain?: string }>
  /** Receiver of consent records, or null. */
  readonly endpoint: Readonly<EndpointConfig> | null
  /** Requested language, `'auto'` or a tag. */
  readonly language: string
  /** Per-language string overrides, as given. */
  readonly translations: Readonly<Record<string, DeepPartial<Strings>>>
  /** Link shown in the banner, if any. */
  readonly privacyPolicyUrl?: string
  /** Honour Global Privacy Control. */
  readonly respectGpc: boolean
  /** Category → Google consent types; true for the default map (see src/signals); null when Consent Mode is off. */
  readonly googleConsentMode: true | Readonly<Record<string, readonly string[]>> | null
  /** UI options with their defaults; false when headless (the site renders its own UI). */
  readonly ui: Readonly<Required<UiConfig>> | false
  /**
   * Fingerprint of the config as the site wrote it, kept with each decision: a stored decision
   * with the same fingerprint proves this config already passed the check.
   */
  readonly fingerprint: string
}
