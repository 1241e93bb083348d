import type { Core } from '../manager'
import { startConsentMode } from './consent-mode'
import { startVendors } from './vendors'

export { denyConsentModeDefault } from './consent-mode'
export { grantsBeforeDecision, grantsFor, heldByGpc, readSignals } from './read'
export type { Signals } from './read'
export { byPrefix, jurisdictionOf, modelOf } from './jurisdiction'

/**
 * Starts the signals Consentry sends out: Google Consent Mode and the other vendors' consent APIs.
 * It starts before the gate, so Consent Mode's default precedes every gated tag.
 */
export function startSignals(core: Core): void {
  startConsentMode(core)
  startVendors(core)
}
