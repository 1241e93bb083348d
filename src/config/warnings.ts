import { MAX_EXPIRES_DAYS, MIN_REFUSAL_DAYS } from './normalize'

type Rec = Record<string, unknown>
const isObject = (v: unknown): v is Rec => typeof v == 'object' && v !== null && !Array.isArray(v)

/**
 * The problems of a config that leave the page working but non-compliant (SPEC 1.3): each names its
 * key and says what Consentry does instead. Only for a config that passed `checkConfig`.
 */
export function configWarnings(input: unknown): string[] {
  if (!isObject(input)) return []
  const warnings: string[] = []
  const { expiresDays, refusalDays, categories } = input
  if (typeof expiresDays == 'number' && expiresDays > MAX_EXPIRES_DAYS) {
    warnings.push(`"expiresDays" is over ${MAX_EXPIRES_DAYS} (thirteen months, the longest a consent should last): ${MAX_EXPIRES_DAYS} is used.`)
  }
  if (typeof refusalDays == 'number' && refusalDays < MIN_REFUSAL_DAYS) {
    warnings.push(`"refusalDays" is under ${MIN_REFUSAL_DAYS}: asking a visitor who refused again so soon is not allowed where consent is opt-in; ${MIN_REFUSAL_DAYS} is used.`)
  }
  if (isObject(categories)) {
    for (const [name, c] of Object.entries(categories)) {
      if (!isObject(c) || c.required !== true) continue
      for (const flag of ['hosts', 'gpc', 'sensitive'] as const) {
        const set = flag == 'hosts' ? Array.isArray(c.hosts) && c.hosts.length > 0 : c[flag] === true
        if (set) warnings.push(`"categories.${name}.${flag}": a required category is always granted, so ${flag == 'hosts' ? 'the hosts it owns are never blocked' : `"${flag}" has no effect`}; move them to a category that asks.`)
      }
    }
  }
  return warnings
}
