// The reference consent receiver as a library: createReceiver() gives a handle(req, res) for plain
// node:http (or anything that passes Node's req and res), which answers the receiver's routes and never throws.
import { createAuth } from './auth.mjs'
import { createCors, preflight } from './cors.mjs'
import { createFaultLog } from './faults.mjs'
import { createGroupCommit } from './group-commit.mjs'
import { fail, parseTarget, retryAfter } from './http.mjs'
import { createRateLimit } from './rate-limit.mjs'
import { resolveOptions } from './options.mjs'
import { createRecordRoute } from './records.mjs'
import { createReportRoute } from './csp-report.mjs'
import { createLogRoutes } from './log-routes.mjs'
import { openStorage } from './storage/index.mjs'

export { MAX_BATCH, MAX_BODY, MAX_RECORD_BYTES, defaultDataDir } from './options.mjs'
export { validateRecord, RECORD_FIELDS } from './validate.mjs'

/**
 * Opens the consent log (SQLite in `dataDir`, or PostgreSQL at `databaseUrl`) and returns the
 * receiver. Options and their environment fallbacks are documented in index.d.mts.
 */
export async function createReceiver(options = {}) {
  const o = resolveOptions(options)
  // Everything that can refuse the options comes before storage is opened, so nothing is left open.
  const auth = createAuth({ token: o.logToken })
  const cors = createCors(o)
  const storage = o.storage || await openStorage(o)
  const faults = createFaultLog(o.logger)
  const commit = createGroupCommit(entries => storage.insert(entries))
  if (!auth.configured) o.logger.warn?.('consentry receiver: no log token (CONSENTRY_LOG_TOKEN): the log, stats and exports answer 401')
  const limit = name => {
    if (!o.rateLimit || !o.rateLimit[name]) return () => 0
    const take = createRateLimit(o.rateLimit[name])
    return req => take(o.clientKey(req))
  }
  const ctx = { o, storage, faults, commit, auth, cors, limit }
  /** Runs a storage call; on failure says so once and answers 503 with Retry-After. */
  ctx.guard = async (res, work) => {
    try {
      const value = await work()
      faults.ok()
      return { value }
    } catch (error) {
      faults.failed(error)
      fail(res, 503, 'storage: unavailable, try again later', retryAfter(o.retryAfterSeconds))
      return null
    }
  }
  const routes = { '/api/consent': createRecordRoute(ctx), '/api/csp-report': createReportRoute(ctx) }
  const logRoutes = createLogRoutes(ctx)
  let closed = null

  async function handle(req, res) {
    try {
      const url = parseTarget(req)
      if (!url) return fail(res, 400, 'url: is not a valid request target'), true
      const route = routes[url.pathname]
      if (route) {
        if (closed) return fail(res, 503, 'receiver: shutting down', { ...retryAfter(o.retryAfterSeconds), connection: 'close' }), true
        if (!ctx.cors(req, res)) return fail(res, 403, `origin: ${req.headers.origin} may not post here (CONSENTRY_ALLOWED_ORIGINS)`), true
        if (req.method == 'OPTIONS') return res.writeHead(204, preflight(req)).end(), true
        if (req.method != 'POST') return fail(res, 405, 'method: use POST', { allow: 'POST, OPTIONS' }), true
        await route(req, res)
        return true
      }
      return await logRoutes(req, res, url)
    } catch (error) {
      // A bug, not a bad request: say it once per occurrence, answer 500, and keep serving.
      try {
        o.logger.error('consentry receiver: unexpected error', error)
        fail(res, 500, 'receiver: internal error')
      } catch {
        res.destroy()
      }
      return true
    }
  }

  return {
    handle,
    storage,
    /** Stops taking records, waits for the writes under way, and closes the storage. */
    close: () => (closed ||= (async () => {
      await commit.drain()
      await storage.close()
    })())
  }
}
