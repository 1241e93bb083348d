import type { Core } from '../manager'
import { startConsentMode } from './consent-mode'

export { gpcSignal, heldByGpc } from './gpc'
export { startConsentMode } from './consent-mode'

/** Starts the signals Consentry sends out; first of all listeners, so Consent Mode's default comes first. */
export function startSignals(core: Core): void {
  startConsentMode(core)
}
