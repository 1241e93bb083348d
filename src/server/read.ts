import { type ConsentryConfig, normalizeConfig } from '../config'
import type { Decision } from '../manager'
import { parseStored } from '../persist'

/**
 * The value of one cookie in a `Cookie` request header, decoded as js-cookie decodes it in the
 * browser (percent-escapes, the first cookie of a name wins), or undefined.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header || '').split(/;\s*/)) {
    const [key, ...rest] = pair.split('=')
    try {
      if (decodeURIComponent(key.trim()) == name) return rest.join('=').replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)
    } catch {} // a malformed escape is skipped, as js-cookie skips it
  }
}

/**
 * The decision stored in the consent cookie of a request, exactly as the browser reads it
 * (revision, expiry and tamper rules of SPEC 1.6), or null when there is none. The server cannot
 * see Global Privacy Control in the cookie, so a category "Accept all" granted before the signal
 * reads as granted here; the browser's guard still holds it.
 * @param cookieHeader the request's `Cookie` header
 */
export function readConsent(cookieHeader: string | undefined, config: ConsentryConfig): Decision | null {
  const normalized = normalizeConfig(config)
  return parseStored(cookieValue(cookieHeader, normalized.cookie.name), normalized, false)?.decision ?? null
}
