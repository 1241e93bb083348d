import Cookies from 'js-cookie'
import type { Config } from '../config'
import { debug } from '../log'
import type { Decision } from '../manager'
import type { Signals } from '../signals'
import { expiry, parseStored, type Read, toStored } from './stored'

/** The consent cookie of a running page: the one writer of its value. */
export interface ConsentCookie {
  /**
   * Writes the decision.
   * @returns the exact `document.cookie` string written, so tests can check every attribute
   */
  write(decision: Decision): string
  /** Deletes it. */
  remove(): void
}

/** The consent cookie's attributes as js-cookie takes them: `Secure` on https. */
function attributes(config: Config): Cookies.CookieAttributes {
  const { path, domain, sameSite } = config.cookie
  return { path, domain, sameSite, secure: location.protocol == 'https:' }
}

/**
 * The consent cookie, read and written with js-cookie.
 * @param gpc whether Global Privacy Control is on (a decision made under it is marked)
 */
export function consentCookie(config: Config, gpc: boolean): ConsentCookie {
  return {
    write: decision => Cookies.set(config.cookie.name, JSON.stringify(toStored(config, decision, gpc)), {
      ...attributes(config),
      expires: expiry(config, decision.timestamp)
    }) ?? '',
    remove: () => Cookies.remove(config.cookie.name, attributes(config))
  }
}

/** Reads the decision in the consent cookie (see `parseStored`); an unusable value is no decision, with a debug message. */
export function readConsentCookie(config: Config, signals: Pick<Signals, 'gpc' | 'model'>): Read | null {
  const value = Cookies.get(config.cookie.name)
  const read = value === undefined ? null : parseStored(value, config, signals)
  if (value !== undefined && !read) debug('consent cookie ignored: unreadable, expired, of another revision, or a refusal to ask again.')
  return read
}
