// The routes that read the log: sign-in, the log page, exports, notice texts, blocked attempts and
// stats. All but sign-in and the stylesheet answer 401 without the log token.
import { readFileSync } from 'node:fs'
import { signedOut } from './auth.mjs'
import { sendExport } from './export.mjs'
import { readFilters } from './filters.mjs'
import { shell } from './html.mjs'
import { fail, html, json, retryAfter } from './http.mjs'
import { renderLog, renderSignIn } from './log-page.mjs'
import { body } from './records.mjs'
import { renderStats } from './stats-page.mjs'
import { summarize } from './stats.mjs'

const CSS = readFileSync(new URL('./log.css', import.meta.url))
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a6e4f"/><path d="M4 8.5l2.5 2.5L12 5" stroke="#fff" stroke-width="2" fill="none"/></svg>'
const ASSETS = { '/consent-log/log.css': ['text/css; charset=utf-8', CSS], '/consent-log/icon.svg': ['image/svg+xml', ICON] }
const PAGE_LIMIT = 100
const MAX_PAGE_LIMIT = 500
const MAX_EXPORT_LIMIT = 1_000_000

/** @returns `(req, res, url) => Promise<boolean>`: false for a path that is not the log's */
export function createLogRoutes({ o, storage, auth, guard, limit }) {
  const signInLimit = limit('signIn')

  async function signIn(req, res, url) {
    let token = url.searchParams.get('token')
    if (req.method == 'POST') {
      const text = await body(req, res, o.bodyTimeoutMs, 4096)
      if (text === null) return
      token = new URLSearchParams(text).get('token')
    } else if (req.method != 'GET') {
      return fail(res, 405, 'method: use GET or POST', { allow: 'GET, POST' })
    }
    if (token === null) return html(res, 200, shell({ title: 'Sign in to the consent log', body: renderSignIn(false) }))
    const wait = signInLimit(req)
    if (wait) return fail(res, 429, 'rate: too many sign-ins from this client', retryAfter(wait))
    if (!auth.checkToken(token)) return html(res, 401, shell({ title: 'Sign in to the consent log', body: renderSignIn(true) }))
    // 303 to a URL without the token, so it leaves the address bar and the history.
    res.writeHead(303, { location: '/consent-log', 'set-cookie': auth.cookie(req), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).end()
  }

  /** Reads the storage behind a route; null when it failed and 503 was answered. */
  const read = async (res, work) => (await guard(res, work))?.value ?? null

  const filtersOr400 = (res, url, names) => {
    const f = readFilters(url, names)
    if (f.error) fail(res, 400, f.error)
    return f.error ? null : f
  }

  const protectedRoutes = {
    async '/consent-log'(req, res, url) {
      const f = filtersOr400(res, url)
      if (!f) return
      const pageLimit = Math.min(f.limit || PAGE_LIMIT, MAX_PAGE_LIMIT)
      const view = await read(res, async () => {
        const records = await storage.list(f.q, pageLimit)
        return {
          records, q: f.q, limit: f.limit, url,
          next: records.length == pageLimit ? await storage.nextCursor(f.q, pageLimit) : null,
          texts: await storage.notices([...new Set(records.map(r => r.noticeHash))]),
          categories: await storage.categories(),
          reports: f.q.cursor ? [] : await storage.listReports(20)
        }
      })
      if (view) html(res, 200, shell({ title: f.q.subjectId ? 'History of one subject' : 'Consent log', nav: 'log', body: renderLog(view) }))
    },
    '/consent-log.json': (req, res, url) => exportAs(res, url, 'json', req),
    '/consent-log.csv': (req, res, url) => exportAs(res, url, 'csv', req),
    async '/consent-log/notices.json'(req, res, url) {
      const cursor = url.searchParams.get('cursor') || ''
      const notices = await read(res, () => storage.listNotices(cursor, 1000))
      if (!notices) return
      const headers = notices.length == 1000 ? { link: `</consent-log/notices.json?cursor=${notices.at(-1).hash}>; rel="next"` } : {}
      json(res, 200, notices, headers)
    },
    async '/consent-log/blocked.json'(req, res) {
      const reports = await read(res, () => storage.listReports(1000))
      if (reports) json(res, 200, reports)
    },
    async '/consent-log/head.json'(req, res) {
      const head = await read(res, () => storage.head())
      if (head) json(res, 200, head)
    },
    async '/consent-stats'(req, res, url) {
      const stats = await statsOf(res, url)
      if (stats) html(res, 200, shell({ title: 'Consent stats', nav: 'stats', body: renderStats(stats) }))
    },
    async '/consent-stats.json'(req, res, url) {
      const stats = await statsOf(res, url)
      if (stats) json(res, 200, stats)
    }
  }

  async function statsOf(res, url) {
    const f = filtersOr400(res, url, ['from', 'to'])
    return f && read(res, async () => summarize(await storage.daily(f.q), f.q))
  }

  async function exportAs(res, url, format, req) {
    const f = filtersOr400(res, url)
    if (!f) return
    if (f.limit > MAX_EXPORT_LIMIT) return fail(res, 400, `limit: at most ${MAX_EXPORT_LIMIT}`)
    await guard(res, () => sendExport(req, res, url, { storage, q: f.q, limit: f.limit, format, logger: o.logger }))
  }

  return async function route(req, res, url) {
    const path = url.pathname
    if (path == '/consent-log/sign-in') return await signIn(req, res, url), true
    if (path == '/consent-log/sign-out') {
      if (req.method != 'POST') return fail(res, 405, 'method: use POST', { allow: 'POST' }), true
      return res.writeHead(303, { location: '/consent-log/sign-in', 'set-cookie': signedOut() }).end(), true
    }
    if (ASSETS[path]) return res.writeHead(200, { 'content-type': ASSETS[path][0], 'cache-control': 'no-cache' }).end(ASSETS[path][1]), true
    const notice = /^\/consent-log\/notices\/([0-9a-f]{64})$/.exec(path)
    const handler = notice ? noticeText(notice[1]) : protectedRoutes[path]
    if (!handler) return false
    if (req.method != 'GET' && req.method != 'HEAD') return fail(res, 405, 'method: use GET', { allow: 'GET, HEAD' }), true
    if (!auth.allows(req)) {
      const why = auth.configured ? 'authorization: send the log token as Authorization: Bearer <token>, or sign in at /consent-log/sign-in'
        : 'authorization: this receiver has no log token (CONSENTRY_LOG_TOKEN), so nobody can read the log'
      if (/text\/html/.test(req.headers.accept || '') && auth.configured) {
        html(res, 401, shell({ title: 'Sign in to the consent log', body: renderSignIn(false) }), { 'www-authenticate': 'Bearer realm="consent-log"' })
      } else fail(res, 401, why, { 'www-authenticate': 'Bearer realm="consent-log"' })
      return true
    }
    await handler(req, res, url)
    return true
  }

  function noticeText(hash) {
    return async (req, res) => {
      const texts = await read(res, () => storage.notices([hash]))
      if (!texts) return
      if (!texts.has(hash)) return fail(res, 404, 'notice: no text with this hash')
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(texts.get(hash))
    }
  }
}

