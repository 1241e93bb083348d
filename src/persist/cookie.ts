import type { Config } from '../config'
import { debug } from '../log'
import type { Decision, Method } from '../manager'

const DAY = 864e5
const METHODS: Method[] = ['accept-all', 'reject-all', 'custom']

/** The compact shape stored in the consent cookie. */
interface Stored {
  i: string
  s: string
  r: number | string
  c: Record<string, 0 | 1>
  m: Method
  t: string
}

/**
 * The one function that writes the consent cookie (js-cookie did this for 750 bytes of the
 * returning visitor's 5 KB budget; three calls need only this).
 * @returns the exact string written
 */
function setCookie(config: Config, value: string, expires: Date): string {
  const { name, path, domain, sameSite } = config.cookie
  return (document.cookie = `${name}=${encodeURIComponent(value)}; path=${path}${domain ? '; domain=' + domain : ''}` +
    `; expires=${expires.toUTCString()}; sameSite=${sameSite}${location.protocol == 'https:' ? '; secure' : ''}`)
}

/**
 * Writes the decision into the consent cookie.
 * @returns the exact `document.cookie` string written, so tests can check every attribute
 */
export function writeConsentCookie(config: Config, decision: Decision): string {
  const c: Record<string, 0 | 1> = {}
  for (const name in decision.categories) c[name] = decision.categories[name] ? 1 : 0
  const stored: Stored = { i: decision.id, s: decision.subjectId, r: decision.revision, c, m: decision.method, t: decision.timestamp }
  const expires = new Date(Date.parse(decision.timestamp) + config.expiresDays * DAY)
  return setCookie(config, JSON.stringify(stored), expires)
}

/** Deletes the consent cookie. */
export function deleteConsentCookie(config: Config): void {
  setCookie(config, '', new Date(0))
}

/**
 * Reads the consent cookie back. Anything unreadable, tampered with, of another revision or
 * expired is no decision, so the visitor is asked again.
 */
export function readConsentCookie(config: Config, now = Date.now()): Decision | null {
  const name = config.cookie.name + '='
  const raw = document.cookie.split('; ').find(c => c.startsWith(name))
  if (!raw) return null
  let s: Stored
  try {
    s = JSON.parse(decodeURIComponent(raw.slice(name.length)))
  } catch {
    return invalid('is not JSON')
  }
  if (typeof s != 'object' || s === null || typeof s.i != 'string' || !s.i || typeof s.s != 'string' || !s.s ||
    !METHODS.includes(s.m) || typeof s.c != 'object' || s.c === null || typeof s.t != 'string') {
    return invalid('has an unexpected shape')
  }
  const time = Date.parse(s.t)
  if (!(time <= now + DAY)) return invalid('has an invalid timestamp')
  if (s.r !== config.revision) return invalid(`is of revision ${String(s.r)}, not ${String(config.revision)}`)
  if (time + config.expiresDays * DAY <= now) return invalid('has expired')
  const categories: Record<string, boolean> = {}
  for (const c of config.categories) {
    const v = s.c[c.name]
    if (v !== undefined && v !== 0 && v !== 1) return invalid(`has an invalid value for "${c.name}"`)
    categories[c.name] = c.required || v === 1
  }
  return { id: s.i, subjectId: s.s, revision: s.r, categories, method: s.m, timestamp: s.t }
}

function invalid(why: string): null {
  debug(`the consent cookie ${why}; it counts as no decision.`)
  return null
}
