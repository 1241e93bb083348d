// /consent-stats as a page: the figures of summarize() as charts, each with its table.
import { bars, legend, lines } from './chart.mjs'
import { esc } from './html.mjs'

const MOST_GROUPS = 12
const MOST_DAYS = 90
const pct = v => (v === undefined ? '—' : `${(v * 100).toFixed(1)}%`)

function table(groups, categories, head) {
  return `<details><summary>Figures</summary><div class="scroll"><table><thead><tr><th>${esc(head)}</th><th>Decisions</th>${categories.map(c => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>
${groups.map(g => `<tr><td>${esc(g.key || '(none)')}</td><td>${g.decisions}</td>${categories.map(c => `<td>${pct(g.rate[c])}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div></details>`
}

function section(id, title, chart, groups, categories, head) {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>${chart}${table(groups, categories, head)}</section>`
}

const grouped = (title, groups, categories, labelOf = g => g.key || '(none)') => bars({
  title,
  series: categories,
  rows: groups.slice(0, MOST_GROUPS).map(g => ({ label: labelOf(g), note: `${g.decisions} decisions`, values: categories.map(c => g.rate[c]) }))
})

/** The stats page for `stats` (summarize()'s figures) and the range form. */
export function renderStats(stats) {
  const all = stats.categories
  // A category every decision granted is a required one: the tables keep it, the charts leave it out.
  const required = all.filter(c => stats.overall.rate[c] === 1 && stats.overall.granted[c] === stats.decisions)
  const optional = all.filter(c => !required.includes(c))
  const categories = optional.length ? optional : all
  const range = `<form method="get" action="/consent-stats" class="filters">
  <label>From <input type="date" name="from" value="${esc(stats.from)}"></label>
  <label>To <input type="date" name="to" value="${esc(stats.to)}"></label>
  <button>Show</button> <a href="/consent-stats">All time</a> · <a href="/consent-stats.json${stats.from || stats.to ? esc(`?${new URLSearchParams(Object.entries({ from: stats.from, to: stats.to }).filter(([, v]) => v))}`) : ''}">JSON</a>
</form>`
  if (!stats.decisions) return `${range}<p>No decisions recorded${stats.from || stats.to ? ' in this range' : ''} yet.</p>`
  const days = stats.byDay.slice(-MOST_DAYS)
  const more = n => (n > MOST_GROUPS ? `<p class="note">The ${MOST_GROUPS} with the most decisions of ${n}; the JSON has all.</p>` : '')
  return `${range}
<p>${stats.decisions} decisions. Each bar is the share of decisions that granted a category (opt-in rate).${required.length && optional.length
    ? ` Granted in every decision, so left out of the charts: ${required.map(esc).join(', ')}.` : ''}</p>
${legend(categories)}
${section('overall', 'Opt-in rate per category', bars({
    title: 'Opt-in rate per category, all decisions', series: ['opt-in rate'],
    rows: categories.map((c, i) => ({ label: c, note: `${stats.overall.granted[c]} of ${stats.decisions}`, colour: i, values: [stats.overall.rate[c]] }))
  }), [{ ...stats.overall, key: 'All decisions' }], all, 'All')}
${section('days', 'Per day', lines({ title: 'Opt-in rate per day', series: categories, days: days.map(d => ({ day: d.key, decisions: d.decisions, values: categories.map(c => d.rate[c]) })) }) +
  `<p class="note">Lines: opt-in rate; grey columns: decisions that day.${stats.byDay.length > MOST_DAYS ? ` The last ${MOST_DAYS} days shown.` : ''}</p>`, stats.byDay, all, 'Day')}
${section('jurisdictions', 'Per jurisdiction', grouped('Opt-in rate per jurisdiction', stats.byJurisdiction, categories) + more(stats.byJurisdiction.length), stats.byJurisdiction, all, 'Jurisdiction')}
${section('languages', 'Per language', grouped('Opt-in rate per language', stats.byLanguage, categories, g => g.key || '(no UI)') + more(stats.byLanguage.length), stats.byLanguage, all, 'Language')}
${section('methods', 'Per method', grouped('Opt-in rate per method', stats.byMethod, categories), stats.byMethod, all, 'Method')}`
}
