// The consent log as a page: filters, export links, one page of records with the notice text each
// visitor saw, and the blocked attempts the CSP reports told of.
import { esc } from './html.mjs'
import { withParams } from './filters.mjs'

const cats = categories => Object.entries(categories).map(([name, on]) =>
  `<span class="cat ${on ? 'on' : 'off'}">${esc(name)} ${on ? '✔' : '✘'}</span>`).join(' ')

function notice(r, texts) {
  const text = texts.get(r.noticeHash)
  const label = `${r.noticeHash.slice(0, 12)}…${r.notice === null ? ' (hashed here)' : ''}`
  return `<details><summary class="mono">${esc(label)}</summary><pre>${text ? esc(text) : '(empty: the banner could not load)'}</pre></details>`
}

function row(r, texts) {
  return `<tr>
  <td><time datetime="${esc(r.timestamp)}">${esc(r.timestamp.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''))}</time></td>
  <td><a class="mono" href="/consent-log?subjectId=${esc(r.subjectId)}">${esc(r.subjectId.slice(0, 8))}…</a></td>
  <td>${esc(r.method)}<br><small>${esc(r.source)}</small></td>
  <td>${cats(r.categories)}</td>
  <td>${esc(r.jurisdiction)} · ${esc(r.model)}${r.ageGroup ? ` · ${esc(r.ageGroup)}` : ''}</td>
  <td>${r.gpc ? 'yes' : 'no'}</td><td>${esc(r.language || '—')}</td><td>${esc(r.revision)}</td>
  <td class="url">${esc(r.url)}</td>
  <td class="notice">${notice(r, texts)}</td>
  <td class="mono">${esc(r.seq)}</td>
</tr>`
}

/**
 * The log page.
 * @param {{ records, texts: Map<string, string>, q, limit, next: number | null, url: URL, categories: string[], reports }} view
 */
export function renderLog({ records, texts, q, limit, next, url, categories, reports }) {
  const options = ['', ...categories].map(c =>
    `<option value="${esc(c)}"${c == (q.category || '') ? ' selected' : ''}>${c ? esc(c) : 'any category'}</option>`).join('')
  const exportQuery = withParams(url, { cursor: '', limit: '' }).slice(url.pathname.length)
  const older = next ? `<a rel="next" href="${esc(withParams(url, { cursor: next, limit }))}">${q.subjectId ? 'Later' : 'Older'} records →</a>` : ''
  const first = q.cursor ? `<a href="${esc(withParams(url, { cursor: '' }))}">← First page</a>` : ''
  return `<form method="get" action="/consent-log" class="filters">
  <label>Subject <input name="subjectId" value="${esc(q.subjectId)}" placeholder="subject UUID"></label>
  <label>Granted category <select name="category">${options}</select></label>
  <label>From <input type="date" name="from" value="${esc(q.from)}"></label>
  <label>To <input type="date" name="to" value="${esc(q.to)}"></label>
  <button>Filter</button> <a href="/consent-log">Clear</a>
</form>
<p>Export these records: <a href="/consent-log.json${esc(exportQuery)}">JSON</a> · <a href="/consent-log.csv${esc(exportQuery)}">CSV</a>
 · <a href="/consent-log/notices.json">notice texts</a>. Check an export with <code>npm run verify-log</code>.</p>
<p>${q.subjectId ? `The history of subject <span class="mono">${esc(q.subjectId)}</span>, oldest first: every decision and withdrawal in order.`
    : 'Newest first.'} ${records.length} record${records.length == 1 ? '' : 's'} on this page. ${first} ${older}</p>
<div class="scroll"><table>
<thead><tr><th>Decided at (UTC)</th><th>Subject</th><th>Method</th><th>Categories</th><th>Jurisdiction</th><th>GPC</th>
<th>Language</th><th>Revision</th><th>Page</th><th>Notice shown</th><th>Seq</th></tr></thead>
<tbody>
${records.map(r => row(r, texts)).join('\n')}
</tbody></table></div>
<p>${first} ${older}</p>
<section aria-labelledby="blocked"><h2 id="blocked">Blocked attempts</h2>
<p>Requests the browser refused under the consent-based Content-Security-Policy (newest ${reports.length}; all as <a href="/consent-log/blocked.json">JSON</a>).</p>
${reports.length ? `<div class="scroll"><table><thead><tr><th>Reported at (UTC)</th><th>Page</th><th>Blocked</th><th>Directive</th></tr></thead><tbody>
${reports.map(r => `<tr><td>${esc(r.receivedAt.replace('T', ' ').slice(0, 19))}</td><td class="url">${esc(r.documentUrl)}</td>
<td class="url">${esc(r.blockedUrl)}</td><td>${esc(r.directive)}${r.disposition == 'report' ? ' (report only)' : ''}</td></tr>`).join('\n')}
</tbody></table></div>` : '<p>None reported.</p>'}
</section>`
}

/** The sign-in page: a form that posts the log token. */
export const renderSignIn = failed => `${failed ? '<p role="alert">That token is not the log token.</p>' : ''}
<form method="post" action="/consent-log/sign-in" class="sign-in">
  <label>Log token <input type="password" name="token" autocomplete="current-password" required></label>
  <button>Sign in</button>
</form>
<p>The token is <code>CONSENTRY_LOG_TOKEN</code> of the receiver; <code>npm run demo</code> prints a sign-in link.</p>`
