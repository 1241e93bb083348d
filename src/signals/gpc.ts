import type { Category, Config } from '../config'

/** The signals read once at start and handed to every part that needs them. */
export interface Signals {
  /** The browser sends Global Privacy Control and the site honours it. */
  readonly gpc: boolean
}

/** Reads the signals of this page view, once. */
export function readSignals(config: Config): Signals {
  return { gpc: config.respectGpc && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true }
}

/** True when Global Privacy Control holds this category denied unless the visitor turns it on. */
export function heldByGpc(signals: Signals, category: Category): boolean {
  return signals.gpc && category.gpc && !category.required
}
