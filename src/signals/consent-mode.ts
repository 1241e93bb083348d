import type { Core } from '../manager'

type Gtag = (...args: unknown[]) => void
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag }

const DENIED = 'denied'
const GRANTED = 'granted'

/** The categories SPEC 3.3 maps by default; together they name every consent type but security_storage. */
const DEFAULT_MAP: Record<string, string[]> = {
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  preferences: ['functionality_storage', 'personalization_storage']
}

/**
 * Google Consent Mode v2: pushes the `default` command (everything denied but security_storage)
 * at once, then an `update` for the stored decision and after every change. A consent type that
 * several categories name is granted when any of them is granted.
 */
export function startConsentMode({ config, store, granted }: Core): void {
  const mode = config.googleConsentMode
  if (!mode) return
  const map = mode === true ? DEFAULT_MAP : mode
  const w = window as GoogleWindow
  w.dataLayer ||= []
  // Google's own snippet: gtag.js reads only `arguments` objects from dataLayer, never arrays,
  // and a page that defines gtag later with the same snippet keeps the same dataLayer.
  w.gtag ||= function () { w.dataLayer!.push(arguments) }
  const consent = (command: string, state: Record<string, unknown>) => w.gtag!('consent', command, state)
  /** The state of each type `types` maps, granted when any of its categories is. */
  const state = (types: Record<string, readonly string[]>, granted: (category: string) => boolean) => {
    const s: Record<string, unknown> = {}
    for (const name in types) for (const type of types[name]) if (s[type] != GRANTED) s[type] = granted(name) ? GRANTED : DENIED
    return s
  }
  // No wait_for_update: a returning visitor's update follows at once, and a first visitor's waits for a click.
  consent('default', { ...state(DEFAULT_MAP, () => false), security_storage: GRANTED })
  const update = () => consent('update', state(map, granted))
  if (store.get()) update()
  store.listen(update)
}
