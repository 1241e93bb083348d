// The query string of the log, its exports and the stats, checked before it reaches a query.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const realDay = v => DAY.test(v) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v)

const RULES = {
  subjectId: [v => UUID.test(v), 'must be a lowercase UUID'],
  category: [v => /^[\w-]{1,64}$/.test(v), 'must be a category name'],
  from: [realDay, 'must be a date such as 2026-11-01'],
  to: [realDay, 'must be a date such as 2026-11-30'],
  cursor: [v => /^[1-9]\d{0,15}$/.test(v), 'must be the cursor of a Link header'],
  limit: [v => /^[1-9]\d{0,6}$/.test(v), 'must be a whole number from 1']
}

/**
 * The filters in `url`'s query, each checked.
 * @returns `{ q: { subjectId, category, from, to, cursor }, limit }` (absent ones left out), or `{ error }`
 */
export function readFilters(url, names = Object.keys(RULES)) {
  const q = {}
  for (const name of names) {
    const value = url.searchParams.get(name)
    if (value === null || value === '') continue
    const [ok, expected] = RULES[name]
    if (!ok(value)) return { error: `${name}: ${expected}` }
    q[name] = name == 'cursor' || name == 'limit' ? Number(value) : value
  }
  const { limit, ...rest } = q
  return { q: rest, limit }
}

/** `path?query` with `params` replacing those of `url` ('' and undefined drop a parameter). */
export function withParams(url, params) {
  const next = new URLSearchParams(url.searchParams)
  for (const [k, v] of Object.entries(params)) v === '' || v === undefined || v === null ? next.delete(k) : next.set(k, String(v))
  const query = next.toString()
  return url.pathname + (query ? '?' + query : '')
}
