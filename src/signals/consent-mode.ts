import { DEFAULT_CONSENT_MAP } from '../config'
import { warn } from '../log'
import type { Core } from '../manager'
import { CONSENT_TYPES, type ConsentStates, consentStates } from './consent-state'
import { grantsBeforeDecision } from './read'

type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void }

/**
 * Google's snippet: gtag.js reads only `arguments` objects from dataLayer, never arrays, and a
 * page that defines gtag later with the same snippet keeps the same dataLayer.
 */
function gtag(w: GoogleWindow): (...args: unknown[]) => void {
  w.dataLayer ||= []
  return w.gtag ||= function () { w.dataLayer!.push(arguments) }
}

/** The `default` command's state of every type: the given states, else denied; security_storage granted. */
const defaults = (states: ConsentStates): ConsentStates => {
  const all: ConsentStates = { security_storage: 'granted' }
  for (const type of CONSENT_TYPES) all[type] = states[type] || 'denied'
  return all
}

/**
 * Pushes the all-denied default when the config cannot even be read (a JSON block that does not
 * parse) on a page that has a dataLayer: Consent Mode fails closed.
 */
export function denyConsentModeDefault(): void {
  const w = window as GoogleWindow
  if (w.dataLayer) gtag(w)('consent', 'default', defaults({}))
}

/**
 * Google Consent Mode v2 (SPEC 3.3): the `default` command at once, before any gated tag, by the
 * jurisdiction's model (denied where opt-in; where opt-out granted, but what Global Privacy Control
 * holds and what needs separate consent); the `set` options; then an `update` for the stored
 * decision and after every decision, each followed by a `consentry_update` dataLayer event a tag
 * manager can trigger on.
 */
export function startConsentMode({ config, signals, store, granted }: Core): void {
  const mode = config.googleConsentMode
  if (!mode) return
  const w = window as GoogleWindow
  if (w.dataLayer?.some(entry => (entry as ArrayLike<unknown>)[0] == 'config')) {
    warn("a gtag('config') ran before the consent default: put the Consentry script tag above the Google tag.")
  }
  const send = gtag(w)
  const undecided = grantsBeforeDecision(config, signals)
  const first = defaults(consentStates(mode.map, undecided))
  send('consent', 'default', mode.waitForUpdate ? { ...first, wait_for_update: mode.waitForUpdate } : first)
  if (mode.adsDataRedaction !== undefined) send('set', 'ads_data_redaction', mode.adsDataRedaction)
  if (mode.urlPassthrough !== undefined) send('set', 'url_passthrough', mode.urlPassthrough)
  const update = () => {
    send('consent', 'update', consentStates(mode.map, granted))
    w.dataLayer!.push({ event: 'consentry_update' })
  }
  if (store.get()) update()
  store.listen(update)
}

/** The map other vendors' consent APIs hear through: Consent Mode's, else the default one. */
export const vendorMap = ({ config }: Pick<Core, 'config'>) => config.googleConsentMode?.map || DEFAULT_CONSENT_MAP
