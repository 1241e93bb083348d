import type { Core, DecisionRequest, Notice } from '../manager'
import type { ConsentCookie } from '../persist'
import type { Strings } from '../i18n'

/**
 * Everything the lazy part gets from the core, handed over once when it connects: the core's
 * state and its few ways to change it, the shared shadow root, the one consent-cookie writer, and
 * a loader for language files. The lazy part reaches nothing else of the core.
 */
export interface Handover extends Pick<Core, 'config' | 'signals' | 'store' | 'grants' | 'view' | 'granted' | 'commit' | 'show' | 'expose'> {
  /** The core's version; the lazy part refuses a core of another release. */
  readonly version: string
  /** The consent cookie, written through the core's writer (js-cookie lives in the core only). */
  readonly cookie: ConsentCookie
  /** The shadow root the UI renders into, shared with the floating button. */
  root(): ShadowRoot
  /** Loads the built-in strings of a language other than English (its own file). */
  loadLanguage(tag: string): Promise<Strings>
  /** Aborted when the core is destroyed: the lazy part unmounts its UI and removes its listeners. */
  readonly ended: AbortSignal
}

/** What the lazy part gives the core back once connected. */
export interface Lazy {
  /** Makes a decision: stores it in the consent cookie, records it, then commits it. */
  decide(request: DecisionRequest): void
  /** The texts the UI shows (or would show), and their hash. */
  notice(): Promise<Notice>
}

/** The lazy part as a module: its version, the config checker, and `connect`. */
export interface LazyPart {
  /** The version of the release it belongs to. */
  readonly version: string
  /**
   * Checks a config against SPEC 1.3.
   * @param json the JSON config block's text, to find keys written twice
   * @returns one message per problem, each naming its key: `errors` make the config invalid,
   *   `warnings` leave it working but non-compliant (a limit applied instead)
   */
  check(input: unknown, json?: string): { errors: string[]; warnings: string[] }
  /** Starts the write side, the sync and the UI for a running core. */
  connect(handover: Handover): Lazy
}
