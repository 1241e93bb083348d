// The reference consent receiver: POST /api/consent stores records; /consent-log shows and exports them.
// Plain node:http handlers, so a site owner can copy this file, consent-db.mjs, validate.mjs and log-page.mjs.
import { fileURLToPath } from 'node:url'
import { openConsentDb } from './consent-db.mjs'
import { renderCsv, renderLogPage } from './log-page.mjs'
import { validateRecord } from './validate.mjs'

/** The largest body accepted, in bytes. */
export const MAX_BODY = 16 * 1024
/** Where records are kept unless told otherwise. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data', import.meta.url))
const MAX_BATCH = 50

/**
 * Opens the consent log in `dataDir` and returns a request handler for the receiver's routes.
 * @returns `{ handle(req, res): Promise<boolean>, db, close() }`; `handle` resolves false for other routes
 */
export function createReceiver({ dataDir = DEFAULT_DATA_DIR } = {}) {
  const db = openConsentDb(dataDir)

  async function handle(req, res) {
    const url = new URL(req.url || '/', 'http://receiver')
    const filters = { subjectId: url.searchParams.get('subjectId') || '', category: url.searchParams.get('category') || '' }
    if (url.pathname == '/api/consent') {
      cors(req, res)
      if (req.method == 'OPTIONS') {
        res.writeHead(204, { 'access-control-max-age': '86400' }).end()
      } else if (req.method == 'POST') {
        await receive(req, res)
      } else {
        json(res, 405, { error: 'method: use POST' }, { allow: 'POST, OPTIONS' })
      }
      return true
    }
    if (req.method != 'GET' && req.method != 'HEAD') return false
    if (url.pathname == '/consent-log.json') {
      json(res, 200, db.list(filters))
    } else if (url.pathname == '/consent-log.csv') {
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="consent-log.csv"'
      }).end(renderCsv(db.list(filters)))
    } else if (url.pathname == '/consent-log') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'"
      }).end(renderLogPage(db.list(filters), filters, db.categories()))
    } else {
      return false
    }
    return true
  }

  async function receive(req, res) {
    const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase()
    // sendBeacon can only send text/plain without a preflight, so both carry JSON here.
    if (type != 'application/json' && type != 'text/plain') {
      return json(res, 415, { error: 'content-type: send application/json or text/plain' })
    }
    const body = await readBody(req)
    if (body === null) return json(res, 413, { error: `body: larger than ${MAX_BODY} bytes` }, { connection: 'close' })
    let parsed
    try {
      parsed = JSON.parse(body)
    } catch {
      return json(res, 400, { error: 'body: is not valid JSON' })
    }
    // One record per request is the SPEC; a batch (an array) is accepted too, stored all or nothing.
    const records = Array.isArray(parsed) ? parsed : [parsed]
    if (!records.length || records.length > MAX_BATCH) return json(res, 400, { error: `body: send 1 to ${MAX_BATCH} records` })
    for (const [i, record] of records.entries()) {
      const reason = validateRecord(record)
      if (reason) return json(res, 400, { error: Array.isArray(parsed) ? `[${i}].${reason}` : reason })
    }
    const stored = db.insert(records)
    json(res, stored ? 201 : 200, { stored, duplicates: records.length - stored })
  }

  return { handle, db, close: () => db.close() }
}

/** Reads the body, or null once it passes MAX_BODY (declared or actual); the rest is drained, not read. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = Number(req.headers['content-length']) || 0
    if (size > MAX_BODY) return req.resume(), resolve(null)
    size = 0
    req.on('data', chunk => {
      size += chunk.length
      if (size > MAX_BODY) resolve(null)
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Lets any origin post records, with credentials if the site configured them. */
function cors(req, res) {
  const origin = req.headers.origin
  res.setHeader('access-control-allow-origin', origin || '*')
  if (origin) res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('vary', 'Origin, Access-Control-Request-Headers')
  res.setHeader('access-control-allow-methods', 'POST, OPTIONS')
  const asked = String(req.headers['access-control-request-headers'] || '').split(',').map(h => h.trim().toLowerCase()).filter(Boolean)
  res.setHeader('access-control-allow-headers', [...new Set(['content-type', ...asked])].join(', '))
}

function json(res, status, value, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(JSON.stringify(value))
}
