/** A consent type's state, as Google Consent Mode and the other vendors' APIs spell it. */
export type ConsentState = 'granted' | 'denied'

/** Consent type → state. */
export type ConsentStates = Record<string, ConsentState>

/** Every consent type of Google Consent Mode v2 but security_storage, which is always granted. */
export const CONSENT_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage'] as const

/**
 * The state of each consent type a map names: granted when any of its categories is granted.
 * @param map category → the consent types it grants
 */
export function consentStates(map: Readonly<Record<string, readonly string[]>>, granted: (category: string) => boolean): ConsentStates {
  const states: ConsentStates = {}
  for (const name in map) {
    for (const type of map[name]) if (states[type] != 'granted') states[type] = granted(name) ? 'granted' : 'denied'
  }
  return states
}
