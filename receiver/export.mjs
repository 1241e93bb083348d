// The log's exports, streamed page by page from storage with backpressure, so a million records
// take as much memory as a few hundred: JSON (one record a line) and CSV (csv-stringify).
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { stringify } from 'csv-stringify'
import { withParams } from './filters.mjs'
import { CHAINED } from './storage/chain.mjs'

/** How many rows one storage read brings. */
export const CHUNK = 500
/** The columns of the CSV export: the chained fields, then the chain. */
export const CSV_COLUMNS = [...CHAINED, 'prevHash', 'hash']

/**
 * Reads the listing `q` in chunks: up to `limit` records (all when undefined), from `first`
 * (already read, so that a storage fault is known before the answer starts).
 */
async function* records(storage, q, limit = Infinity, first) {
  let left = limit
  let chunk = first
  while (chunk.length) {
    for (const r of chunk.slice(0, left)) yield r
    left -= chunk.length
    if (left <= 0 || chunk.length < CHUNK) return
    chunk = await storage.list({ ...q, cursor: chunk.at(-1).seq }, Math.min(CHUNK, left))
  }
}

/**
 * Answers one page (or, without `limit`, all) of the records `q` selects, newest first, in
 * `format`. With `limit`, a `Link: <…>; rel="next"` header names the next page when there is one.
 * @returns false when storage failed before anything was sent (the caller answers 503)
 */
export async function sendExport(req, res, url, { storage, q, limit, format, logger }) {
  const first = await storage.list(q, Math.min(CHUNK, limit || CHUNK))
  const next = limit && first.length ? await storage.nextCursor(q, limit) : null
  const headers = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-type': format == 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="consent-log.${format}"`
  }
  if (next) headers.link = `<${withParams(url, { cursor: next })}>; rel="next"`
  res.writeHead(200, headers)
  const source = Readable.from(records(storage, q, limit, first))
  const stages = format == 'csv'
    ? [stringify({ header: true, columns: CSV_COLUMNS, record_delimiter: 'windows', escape_formulas: true, cast: { object: v => JSON.stringify(v), boolean: v => String(v) } })]
    : [async function* (rows) {
      let n = 0
      for await (const r of rows) yield (n++ ? ',\n' : '[\n') + JSON.stringify(r)
      yield n ? '\n]\n' : '[]\n'
    }]
  try {
    await pipeline(source, ...stages, res)
  } catch (e) {
    // The client went away, or storage failed mid-way: the answer is cut short, which the client sees.
    if (!res.destroyed) logger.error(`consentry receiver: export cut short: ${e.message}`)
    res.destroy()
  }
}
