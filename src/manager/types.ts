import type { ReadableAtom } from 'nanostores'

/**
 * How a decision was made; see SPEC 1.4. `opt-out`: the visitor used "Do Not Sell or Share"
 * (opt-out jurisdictions); `gpc`: the Global Privacy Control signal opted out by itself.
 */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'opt-out' | 'gpc'

/**
 * Where a decision was made: the banner, the dialog (opened from the floating button), a page
 * script, or the Global Privacy Control signal alone.
 */
export type Source = 'banner' | 'preferences' | 'floating' | 'api' | 'gpc'

/**
 * The age group behind a decision where an age gate runs (SPEC 3.6): an adult, a minor with no
 * guardian's consent yet (only required categories), or a guardian deciding for a minor.
 */
export type AgeGroup = 'adult' | 'minor' | 'minor-guardian'

/** One consent decision of a visitor; see SPEC 1.4. */
export interface Decision {
  /** UUID of this decision; the idempotency key of its record. */
  readonly id: string
  /** UUID of this browser's consent subject, stable across its decisions. */
  readonly subjectId: string
  /** The config revision the decision was made under. */
  readonly revision: number | string
  /** Every category of the config and whether it is granted. */
  readonly categories: Readonly<Record<string, boolean>>
  /** How the decision was made. */
  readonly method: Method
  /** When it was made, as an ISO 8601 string. */
  readonly timestamp: string
  /** The age group behind it, or null where no age gate runs. */
  readonly ageGroup?: AgeGroup | null
}

/** What the built-in UI shows now (or, with `ui: false`, what the site's own UI should show). */
export type Layer = 'banner' | 'preferences' | null

/** Proof of what the visitor was told: the texts of the banner and dialog in the language shown. */
export interface Notice {
  /** SHA-256 hex of `text` (UTF-8), or null where the browser has no Web Crypto (plain http). */
  readonly hash: string | null
  /** The language shown. */
  readonly language: string
  /** Every string of banner and dialog, in reading order, one per line. */
  readonly text: string
}

/**
 * The public API returned by `init`; see SPEC 1.4.
 *
 * The calls that decide (`acceptAll`, `rejectAll`, `update`, `reset`) take effect at once wherever
 * the UI has shown; elsewhere (a returning visitor's page) once the write side has loaded, a few
 * milliseconds later. Each returns a Promise that resolves when its decision is in effect: stored,
 * recorded and announced.
 */
export interface Manager {
  /** The current decision, or null before the visitor decided. */
  get(): Decision | null
  /** True once the category is granted; always for required categories. */
  granted(category: string): boolean
  /** Grants every category (those held by Global Privacy Control stay as they are). */
  acceptAll(): Promise<void>
  /** Denies every category but the required ones. */
  rejectAll(): Promise<void>
  /** Decides for some categories, keeping the others as they are: `update({ analytics: true })`. */
  update(choices: Record<string, boolean>): Promise<void>
  /** Forgets the decision, cleans up every non-required category and shows the banner again. */
  reset(): Promise<void>
  /** Shows the banner. */
  showBanner(): void
  /** Opens the preferences dialog. */
  showPreferences(): void
  /** Hides banner and dialog. */
  hide(): void
  /**
   * `'change'`: calls `fn` with the new decision (null after `reset`) after every change.
   * @returns a function that unsubscribes
   */
  on(event: 'change', fn: (decision: Decision | null) => void): () => void
  /**
   * `'ui'`: calls `fn` at once with what is shown now, and again whenever that changes.
   * @returns a function that unsubscribes
   */
  on(event: 'ui', fn: (layer: Layer) => void): () => void
  /**
   * Runs `fn` once, as soon as the category is granted (at once if it already is).
   * @returns a function that cancels it
   */
  onGranted(category: string, fn: () => void): () => void
  /** The consent texts of the language shown, with their SHA-256. */
  notice(): Promise<Notice>
  /** A nanostores store of the decision, for `useStore(consent.store)` in any framework. */
  readonly store: ReadableAtom<Decision | null>
  /** A nanostores store of what `granted()` says now, for every category. */
  readonly grants: ReadableAtom<Readonly<Record<string, boolean>>>
  /**
   * A snapshot of what each part is doing, for QA tools such as the demo's panel:
   * `gated` (held and released elements), `refused` (blocked writes and requests), `outbox` (records
   * waiting), `signals` (what was read at start: `gpc`, `jurisdiction`, `model`, `endpoint`).
   */
  debug(): DebugInfo
}

/** What `debug()` returns: one entry per part that exposes its state; see each part's docs. */
export interface DebugInfo {
  [part: string]: unknown
}
