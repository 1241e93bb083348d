// POST /api/csp-report: what the browser refused under the policy of consentry/server's
// consentPolicy (SPEC 1.8). Kept as "blocked attempts": time, page, blocked URL, directive.
import { fail } from './http.mjs'
import { MAX_REPORT_BODY } from './options.mjs'
import { body } from './records.mjs'

const MAX_REPORTS = 20
const KEYWORDS = new Set(['inline', 'eval', 'wasm-eval', 'trusted-types-policy', 'trusted-types-sink', 'data', 'blob', 'self'])

/**
 * A URL as it may be kept: origin and path, no query string or fragment (they can carry personal data);
 * a CSP keyword (`inline`, `eval`, …) as it is; null for anything else.
 */
export function safeUrl(value, keywords = false) {
  if (typeof value != 'string' || value.length > 4096) return null
  if (keywords && KEYWORDS.has(value)) return value
  try {
    const url = new URL(value)
    if (!/^(https?|wss?):$/.test(url.protocol)) return keywords && KEYWORDS.has(url.protocol.slice(0, -1)) ? url.protocol.slice(0, -1) : null
    return (url.origin + url.pathname).slice(0, 2048)
  } catch {
    return null
  }
}

/** One violation in either format, normalized; null when it lacks a page, a blocked URL or a directive. */
function violation(page, blocked, directive, disposition) {
  const report = {
    documentUrl: safeUrl(page),
    blockedUrl: safeUrl(blocked, true),
    directive: typeof directive == 'string' ? directive.trim().split(/\s+/)[0] : '',
    disposition: disposition == 'report' ? 'report' : 'enforce'
  }
  return report.documentUrl && report.blockedUrl && /^[a-z-]{1,64}$/.test(report.directive) ? report : null
}

/**
 * Parses a report body: `application/csp-report` (`{"csp-report": {...}}`) or `application/reports+json`
 * (the Reporting API: `[{ type: "csp-violation", body: {...} }]`).
 * @returns the violations, or a reason string
 */
export function parseReports(type, text) {
  let parsed
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'body: is not valid JSON'
  }
  const own = (o, k) => (o && typeof o == 'object' && Object.hasOwn(o, k) ? o[k] : undefined)
  let found
  if (type == 'application/reports+json') {
    if (!Array.isArray(parsed) || parsed.length > MAX_REPORTS) return `body: must be an array of at most ${MAX_REPORTS} reports`
    found = parsed.filter(r => own(r, 'type') == 'csp-violation').map(r => {
      const b = own(r, 'body')
      return violation(own(b, 'documentURL') ?? own(r, 'url'), own(b, 'blockedURL'), own(b, 'effectiveDirective'), own(b, 'disposition'))
    })
  } else {
    const r = own(parsed, 'csp-report')
    if (!r || typeof r != 'object') return 'body: must be {"csp-report": {...}}'
    found = [violation(own(r, 'document-uri'), own(r, 'blocked-uri'), own(r, 'effective-directive') ?? own(r, 'violated-directive'), own(r, 'disposition'))]
  }
  const reports = found.filter(Boolean)
  return reports.length ? reports : 'body: no CSP violation with a page, a blocked URL and a directive'
}

/** @returns the route: `(req, res) => Promise<void>` */
export function createReportRoute({ o, storage, guard, limit }) {
  const limited = limit('reports')
  return async function report(req, res) {
    const wait = limited(req)
    if (wait) return fail(res, 429, 'rate: too many reports from this client', { 'retry-after': String(wait) })
    const type = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase()
    if (!['application/csp-report', 'application/reports+json', 'application/json'].includes(type)) {
      return fail(res, 415, 'content-type: send application/csp-report or application/reports+json')
    }
    const text = await body(req, res, o.bodyTimeoutMs, MAX_REPORT_BODY)
    if (text === null) return
    const reports = parseReports(type, text)
    if (typeof reports == 'string') return fail(res, 400, reports)
    if (await guard(res, () => storage.addReports(reports))) res.writeHead(204).end()
  }
}
