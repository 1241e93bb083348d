// POST /api/consent: consent records in, 201 once durably stored, 200 for an id already stored.
import { BodyError, fail, json, mediaType, readBody, retryAfter } from './http.mjs'
import { MAX_BATCH, MAX_BODY, MAX_RECORD_BYTES } from './options.mjs'
import { validateRecord } from './validate.mjs'

/** @returns the route: `(req, res) => Promise<void>` */
export function createRecordRoute({ o, commit, guard, limit }) {
  const limited = limit('records')

  return async function receive(req, res) {
    const wait = limited(req)
    if (wait) return fail(res, 429, 'rate: too many requests from this client', retryAfter(wait))
    const type = mediaType(req)
    // sendBeacon can only send text/plain without a preflight, so both carry JSON here.
    if (type != 'application/json' && type != 'text/plain') {
      return fail(res, 415, 'content-type: send application/json or text/plain, in UTF-8')
    }
    const read = await body(req, res, o.bodyTimeoutMs)
    if (!read) return
    let parsed
    try {
      parsed = JSON.parse(read)
    } catch {
      return fail(res, 400, 'body: is not valid JSON')
    }
    // One record per request is the SPEC; a batch (an array) is accepted too, stored all or nothing.
    const batch = Array.isArray(parsed)
    const records = batch ? parsed : [parsed]
    if (!records.length || records.length > MAX_BATCH) return fail(res, 400, `body: send 1 to ${MAX_BATCH} records`)
    const entries = []
    for (const [i, record] of records.entries()) {
      const at = batch ? `[${i}].` : ''
      if (Buffer.byteLength(JSON.stringify(record)) > MAX_RECORD_BYTES) return fail(res, 413, `${at}record: larger than ${MAX_RECORD_BYTES} bytes as JSON`)
      const { error, noticeHash } = validateRecord(record)
      if (error) return fail(res, 400, at + error)
      entries.push({ record, noticeHash })
    }
    const done = await guard(res, () => commit.add(entries))
    if (!done) return
    const stored = done.value.filter(Boolean).length
    json(res, stored ? 201 : 200, { stored, duplicates: entries.length - stored })
  }
}

/** The body, or null once an error was answered (413, 408, 400). */
export async function body(req, res, timeoutMs, limit = MAX_BODY) {
  try {
    return await readBody(req, { limit, timeoutMs })
  } catch (e) {
    if (!(e instanceof BodyError)) throw e
    fail(res, e.status, e.message, { connection: 'close' })
    return null
  }
}
