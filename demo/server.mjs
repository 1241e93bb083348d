// The demo shop server: pages, the SDK bundle from dist/, third-party sinks, QA settings and the reference receiver.
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { consentPolicy, reportingEndpoints } from '../dist/server.mjs'
import { esc } from '../receiver/html.mjs'
import { createReceiver, defaultDataDir } from '../receiver/index.mjs'
import { consentConfig } from './consent-config.mjs'
import { layout, page } from './pages.mjs'
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
 * @param {{ port?: number, dataDir?: string, logToken?: string }} options port 0 picks a free port;
 *   dataDir defaults to CONSENTRY_DATA_DIR, else the user's state folder; logToken to
 *   CONSENTRY_LOG_TOKEN, else a new random one
 * @returns a Promise of `{ url, port, hits, settings, logToken, signInUrl, close() }`
 */
export async function startDemo({ port = 8080, dataDir = process.env.CONSENTRY_DATA_DIR || defaultDataDir(), logToken } = {}) {
  logToken ||= process.env.CONSENTRY_LOG_TOKEN || randomBytes(24).toString('base64url')
  const receiver = await createReceiver({ dataDir, logToken })
  mkdirSync(dataDir, { recursive: true })
  const third = createThirdParty()
  const settingsFile = join(dataDir, 'demo-settings.json')
  const settings = { revision: 1, receiver: 'ok', ...(existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {}) }

  const server = createServer(async (req, res) => {
    try {
      // The receiver answers a target no URL can be made of (`GET //`) with 400.
      if (!/^\/(?!\/)/.test(req.url || '')) return void await receiver.handle(req, res)
      const url = new URL(req.url || '/', 'http://demo')
      if (third.handle(req, res, url) || await cspReports(req, res, url) || await demoRoutes(req, res, url) || await receiver.handle(req, res)) return
      if (req.method == 'GET' && serveFile(res, url.pathname)) return
      const lang = languageOf(req, url)
      const jurisdiction = jurisdictionOf(req)
      const found = page(url.pathname, lang, server.address().port)
      const title = found ? found.title : textsFor(lang).notFound
      const body = found ? found.body : `<h1>${esc(title)}</h1>`
      // Every shop page: the site's own policy, with the hosts of what this request's consent cookie grants (SPEC 1.8).
      // Chromium takes a Reporting-Endpoints header over https only; over http, report-to would silence report-uri.
      const https = req.socket.encrypted || req.headers['x-forwarded-proto'] == 'https'
      const policy = consentPolicy(req.headers.cookie, consentConfig(settings.revision, lang), CSP, CSP_REPORTS,
        { jurisdiction, gpc: req.headers['sec-gpc'] == '1', reportTo: https })
      res.writeHead(found ? 200 : 404, {
        'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy, 'cache-control': 'no-store',
        ...https && { 'reporting-endpoints': reportingEndpoints(CSP_REPORTS) }
      })
        .end(layout({ title, body, path: url.pathname, lang, jurisdiction, revision: settings.revision, port: server.address().port }))
    } catch (e) {
      console.error(e)
      if (!res.headersSent) res.writeHead(500).end('internal error')
    }
  })

  /**
   * `GET /api/csp-report`: the last reports the receiver took (SPEC 1.8: what a denied host tried,
   * `POST`ed there by the browser), for the QA panel, oldest first. The consent log shows them all
   * to whoever holds the log token; the panel shows a few, as the demo shows everything else.
   */
  async function cspReports(req, res, url) {
    if (url.pathname != CSP_REPORTS || req.method != 'GET') return false
    const list = await receiver.storage.listReports(KEEP_REPORTS)
    json(res, 200, list.reverse().map(r => ({ blocked: r.blockedUrl, directive: r.directive, page: r.documentUrl, at: r.receivedAt })))
    return true
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
    settings,
    logToken,
    signInUrl: `http://127.0.0.1:${actual}/consent-log/sign-in?token=${encodeURIComponent(logToken)}`,
    close: async () => {
      const closed = new Promise(resolve => server.close(resolve))
      server.closeAllConnections()
      await closed
      await receiver.close()
    }
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

/**
 * Where the visitor is, as a shop's CDN says it in a geo header (Cloudflare's `CF-IPCountry` with
 * `CF-Region-Code`, Vercel's `X-Vercel-IP-Country` with its region), or as the QA panel's
 * "Jurisdiction" switch pretends (cookie `demo_jurisdiction`); undefined when nobody says.
 */
function jurisdictionOf(req) {
  const h = req.headers
  const pretended = /(?:^|;\s*)demo_jurisdiction=([^;]+)/.exec(h.cookie || '')?.[1]
  const country = pretended || h['cf-ipcountry'] || h['x-vercel-ip-country']
  const region = pretended ? '' : h['cf-region-code'] || h['x-vercel-ip-country-region']
  const code = String(country || '').toUpperCase() + (region ? '-' + String(region).toUpperCase() : '')
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code) ? code : undefined
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
  console.log(`Consentry demo shop: ${demo.url}\nConsent log (signs you in): ${demo.signInUrl}`)
  // On SIGTERM (a redeploy, docker stop) the receiver finishes its writes and checkpoints its WAL.
  const stop = () => demo.close().then(() => process.exit(0))
  process.once('SIGTERM', stop).once('SIGINT', stop)
}
