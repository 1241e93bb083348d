import type { Config } from '../config'
import type { Decision, Method } from '../manager'

const DAY = 864e5
const METHODS: readonly string[] = ['accept-all', 'reject-all', 'custom'] satisfies Method[]

/** The compact shape stored in the consent cookie. */
export interface Stored {
  /** Decision id. */
  i: string
  /** Subject id. */
  s: string
  /** Revision. */
  r: number | string
  /** Category → 1 granted, 0 denied. */
  c: Record<string, 0 | 1>
  /** Method. */
  m: Method
  /** Timestamp (ISO 8601). */
  t: string
  /** Fingerprint of the config the decision was made under, which had passed the check. */
  f?: string
  /** 1 when the decision was made under Global Privacy Control. */
  g?: 1
}

/** A decision read back from the consent cookie, with the fingerprint of the config it was made under. */
export interface Read {
  decision: Decision
  fingerprint?: string
}

/** The stored shape of a decision. */
export function toStored(config: Config, decision: Decision, gpc: boolean): Stored {
  const c: Record<string, 0 | 1> = {}
  for (const name in decision.categories) c[name] = decision.categories[name] ? 1 : 0
  const stored: Stored = { i: decision.id, s: decision.subjectId, r: decision.revision, c, m: decision.method, t: decision.timestamp, f: config.fingerprint }
  if (gpc) stored.g = 1
  return stored
}

/** When a decision made at `timestamp` stops counting. */
export const expiry = (config: Config, timestamp: string): Date => new Date(Date.parse(timestamp) + config.expiresDays * DAY)

/**
 * Reads the consent cookie's value (as decoded from the cookie) back into a decision. Anything
 * unreadable, of another shape, of another revision, expired, or dated more than a day in the
 * future (a clock skew beyond that is a tampered value) is no decision: the visitor is asked again.
 * @param gpc whether Global Privacy Control is on now: "Accept all" never grants what it holds,
 *   also when it was clicked before the signal
 */
export function parseStored(value: string | undefined, config: Config, gpc: boolean, now = Date.now()): Read | null {
  let stored: Partial<Stored>
  try {
    stored = JSON.parse(value || 'null') || {}
  } catch {
    return null
  }
  const { i, s, r, c, m, t, f, g } = stored
  const time = Date.parse(t!)
  const fresh = time <= now + DAY && now < time + config.expiresDays * DAY
  const valid = typeof i == 'string' && i && typeof s == 'string' && s && r === config.revision && METHODS.includes(m!) &&
    typeof c == 'object' && c !== null && Object.values(c).every(v => v === 0 || v === 1)
  if (!valid || !fresh) return null
  const categories: Record<string, boolean> = {}
  for (const category of config.categories) {
    const heldByGpc = gpc && category.gpc && !category.required && m == 'accept-all' && !g
    categories[category.name] = category.required || c[category.name] === 1 && !heldByGpc
  }
  return { decision: { id: i, subjectId: s, revision: r, categories, method: m!, timestamp: t! }, fingerprint: f }
}
