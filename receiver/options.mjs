// The receiver's options: what createReceiver is told, else the environment, else the defaults.
import { homedir } from 'node:os'
import { join, relative, resolve, isAbsolute, parse } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The most records one request may carry. */
export const MAX_BATCH = 16
/** The largest record, as compact JSON, in bytes. */
export const MAX_RECORD_BYTES = 64 * 1024
/** The largest body of POST /api/consent: a full batch of the largest records, with its brackets and commas. */
export const MAX_BODY = MAX_BATCH * (MAX_RECORD_BYTES + 1) + 1
/** The largest body of POST /api/csp-report. */
export const MAX_REPORT_BODY = 64 * 1024

/** The default rate limits, per client and minute. */
export const RATE_LIMITS = Object.freeze({
  records: { perMinute: 120, burst: 60 },
  reports: { perMinute: 60, burst: 30 },
  signIn: { perMinute: 10, burst: 5 }
})

/** The folder above the receiver's: the code tree it was copied into. */
const CODE_TREE = fileURLToPath(new URL('..', import.meta.url))

/** Where records are kept unless told otherwise: the user's state folder, never the code tree. */
export function defaultDataDir(env = process.env, platform = process.platform) {
  if (platform == 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'consentry')
  if (platform == 'darwin') return join(homedir(), 'Library', 'Application Support', 'consentry')
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'consentry')
}

const list = value => (Array.isArray(value) ? value : String(value || '').split(/[\s,]+/)).filter(Boolean)

/**
 * Resolves createReceiver's options (receiver/index.d.mts documents each) against `env`.
 * Throws for a data folder inside the code tree: a redeploy that replaces the code would take the log with it.
 */
export function resolveOptions(o = {}, env = process.env) {
  const dataDir = resolve(o.dataDir || env.CONSENTRY_DATA_DIR || defaultDataDir(env))
  const inside = relative(CODE_TREE, dataDir)
  if (!o.storage && parse(CODE_TREE).root != CODE_TREE && !inside.startsWith('..') && !isAbsolute(inside)) {
    throw new Error(`dataDir: ${dataDir} is inside the code tree ${CODE_TREE}; set CONSENTRY_DATA_DIR to a folder a redeploy leaves alone`)
  }
  const rateLimit = o.rateLimit === false ? false : { ...RATE_LIMITS, ...o.rateLimit }
  return {
    dataDir,
    databaseUrl: o.databaseUrl || env.DATABASE_URL || undefined,
    schema: o.schema,
    storage: o.storage,
    logToken: o.logToken || env.CONSENTRY_LOG_TOKEN || undefined,
    allowedOrigins: list(o.allowedOrigins ?? env.CONSENTRY_ALLOWED_ORIGINS),
    credentials: Boolean(o.credentials),
    rateLimit,
    clientKey: o.clientKey || (req => req.socket.remoteAddress || 'unknown'),
    logger: o.logger || console,
    bodyTimeoutMs: o.bodyTimeoutMs ?? 10_000,
    retryAfterSeconds: o.retryAfterSeconds ?? 10
  }
}
