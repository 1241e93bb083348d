import type { Core } from '../manager'
import { startConsentMode } from './consent-mode'

export { heldByGpc, readSignals } from './gpc'
export type { Signals } from './gpc'

/** Starts the signals Consentry sends out, before the gate starts, so Consent Mode's default precedes every gated tag. */
export function startSignals(core: Core): void {
  startConsentMode(core)
}
