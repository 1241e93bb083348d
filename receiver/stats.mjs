// Opt-in rates from the daily rollup: per category, and per day, jurisdiction, language and method.

const DIMENSIONS = { byDay: 'day', byJurisdiction: 'jurisdiction', byLanguage: 'language', byMethod: 'method' }

/**
 * @param {Array<{ day, jurisdiction, language, method, category, decisions, granted }>} rows the rollup
 * @param {{ from?: string, to?: string }} range
 * @returns the figures of /consent-stats.json (docs/receiver.md shows the shape)
 */
export function summarize(rows, { from, to } = {}) {
  const categories = [...new Set(rows.map(r => r.category).filter(c => c != '*'))].sort()
  const group = key => {
    const groups = new Map()
    for (const r of rows) {
      const k = key ? r[key] : 'all'
      const g = groups.get(k) || groups.set(k, { key: k, decisions: 0, counts: new Map() }).get(k)
      if (r.category == '*') g.decisions += r.decisions
      else {
        const c = g.counts.get(r.category) || g.counts.set(r.category, { decisions: 0, granted: 0 }).get(r.category)
        c.decisions += r.decisions
        c.granted += r.granted
      }
    }
    return [...groups.values()].map(({ key: k, decisions, counts }) => ({
      key: k,
      decisions,
      granted: Object.fromEntries(categories.filter(c => counts.has(c)).map(c => [c, counts.get(c).granted])),
      rate: Object.fromEntries(categories.filter(c => counts.has(c)).map(c => [c, round(counts.get(c).granted / counts.get(c).decisions)]))
    }))
  }
  const [all] = group(null)
  const out = { from: from || null, to: to || null, decisions: all?.decisions || 0, categories, overall: all || { key: 'all', decisions: 0, granted: {}, rate: {} } }
  for (const [name, key] of Object.entries(DIMENSIONS)) {
    const groups = group(key)
    out[name] = name == 'byDay' ? groups.sort((a, b) => (a.key < b.key ? -1 : 1)) : groups.sort((a, b) => b.decisions - a.decisions || (a.key < b.key ? -1 : 1))
  }
  return out
}

const round = x => Math.round(x * 10000) / 10000
