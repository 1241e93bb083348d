import type { CategoryText, PluralForms, Strings } from '../i18n'

/** Recursively optional: what `translations` accepts for a language. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }

/**
 * A site's strings for one language: any string of `Strings` (English fills the gaps), and the
 * titles and descriptions of the config's own categories, by category name.
 * @typeParam K the config's category names, so a misspelt category does not type-check
 */
export type Translation<K extends string = string> = DeepPartial<Omit<Strings, 'categories' | 'days'>> & {
  /** A number of days in each plural form of the language; it replaces the built-in forms whole. */
  days?: PluralForms
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
  /**
   * Sensitive personal information (PIPL "separate consent"): never granted by Accept all, and its
   * switch asks a second, explicit confirmation. @default false
   */
  sensitive?: boolean
  /** The third parties that receive this category's data, listed in the dialog. @default [] */
  vendors?: string[]
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

/** One endpoint: a URL, or a URL with the request options the receiver needs. */
export type Endpoint = string | EndpointConfig

/** A consent model: opt-in (nothing optional before a yes) or opt-out (granted until the visitor opts out). */
export type Model = 'opt-in' | 'opt-out'

/** Google Consent Mode v2 with its options. @typeParam K the category names */
export interface GoogleConsentMode<K extends string = string> {
  /** Category → the consent types it grants. @default marketing → ad_*, analytics → analytics_storage, preferences → functionality_storage, personalization_storage */
  map?: Partial<Record<K, string[]>>
  /** `gtag('set', 'ads_data_redaction', …)`: redact ad click identifiers while ad_storage is denied. @default not set */
  adsDataRedaction?: boolean
  /** `gtag('set', 'url_passthrough', …)`: pass ad click information through URLs while cookies are denied. @default not set */
  urlPassthrough?: boolean
  /** `wait_for_update` of the default command, in milliseconds. @default not set */
  waitForUpdate?: number
}

/** Google Consent Mode as the core reads it: the map filled in. */
export interface ConsentModeConfig {
  /** Category → the consent types it grants. */
  readonly map: Readonly<Record<string, readonly string[]>>
  /** See `GoogleConsentMode`. */
  readonly adsDataRedaction?: boolean
  /** See `GoogleConsentMode`. */
  readonly urlPassthrough?: boolean
  /** See `GoogleConsentMode`. */
  readonly waitForUpdate?: number
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
  /** Lifetime of a decision in days; at most 395 (thirteen months). @default 365 */
  expiresDays?: number
  /**
   * In an opt-in jurisdiction, a decision that refused a category is asked again after this many
   * days; at least 180. A category held only by Global Privacy Control is no refusal.
   * @default 180
   */
  refusalDays?: number
  /**
   * Where the visitor is: `'auto'` reads `<meta name="consentry-jurisdiction" content="US-CA">`
   * (written by the site's server or CDN from its geo header), else `'unknown'`; or an ISO 3166
   * code such as `'DE'`, `'US-CA'`, `'CN'`.
   * @default 'auto'
   */
  jurisdiction?: string
  /** Consent model per jurisdiction prefix (`'US'`, `'US-CA'`), over the built-in table; the longest prefix wins. @default {} */
  models?: Record<string, Model>
  /** Asks the visitor's age group first; under this age, only required categories until a guardian consents. @default none */
  ageGate?: number
  /** The consent cookie. */
  cookie?: CookieConfig
  /**
   * Receiver of consent records, or one per jurisdiction prefix plus `default`
   * (`{ CN: 'https://cn.shop.example/consent', default: '/api/consent' }`); without a match, and
   * without one at all, decisions stay in the browser.
   */
  endpoint?: Endpoint | Record<string, Endpoint>
  /** `'auto'` (from `<html lang>`, then `navigator.languages`) or a language tag. @default 'auto' */
  language?: string
  /** Per-language overrides of any UI string, or whole new languages. @default {} */
  translations?: Record<string, Translation<NoInfer<K>>>
  /** The privacy policy, linked from the banner. */
  privacyPolicyUrl?: string
  /** Honour `navigator.globalPrivacyControl`. @default true */
  respectGpc?: boolean
  /**
   * Google Consent Mode v2: `true` for the default map, category → consent types, or the object form.
   * @default false
   */
  googleConsentMode?: boolean | Partial<Record<NoInfer<K>, string[]>> | GoogleConsentMode<NoInfer<K>>
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
  /** Needs separate consent. */
  readonly sensitive: boolean
  /** The third parties that receive its data. */
  readonly vendors: readonly string[]
  /** The patterns as the site wrote them, for the dialog. */
  readonly written: Readonly<{ cookies: readonly string[]; storage: readonly string[]; hosts: readonly string[] }>
}

/** The normalised config every module reads: deep-frozen. */
export interface Config {
  /** Categories in config order. */
  readonly categories: readonly Category[]
  /** Policy revision. */
  readonly revision: number | string
  /** Lifetime of a decision in days, at most 395. */
  readonly expiresDays: number
  /** Days after which an opt-in refusal is asked again, at least 180. */
  readonly refusalDays: number
  /** `'auto'` or an ISO 3166 code. */
  readonly jurisdiction: string
  /** Consent model per jurisdiction prefix, the site's over the built-in table. */
  readonly models: Readonly<Record<string, Model>>
  /** The age under which a guardian consents, or 0 without an age gate. */
  readonly ageGate: number
  /** The consent cookie's attributes. */
  readonly cookie: Readonly<Required<Omit<CookieConfig, 'domain'>> & { domain?: string }>
  /** Receivers of consent records by jurisdiction prefix (`default` for the rest); empty without an endpoint. */
  readonly endpoints: Readonly<Record<string, Readonly<EndpointConfig>>>
  /** Requested language, `'auto'` or a tag. */
  readonly language: string
  /** Per-language string overrides, as given. */
  readonly translations: Readonly<Record<string, DeepPartial<Strings>>>
  /** Link shown in the banner, if any. */
  readonly privacyPolicyUrl?: string
  /** Honour Global Privacy Control. */
  readonly respectGpc: boolean
  /** Google Consent Mode with its map filled in; null when it is off. */
  readonly googleConsentMode: ConsentModeConfig | null
  /** UI options with their defaults; false when headless (the site renders its own UI). */
  readonly ui: Readonly<Required<UiConfig>> | false
  /**
   * Fingerprint of the config as the site wrote it, kept with each decision: a stored decision
   * with the same fingerprint proves this config already passed the check.
   */
  readonly fingerprint: string
}
