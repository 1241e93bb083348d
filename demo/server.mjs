// The demo shop server: pages, the SDK bundle from dist/, third-party sinks, QA settings and the reference receiver.
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { consentPolicy } from '../dist/server.mjs'
import { consentConfig } from './consent-config.mjs'
import { esc } from './log-page.mjs'
import { layout, page } from './pages.mjs'
import { createReceiver, DEFAULT_DATA_DIR } from './receiver.mjs'
import { LANGUAGES, textsFor } from './shop-text.mjs'
import { createThirdParty } from './third-party.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FILES = {
  '/assets/': join(ROOT, 'demo/assets'),
  '/vendor/analytics.min.js': join(ROOT, 'node_modules/analytics/dist/analytics.min.js')
}
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' }
const CSP = "script-src 'self'; style-src 'self'"
const CSP_REPORTS = '/api/csp-report'
/** How many Content-Security-Policy reports the QA panel can see. */
const KEEP_REPORTS = 50
/** How the receiver can be told to misbehave, so QA can watch the SDK retry. */
export const RECEIVER_MODES = ['ok', '503', 'slow', 'offline']

/**
 * Starts the demo on 127.0.0.1.
 * @param {{ port?: number, dataDir?: string }} options port 0 picks a free port
 * @returns a Promise of `{ url, port, hits, settings, close() }`
 */
export async function startDemo({ port = 8080, dataDir = DEFAULT_DATA_DIR } = {}) {
  const receiver = createReceiver({ dataDir })
  const third = createThirdParty()
  const settingsFile = join(dataDir, 'demo-settings.json')
  const settings = { revision: 1, receiver: 'ok', ...(existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {}) }

  const reports = []
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url || '/', 'http://demo')
      if (third.handle(req, res, url) || await cspReports(req, res, url) || await demoRoutes(req, res, url) || await receiver.handle(req, res)) return
      if (req.method == 'GET' && serveFile(res, url.pathname)) return
      const lang = languageOf(req, url)
      const found = page(url.pathname, lang, server.address().port)
      const title = found ? found.title : textsFor(lang).notFound
      const body = found ? found.body : `<h1>${esc(title)}</h1>`
      // Every shop page: the site's own policy, with the hosts of what this request's consent cookie grants (SPEC 1.8).
      const policy = consentPolicy(req.headers.cookie, consentConfig(settings.revision), CSP, CSP_REPORTS)
      res.writeHead(found ? 200 : 404, {
        'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy, 'cache-control': 'no-store'
      })
        .end(layout({ title, body, path: url.pathname, lang, revision: settings.revision, port: server.address().port }))
    } catch (e) {
      console.error(e)
      if (!res.headersSent) res.writeHead(500).end('internal error')
    }
  })

  /**
   * `POST /api/csp-report`: what a denied host tried, as the browser reports it (`report-uri` sends
   * one `csp-report`, the Reporting API a list); kept in memory for the QA panel (`GET`). The
   * reference receiver stores them for the consent log.
   */
  async function cspReports(req, res, url) {
    if (url.pathname != CSP_REPORTS) return false
    if (req.method == 'GET') return json(res, 200, reports), true
    if (req.method != 'POST') return res.writeHead(405, { allow: 'GET, POST' }).end(), true
    try {
      const body = JSON.parse((await text(req)).slice(0, 64 * 1024))
      for (const r of Array.isArray(body) ? body.map(b => b.body) : [body['csp-report']]) {
        if (!r) continue
        reports.push({ blocked: String(r.blockedURL || r['blocked-uri'] || ''), directive: String(r.effectiveDirective || r['effective-directive'] || ''),
          page: String(r.documentURL || r['document-uri'] || ''), at: new Date().toISOString() })
        if (reports.length > KEEP_REPORTS) reports.shift()
      }
    } catch {} // a report that is not JSON is dropped: the browser does not retry it
    return res.writeHead(204).end(), true
  }

  async function demoRoutes(req, res, url) {
    if (url.pathname == '/api/consent' && req.method == 'POST' && settings.receiver != 'ok') {
      if (settings.receiver == 'offline') return req.socket.destroy(), true
      if (settings.receiver == '503') return res.writeHead(503, { 'retry-after': '5', 'access-control-allow-origin': '*' }).end(), true
      await new Promise(resolve => setTimeout(resolve, 3000))
      return false
    }
    if (url.pathname.startsWith('/lang/')) {
      const lang = LANGUAGES.includes(url.pathname.slice(6)) ? url.pathname.slice(6) : LANGUAGES[0]
      const back = url.searchParams.get('back') || '/'
      res.writeHead(303, {
        location: /^\/(?![/\\])/.test(back) ? back : '/',
        'set-cookie': `demo_lang=${lang}; Path=/; SameSite=Lax; Max-Age=31536000`
      }).end()
      return true
    }
    if (url.pathname == '/demo/hits') return json(res, 200, third.hits), true
    if (url.pathname != '/demo/settings') return false
    if (req.method == 'POST') {
      let change
      try {
        change = JSON.parse(await text(req))
      } catch {
        return json(res, 400, { error: 'body: is not valid JSON' }), true
      }
      if ('revision' in change && !(Number.isInteger(change.revision) && change.revision > 0)) return json(res, 400, { error: 'revision: must be a positive integer' }), true
      if ('receiver' in change && !RECEIVER_MODES.includes(change.receiver)) return json(res, 400, { error: `receiver: one of ${RECEIVER_MODES.join(', ')}` }), true
      if ('revision' in change) settings.revision = change.revision
      if ('receiver' in change) settings.receiver = change.receiver
      writeFileSync(settingsFile, JSON.stringify(settings))
    }
    return json(res, 200, settings), true
  }

  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const actual = server.address().port
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    hits: third.hits,
    reports,
    settings,
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => (receiver.close(), resolve()))
    })
  }
}

/** Serves the SDK's files from dist/ at the root (`/consentry.min.js` and its siblings) and the demo's assets. */
function serveFile(res, path) {
  let file = FILES[path]
  if (!file && path.startsWith('/assets/')) file = join(FILES['/assets/'], normalize(path.slice(8)))
  if (!file && /^\/consentry[\w.-]*$/.test(path)) file = join(ROOT, 'dist', path.slice(1))
  if (!file || !file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) return false
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' })
  createReadStream(file).pipe(res)
  return true
}

function languageOf(req, url) {
  const asked = url.searchParams.get('lang') || /(?:^|;\s*)demo_lang=([^;]+)/.exec(req.headers.cookie || '')?.[1]
  return LANGUAGES.includes(asked) ? asked : LANGUAGES[0]
}

const text = req => new Promise((resolve, reject) => {
  const chunks = []
  req.on('data', c => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject)
})

const json = (res, status, value) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value))

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const demo = await startDemo({ port: Number(process.env.PORT || 8080) })
  console.log(`Consentry demo shop: ${demo.url}  (consent log: ${demo.url}consent-log)`)
}
