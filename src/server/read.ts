import Cookies from 'js-cookie'
import { type Config, type ConsentryConfig, normalizeConfig } from '../config'
import type { Decision } from '../manager'
import { parseStored } from '../persist'
import { grantsFor, jurisdictionOf, modelOf, type Signals } from '../signals'

/** Options of `readConsent`. */
export interface ReadOptions {
  /**
   * Whether the request carries Global Privacy Control (`Sec-GPC: 1`), as the browser's
   * `navigator.globalPrivacyControl` would say: "Accept all" then never grants a `gpc` category.
   * @default false
   */
  gpc?: boolean
  /**
   * Where the visitor is, as the page's `consentry-jurisdiction` meta tag says (the same geo code
   * your server writes there): its consent model decides how long a refusal counts and, before any
   * decision, what is granted.
   * @default the config's `jurisdiction` when it is a code, else `'unknown'` (opt-in)
   */
  jurisdiction?: string
  /** The time to judge expiry by, in ms since the epoch. @default Date.now() */
  now?: number
}

/** The signals a server knows of a request: GPC from its header, the model from the jurisdiction, read as the page reads them. */
function signalsOf(config: Config, options: ReadOptions): Pick<Signals, 'gpc' | 'model'> {
  const code = jurisdictionOf(options.jurisdiction || (config.jurisdiction != 'auto' ? config.jurisdiction : ''))
  return { gpc: options.gpc === true && config.respectGpc, model: modelOf(config, code) }
}

/**
 * The value of one cookie in a `Cookie` request header, decoded as js-cookie decodes it in the
 * browser (its own converter), so the server reads exactly what the page reads. The first cookie
 * of that name wins, as in the browser, which lists the one with the longest path first; a name
 * or value that does not decode is skipped.
 * @param header the request's `Cookie` header: `a=1; b=2`
 * @returns the decoded value, or undefined when there is no such cookie
 */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const pair of (header || '').split(/;\s*/)) {
    const at = pair.indexOf('=')
    if (at < 0) continue
    try {
      if (decodeURIComponent(pair.slice(0, at).trim()) == name) return Cookies.converter.read(pair.slice(at + 1), name)
    } catch {} // a malformed %-escape: js-cookie skips that cookie too
  }
  return undefined
}

/**
 * The decision stored in a request's consent cookie, read as the browser reads it (SPEC 1.8):
 * a value that is unreadable, tampered with, of another revision or expired is no decision.
 * A server render that renders from it matches the client's first render, so hydration finds
 * no mismatch, and it can leave out what the visitor has not granted.
 * @param cookieHeader the request's `Cookie` header (`req.headers.cookie`), or undefined
 * @param config the same config the page passes to `init`
 * @param options GPC, the jurisdiction and the time to judge expiry by
 * @returns the decision, or null when the visitor has not decided (show the banner)
 * @example
 * ```ts
 * import { readConsent } from 'consentry/server'
 *
 * const decision = readConsent(req.headers.cookie, config, { gpc: req.headers['sec-gpc'] == '1' })
 * const analytics = decision?.categories.analytics ?? false
 * ```
 */
export function readConsent<K extends string>(cookieHeader: string | null | undefined, config: ConsentryConfig<K>, options: ReadOptions = {}): Decision<K> | null {
  return decisionIn(normalizeConfig(config as ConsentryConfig), cookieHeader, options) as Decision<K> | null
}

/** `readConsent` with a config already normalised. */
export function decisionIn(config: Config, cookieHeader: string | null | undefined, options: ReadOptions): Decision | null {
  const value = cookieValue(cookieHeader, config.cookie.name)
  return value === undefined ? null : parseStored(value, config, signalsOf(config, options), options.now ?? Date.now())?.decision ?? null
}

/**
 * What `granted()` would say on the page for each category of `config`, from a decision
 * `readConsent` returned: required categories always, the others as decided, or before a
 * decision as the jurisdiction's model says (nothing where consent is opt-in). It is what the
 * manager's `grants` store holds at the client's first render, so a server render built from it
 * hydrates without a mismatch.
 * @param decision what `readConsent` returned
 * @param options the same GPC and jurisdiction given to `readConsent`
 * @returns category name → granted
 */
export function grantsOf<K extends string>(decision: Decision<K> | null, config: ConsentryConfig<K>, options: ReadOptions = {}): Record<K, boolean> {
  return grantsIn(normalizeConfig(config as ConsentryConfig), decision, options) as Record<K, boolean>
}

/** `grantsOf` with a config already normalised. */
export function grantsIn(config: Config, decision: Decision | null, options: ReadOptions): Record<string, boolean> {
  return grantsFor(config, signalsOf(config, options), decision)
}
