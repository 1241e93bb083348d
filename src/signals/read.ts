import type { Category, Config, EndpointConfig, Model } from '../config'
import { endpointOf, modelOf, readJurisdiction } from './jurisdiction'

/** What is known of this visitor at start, read once and handed to every part that needs it. */
export interface Signals {
  /** The browser sends Global Privacy Control and the site honours it. */
  readonly gpc: boolean
  /** Where the visitor is: an ISO 3166 code or `'unknown'`. */
  readonly jurisdiction: string
  /** The consent model there. */
  readonly model: Model
  /** Where this visitor's records go, or null. */
  readonly endpoint: Readonly<EndpointConfig> | null
}

/** Reads the signals of this page view, once. */
export function readSignals(config: Config): Signals {
  const jurisdiction = readJurisdiction(config)
  return {
    gpc: config.respectGpc && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    jurisdiction,
    model: modelOf(config, jurisdiction),
    endpoint: endpointOf(config, jurisdiction)
  }
}

/** True when Global Privacy Control holds this category denied unless the visitor turns it on. */
export function heldByGpc(signals: Pick<Signals, 'gpc'>, category: Category): boolean {
  return signals.gpc && category.gpc && !category.required
}

/**
 * What a category is granted before the visitor decides: in an opt-out jurisdiction everything
 * but what Global Privacy Control holds and what needs separate consent; in an opt-in one nothing
 * but the required categories.
 */
function grantedUndecided(signals: Pick<Signals, 'gpc' | 'model'>, category: Category): boolean {
  return category.required || signals.model == 'opt-out' && !category.sensitive && !heldByGpc(signals, category)
}

/**
 * What `granted()` says for each category of a valid config: required categories always, the
 * others as decided, or before a decision as the jurisdiction's model says.
 */
export function grantsFor(config: Config, signals: Pick<Signals, 'gpc' | 'model'>, decision: { categories: Record<string, boolean> } | null): Record<string, boolean> {
  const grants: Record<string, boolean> = {}
  for (const c of config.categories) grants[c.name] = c.required || (decision ? decision.categories[c.name] === true : grantedUndecided(signals, c))
  return grants
}

/** What is granted before a decision, by category name (unknown names are not granted). */
export function grantsBeforeDecision(config: Config, signals: Pick<Signals, 'gpc' | 'model'>): (name: string) => boolean {
  const grants = grantsFor(config, signals, null)
  return name => grants[name] === true
}
