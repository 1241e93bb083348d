import type { Config } from '../config'
import { debug } from '../log'
import { gpcSignal, heldByGpc } from '../signals'
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
  /** Fingerprint of the config the decision was made under, which had passed the check. */
  f?: string
  /** 1 when the decision was made under Global Privacy Control. */
  g?: 1
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
  const stored: Stored = { i: decision.id, s: decision.subjectId, r: decision.revision, c, m: decision.method, t: decision.timestamp, f: config.fingerprint }
  if (gpcSignal(config)) stored.g = 1
  const expires = new Date(Date.parse(decision.timestamp) + config.expiresDays * DAY)
  return setCookie(config, JSON.stringify(stored), expires)
}

/** Deletes the consent cookie. */
export function deleteConsentCookie(config: Config): void {
  setCookie(config, '', new Date(0))
}

/**
 * Reads the consent cookie back, with the fingerprint of the config it was written under. Anything
 * unreadable, tampered with, of another revision or expired is no decision, so the visitor is
 * asked again.
 */
export function readStored(config: Config, now = Date.now()): { decision: Decision | null; print?: string } {
  const name = config.cookie.name + '='
  const raw = document.cookie.split('; ').find(c => c.startsWith(name))
  if (raw) {
    try {
      const { i, s, r, c, m, t, f, g }: Stored = JSON.parse(decodeURIComponent(raw.slice(name.length)))
      const time = Date.parse(t)
      const categories: Record<string, boolean> = {}
      for (const category of config.categories) {
        const v = c[category.name]
        if (v !== undefined && v !== 0 && v !== 1) throw v
        // "Accept all" never grants what Global Privacy Control holds, also when it was clicked before the signal.
        categories[category.name] = category.required || v === 1 && !(m == 'accept-all' && !g && heldByGpc(config, category))
      }
      if (i && s && typeof i == 'string' && typeof s == 'string' && typeof c == 'object' && METHODS.includes(m) &&
        r === config.revision && time <= now + DAY && now < time + config.expiresDays * DAY) {
        return { decision: { id: i, subjectId: s, revision: r, categories, method: m, timestamp: t }, print: f }
      }
    } catch {}
    debug('consent cookie ignored: unreadable, expired or of another revision.')
  }
  return { decision: null }
}
