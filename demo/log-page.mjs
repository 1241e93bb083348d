// Renders the consent log as an HTML page (every value escaped) and as CSV.
import { RECORD_FIELDS } from './validate.mjs'

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attributes. */
export const esc = value => String(value ?? '').replace(/[&<>"']/g, c => ENTITIES[c])

const query = params => {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString()
  return q ? '?' + q : ''
}

/** The consent log page: filter form, export links, and one row per record. */
export function renderLogPage(records, filters, categories) {
  const title = filters.subjectId ? `History of subject ${filters.subjectId}` : 'Consent log'
  const options = ['', ...categories].map(c =>
    `<option value="${esc(c)}"${c == filters.category ? ' selected' : ''}>${c ? esc(c) : 'any category'}</option>`).join('')
  const rows = records.map(r => `<tr>
  <td><time datetime="${esc(r.timestamp)}">${esc(r.timestamp)}</time></td>
  <td><a href="/consent-log${esc(query({ subjectId: r.subjectId }))}">${esc(r.subjectId)}</a></td>
  <td>${esc(r.method)}</td>
  <td>${Object.entries(r.categories).map(([name, on]) =>
    `<span class="cat ${on ? 'on' : 'off'}">${esc(name)} ${on ? '✔' : '✘'}</span>`).join(' ')}</td>
  <td>${esc(r.revision)}</td><td>${r.gpc ? 'yes' : 'no'}</td><td>${esc(r.language)}</td>
  <td>${esc(r.url)}</td><td class="mono">${esc(r.notice ? r.notice.slice(0, 12) + '…' : 'none')}</td>
  <td class="mono">${esc(r.id)}</td><td>${esc(r.receivedAt)}</td>
</tr>`).join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><link rel="stylesheet" href="/assets/log.css"></head>
<body><header><a href="/">← Back to the shop</a><h1>${esc(title)}</h1></header>
<form method="get" action="/consent-log">
  <label>Subject <input name="subjectId" value="${esc(filters.subjectId)}" placeholder="subject UUID"></label>
  <label>Granted category <select name="category">${options}</select></label>
  <button>Filter</button> <a href="/consent-log">Clear</a>
  · Export: <a href="/consent-log.json${esc(query(filters))}">JSON</a> · <a href="/consent-log.csv${esc(query(filters))}">CSV</a>
</form>
<p>${records.length} record${records.length == 1 ? '' : 's'}${filters.subjectId ? ', oldest first: every decision and withdrawal in order' : ', newest first'}.</p>
<div class="scroll"><table>
<thead><tr><th>Decided at</th><th>Subject</th><th>Method</th><th>Categories</th><th>Revision</th><th>GPC</th>
<th>Language</th><th>Page</th><th>Notice</th><th>Record id</th><th>Received at</th></tr></thead>
<tbody>
${rows}
</tbody></table></div></body></html>`
}

// noticeText and source are checked but not stored yet.
const CSV_FIELDS = [...RECORD_FIELDS.filter(f => f != 'noticeText' && f != 'source'), 'receivedAt']

/** RFC 4180 CSV with a header row; categories as one JSON column. */
export function renderCsv(records) {
  const lines = [CSV_FIELDS.join(',')]
  for (const r of records) lines.push(CSV_FIELDS.map(f => csvCell(r[f])).join(','))
  return lines.join('\r\n') + '\r\n'
}

function csvCell(value) {
  if (value === null || value === undefined) return ''
  if (typeof value == 'object') value = JSON.stringify(value)
  let text = String(value)
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
  if (typeof value == 'string' && /^[=+\-@\t\r]/.test(text)) text = "'" + text
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
