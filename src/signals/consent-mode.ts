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
export function startConsentMode({ config, manager }: Core): void {
  const mode = config.googleConsentMode
  if (!mode) return
  const map = mode === true ? DEFAULT_MAP : mode
  const w = window as GoogleWindow
  w.dataLayer = w.dataLayer || []
  // Google's own snippet: gtag.js reads only `arguments` objects from dataLayer, never arrays,
  // and a page that defines gtag later with the same snippet keeps the same dataLayer.
  w.gtag = w.gtag || function () { w.dataLayer!.push(arguments) }
  const consent = (command: string, state: Record<string, unknown>) => w.gtag!('consent', command, state)
  const defaults: Record<string, unknown> = {}
  for (const type of Object.values(DEFAULT_MAP).flat()) defaults[type] = DENIED
  defaults.security_storage = GRANTED
  defaults.wait_for_update = 500
  consent('default', defaults)
  const update = () => {
    const state: Record<string, string> = {}
    for (const name in map) for (const type of map[name]) if (state[type] != GRANTED) state[type] = manager.granted(name) ? GRANTED : DENIED
    consent('update', state)
  }
  if (manager.get()) update()
  manager.store.listen(update)
}
