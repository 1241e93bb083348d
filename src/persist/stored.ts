import type { Config } from '../config'
import type { AgeGroup, Decision, Method } from '../manager'
import { heldByGpc, type Signals } from '../signals'

const DAY = 864e5
/** The methods a stored decision can have: a reset leaves no decision to store. */
const METHODS: readonly string[] = ['accept-all', 'reject-all', 'custom', 'opt-out', 'gpc'] satisfies Method[]
const AGE_GROUPS: readonly string[] = ['adult', 'minor', 'minor-guardian'] satisfies AgeGroup[]

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
  /** The age group, where an age gate ran. */
  a?: AgeGroup
}

/** A decision read back from the consent cookie, with what it was made under. */
export interface Read {
  /** The decision, as it counts now. */
  decision: Decision
  /** Fingerprint of the config it was made under. */
  fingerprint?: string
  /** Whether it was made under Global Privacy Control. */
  underGpc: boolean
}

/** The stored shape of a decision. */
export function toStored(config: Config, decision: Decision, gpc: boolean): Stored {
  const c: Record<string, 0 | 1> = {}
  for (const name in decision.categories) c[name] = decision.categories[name] ? 1 : 0
  const stored: Stored = { i: decision.id, s: decision.subjectId, r: decision.revision, c, m: decision.method, t: decision.timestamp, f: config.fingerprint }
  if (gpc) stored.g = 1
  if (decision.ageGroup) stored.a = decision.ageGroup
  return stored
}

/** When a decision made at `timestamp` stops counting. */
export const expiry = (config: Config, timestamp: string): Date => new Date(Date.parse(timestamp) + config.expiresDays * DAY)

/**
 * Reads the consent cookie's value (as decoded from the cookie) back into a decision. Anything
 * unreadable, of another shape, of another revision, expired, or dated more than a day in the
 * future (a clock skew beyond that is a tampered value) is no decision: the visitor is asked again.
 * So is, in an opt-in jurisdiction, a decision that refused a category once `refusalDays` have
 * passed (a category held only by Global Privacy Control is no refusal).
 * A Global Privacy Control signal beats every opt-in to a `gpc` category made before it was sent,
 * the visitor's own switch included; one made under the signal stands.
 */
export function parseStored(value: string | undefined, config: Config, signals: Pick<Signals, 'gpc' | 'model'>, now = Date.now()): Read | null {
  let stored: Partial<Stored>
  try {
    stored = JSON.parse(value || 'null') || {}
  } catch {
    return null
  }
  const { i, s, r, c, m, t, f, g, a } = stored
  const time = Date.parse(t!)
  const fresh = time <= now + DAY && now < time + config.expiresDays * DAY
  const valid = typeof i == 'string' && i && typeof s == 'string' && s && r === config.revision && METHODS.includes(m!) &&
    typeof c == 'object' && c !== null && Object.values(c).every(v => v === 0 || v === 1) && (a === undefined || AGE_GROUPS.includes(a))
  if (!valid || !fresh) return null
  const categories: Record<string, boolean> = {}
  let refused = false
  for (const category of config.categories) {
    // A decision made under the signal already says what it holds; an earlier one is held by it now.
    const held = g != 1 && heldByGpc(signals, category)
    categories[category.name] = category.required || c[category.name] === 1 && !held
    // A category denied with the signal on, or held by it now, was not refused by the visitor.
    refused ||= !category.required && c[category.name] !== 1 && !(category.gpc && (g == 1 || signals.gpc))
  }
  if (signals.model == 'opt-in' && refused && now >= time + config.refusalDays * DAY) return null
  const decision: Decision = { id: i, subjectId: s, revision: r, categories, method: m!, timestamp: t!, ageGroup: a ?? null }
  return { decision, fingerprint: f, underGpc: g == 1 }
}
