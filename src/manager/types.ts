import type { ReadableAtom } from 'nanostores'

/**
 * How a decision was made; see SPEC 1.4. `opt-out`: the visitor used "Do Not Sell or Share"
 * (opt-out jurisdictions); `gpc`: the Global Privacy Control signal opted out by itself.
 */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'opt-out' | 'gpc'

/**
 * Where a decision was made, as its record says: the banner, the preferences dialog, the dialog
 * opened from the floating button, a page script (`api`), or the Global Privacy Control signal alone.
 */
export type Source = 'banner' | 'preferences' | 'floating' | 'api' | 'gpc'

/**
 * The age group behind a decision where an age gate runs (SPEC 3.6): an adult, a minor with no
 * guardian's consent yet (only required categories), or a guardian deciding for a minor.
 */
export type AgeGroup = 'adult' | 'minor' | 'minor-guardian'

/**
 * One consent decision of a visitor; see SPEC 1.4.
 * @typeParam K the config's category names
 */
export interface Decision<K extends string = string> {
  /** UUID of this decision; the idempotency key of its record. */
  readonly id: string
  /** UUID of this browser's consent subject, stable across its decisions. */
  readonly subjectId: string
  /** The config revision the decision was made under. */
  readonly revision: number | string
  /** Every category of the config and whether it is granted. */
  readonly categories: Readonly<Record<K, boolean>>
  /** How the decision was made. */
  readonly method: Method
  /** When it was made, as an ISO 8601 string. */
  readonly timestamp: string
  /** The age group behind it, or null where no age gate runs. */
  readonly ageGroup?: AgeGroup | null
}

/** What the built-in UI shows now (or, with `ui: false`, what the site's own UI should show). */
export type Layer = 'banner' | 'preferences' | null

/** Options of a call that decides. */
export interface DecideOptions {
  /**
   * Where the visitor decided, for the record. A site's own banner or dialog (`ui: false`) says
   * `'banner'` or `'preferences'` when it rendered the texts of `notice()`, so the record's notice
   * hash proves what that visitor was shown.
   * @default 'api'
   */
  source?: Source
}

/**
 * What a button of a layer does: accept all, reject all, open the preferences, save the switches;
 * in an opt-out jurisdiction "Do Not Sell or Share"; with an age gate the two age answers and the
 * guardian's way into the dialog; close a layer without a choice.
 */
export type NoticeAction = 'accept' | 'reject' | 'manage' | 'save' | 'opt-out' | 'adult' | 'minor' | 'guardian' | 'close'

/** One category as the preferences dialog shows it. */
export interface NoticeRow<K extends string = string> {
  /** The category name, as in the config. */
  readonly name: K
  /** The switch's label. */
  readonly title: string
  /** The badges beside the title: "Always on" (required), held by GPC, sensitive. */
  readonly badges: readonly string[]
  /** What the category is for; may be empty. */
  readonly description: string
  /** What it covers, as label and value: cookies, storage, services, who receives the data, how long a choice lasts. */
  readonly details: readonly (readonly [label: string, value: string])[]
  /** Locked on: render the switch on and disabled. */
  readonly required: boolean
  /** Needs separate consent: ask a second, explicit yes (`Notice.sensitive`) before the switch turns on. */
  readonly sensitive: boolean
}

/**
 * The texts of one layer, in reading order. A site's own UI renders exactly these strings, in
 * this order: they are what `notice().text` joins and hashes.
 */
export interface NoticeLayer<K extends string = string> {
  /** The heading. */
  readonly title: string
  /** Paragraphs of text; `[label](url)` in one marks a link (http(s) or relative URLs only). */
  readonly body: readonly string[]
  /** The privacy policy link, when the config has `privacyPolicyUrl`. */
  readonly link?: readonly [label: string, url: string]
  /** The category switches, in config order (preferences dialog only). */
  readonly rows: readonly NoticeRow<K>[]
  /** The buttons in order, each with what it does. */
  readonly buttons: readonly (readonly [action: NoticeAction, label: string])[]
  /** The label of the close button, where the layer has one. */
  readonly close?: string
}

/**
 * Proof of what the visitor was told: every text the visitor can be shown in the language shown,
 * and its hash. With `ui: false` a site renders its own UI from the layers.
 */
export interface Notice<K extends string = string> {
  /** SHA-256 hex of `text` (UTF-8), or null where the browser has no Web Crypto (plain http). */
  readonly hash: string | null
  /** The language shown. */
  readonly language: string
  /** Every string of the layers below, in reading order, one per line. */
  readonly text: string
  /** The writing direction of the language shown, for the `dir` attribute of a site's own UI. */
  readonly dir?: 'ltr' | 'rtl'
  /** The first layer: the banner where consent is opt-in, the notice where it is opt-out. */
  readonly banner?: NoticeLayer<K>
  /** With an age gate: the age question, shown before the banner. */
  readonly age?: NoticeLayer<K>
  /** With an age gate: what a minor is told once they answered, with the guardian's way in. */
  readonly minor?: NoticeLayer<K>
  /** The preferences dialog's texts. */
  readonly preferences?: NoticeLayer<K>
  /** With an age gate: the dialog's note while a guardian decides for a minor. */
  readonly guardianNote?: string
  /** With a sensitive category: the second confirmation its switch asks, and the two answers. */
  readonly sensitive?: { readonly text: string; readonly yes: string; readonly no: string }
}

/**
 * The public API returned by `init`; see SPEC 1.4.
 *
 * The calls that decide (`acceptAll`, `rejectAll`, `update`, `reset`) take effect at once wherever
 * the UI has shown; elsewhere (a returning visitor's page) once the write side has loaded, a few
 * milliseconds later. Each returns a Promise that resolves when its decision is in effect: stored,
 * recorded and announced.
 * @typeParam K the config's category names (inferred by `init` from a literal config)
 */
export interface Manager<K extends string = string> {
  /**
   * The current decision.
   * @returns the decision, or null before the visitor decided
   */
  get(): Decision<K> | null
  /**
   * Whether a category is granted now: what `grants` holds for it.
   * @param category a category name of the config
   * @returns true once it is granted; always for required categories
   */
  granted(category: K): boolean
  /**
   * Grants every category (those held by Global Privacy Control stay as they are).
   * @param options where the visitor decided, for the record
   * @returns a Promise that resolves once the decision is in effect
   */
  acceptAll(options?: DecideOptions): Promise<void>
  /**
   * Denies every category but the required ones.
   * @param options where the visitor decided, for the record
   * @returns a Promise that resolves once the decision is in effect
   */
  rejectAll(options?: DecideOptions): Promise<void>
  /**
   * Decides for some categories, keeping the others as they are: `update({ analytics: true })`.
   * @param choices category name → granted
   * @param options where the visitor decided, for the record
   * @returns a Promise that resolves once the decision is in effect
   */
  update(choices: Partial<Record<K, boolean>>, options?: DecideOptions): Promise<void>
  /**
   * Forgets the decision (deletes the consent cookie), cleans up every non-required category and
   * shows the banner again.
   * @returns a Promise that resolves once the decision is forgotten
   */
  reset(): Promise<void>
  /** Shows the banner (with `ui: false`: tells `on('ui')` listeners to). */
  showBanner(): void
  /** Opens the preferences dialog (with `ui: false`: tells `on('ui')` listeners to). */
  showPreferences(): void
  /** Hides banner and dialog. */
  hide(): void
  /**
   * Calls `fn` with the new decision (null after `reset`) after every change.
   * @param event `'change'`
   * @param fn the listener
   * @returns a function that unsubscribes
   */
  on(event: 'change', fn: (decision: Decision<K> | null) => void): () => void
  /**
   * Calls `fn` at once with what is shown now, and again whenever that changes. With `ui: false`
   * this is what a site's own UI renders.
   * @param event `'ui'`
   * @param fn the listener
   * @returns a function that unsubscribes
   */
  on(event: 'ui', fn: (layer: Layer) => void): () => void
  /**
   * Runs `fn` once, as soon as the category is granted (at once if it already is).
   * @param category a category name of the config
   * @param fn what to run, such as loading a tracker
   * @returns a function that cancels it
   */
  onGranted(category: K, fn: () => void): () => void
  /**
   * The consent texts of the language shown, with their SHA-256; what each record's `notice`
   * proves. A site's own UI (`ui: false`) renders `banner` and `preferences` from it.
   * @returns a Promise of the notice
   */
  notice(): Promise<Notice<K>>
  /** A nanostores store of the decision, for `useStore(consent.store)` in any framework. */
  readonly store: ReadableAtom<Decision<K> | null>
  /**
   * A nanostores store of what `granted()` says now, for every category: required ones `true`
   * from the first moment, before any decision too.
   */
  readonly grants: ReadableAtom<Readonly<Record<K, boolean>>>
  /**
   * Stops this manager: the UI and floating button are removed, the listeners, observers and the
   * tab sync stop, and this manager becomes inert (its stores keep their last value). A later
   * `init` starts afresh — for hot reload and component tests.
   */
  destroy(): void
  /**
   * A snapshot of what each part is doing, for QA tools such as the demo's panel:
   * `gated` (held and released elements), `refused` (blocked writes and requests), `outbox` (records
   * waiting), `signals` (what was read at start: `gpc`, `jurisdiction`, `model`, `endpoint`).
   * @returns one entry per part
   */
  debug(): DebugInfo
}

/** What `debug()` returns: one entry per part that exposes its state; see each part's docs. */
export interface DebugInfo {
  [part: string]: unknown
}
