import type { Core } from '../manager'
import { type ConsentStates, consentStates } from './consent-state'
import { vendorMap } from './consent-mode'
import { grantsBeforeDecision } from './read'

type VendorWindow = Window & {
  fbq?: (...args: unknown[]) => void
  uetq?: { push(...args: unknown[]): void }
  clarity?: (...args: unknown[]) => void
}

/** Tells each vendor API on the page the consent states (SPEC 3.4). */
function tell(w: VendorWindow, states: ConsentStates, first: boolean): void {
  const ads = states.ad_storage || 'denied'
  w.fbq?.('consent', ads == 'granted' ? 'grant' : 'revoke')
  w.uetq?.push('consent', first ? 'default' : 'update', { ad_storage: ads })
  w.clarity?.('consentv2', { ad_Storage: ads, analytics_Storage: states.analytics_storage || 'denied' })
}

/**
 * The Meta pixel (`fbq`), Microsoft UET (`uetq`) and Microsoft Clarity (`clarity`) hear the same
 * decision as Google Consent Mode, through its map, whenever their functions are on the page: at
 * start what holds before a decision (denied and revoked in an opt-in jurisdiction), then after
 * every decision. A vendor that loads later (released by its own grant) hears the next change.
 */
export function startVendors(core: Core): void {
  const { config, signals, store, granted } = core
  const w = window as VendorWindow
  const map = vendorMap(core)
  const undecided = grantsBeforeDecision(config, signals)
  tell(w, consentStates(map, store.get() ? granted : undecided), true)
  store.listen(() => tell(w, consentStates(map, granted), false))
}
