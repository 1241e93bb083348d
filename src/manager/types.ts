import type { ReadableAtom } from 'nanostores'
import type { Config } from '../config'

/** How a decision was made. */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'reset'

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
}

/** Proof of what the visitor was told: the texts of the banner and dialog in the language shown. */
export interface Notice {
  /** SHA-256 hex of `text` (UTF-8), or null where the browser has no Web Crypto. */
  hash: string | null
  /** The language shown. */
  language: string
  /** Every string of banner and dialog, in reading order, one per line. */
  text: string
}

/** What the UI bundle provides to the manager; see `src/ui`. */
export interface Ui {
  /** Shows the first layer. */
  showBanner(): void
  /** Shows the preferences dialog. */
  showPreferences(): void
  /** Hides banner and dialog. */
  hide(): void
  /** The texts the UI shows, and their hash. */
  notice(): Promise<Notice>
}

/**
 * The public API returned by `init`; see SPEC 1.4. The calls that decide (`acceptAll`,
 * `rejectAll`, `update`, `reset`) take effect at once with the npm build and wherever the UI has
 * shown; on a script-tag page that has not loaded its lazy part yet (a returning visitor's), once
 * it has, a few milliseconds later. Each returns a Promise that resolves when its decision is in
 * effect: stored, recorded and announced.
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
   * Calls `fn` with the new decision (null after `reset`) after every change.
   * @returns a function that unsubscribes
   */
  on(event: 'change', fn: (decision: Decision | null) => void): () => void
  /** Runs `fn` once, as soon as the category is granted (at once if it already is). */
  onGranted(category: string, fn: () => void): () => void
  /** The consent texts of the language shown, with their SHA-256. */
  notice(): Promise<Notice>
  /** A nanostores store of the decision, for `useStore(consent.store)`. */
  readonly store: ReadableAtom<Decision | null>
  /**
   * A snapshot of what each part is doing, for QA tools such as the demo's panel:
   * `gated` (held and released elements), `refused` (blocked writes and requests), `outbox` (records waiting).
   */
  debug(): DebugInfo
}

/** What `debug()` returns: one entry per part that exposes its state; see each part's docs. */
export interface DebugInfo {
  [part: string]: unknown
}

/** The write side: the calls that change the decision, as the manager's same-named members, and cookie deletion. */
export interface Decisions {
  /** See `Manager.acceptAll`. */
  acceptAll(): void
  /** See `Manager.rejectAll`. */
  rejectAll(): void
  /** See `Manager.update`. */
  update(choices: Record<string, boolean>): void
  /** See `Manager.reset`. */
  reset(): void
  /** Deletes cookies by name on every path and domain; `write` writes past the guard. */
  expire(names: string[], write: (cookie: string) => void): void
}

/** Builds the write side for a running core. */
export type DecisionsFactory = (core: Core) => Decisions

/** What each listener module (gate, guard, sync, signals, ui, the write side) is started with. */
export interface Core {
  /** The validated config. */
  readonly config: Config
  /** The manager, whose store announces every change. */
  readonly manager: Manager
  /** Resolves once the config is known to be valid (true) or invalid (false); the stored decision is in the store by then. */
  readonly ready: Promise<boolean>
  /**
   * Calls `fn` whenever what `granted()` says may have changed: after every change of the decision,
   * and once the config is known valid. Returns a function that stops the calls after a change.
   */
  watch(fn: () => void): () => void
  /** Sets the decision (null: none) and fires `consentry:change`; only the write side calls it. */
  commit(decision: Decision | null): void
  /**
   * Runs `use` with the write side, loading it first if needed (without `use`: just loads it,
   * which starts the delivery of waiting records); calls wait until the config is known valid.
   */
  decide(use?: (decisions: Decisions) => void): void
  /** Makes a part's state visible in `manager.debug()` under `part`. */
  expose(part: string, snapshot: () => unknown): void
}
