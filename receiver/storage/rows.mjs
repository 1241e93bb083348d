// What both storage backends share: turning accepted records into chained rows, the daily stats
// rollup, the mapping between records and columns, and the WHERE clause of a listing.
import { linkHash } from './chain.mjs'

/** Record field → column, in the column order of the consent_records table. */
export const COLUMNS = [['seq', 'seq'], ['id', 'id'], ['subjectId', 'subject_id'], ['revision', 'revision'],
  ['categories', 'categories'], ['method', 'method'], ['gpc', 'gpc'], ['timestamp', 'timestamp'], ['language', 'language'],
  ['notice', 'notice'], ['noticeHash', 'notice_hash'], ['url', 'url'], ['sdkVersion', 'sdk_version'], ['source', 'source'],
  ['jurisdiction', 'jurisdiction'], ['model', 'model'], ['ageGroup', 'age_group'], ['receivedAt', 'received_at'],
  ['prevHash', 'prev_hash'], ['hash', 'hash']]

export const COLUMN_LIST = COLUMNS.map(([, c]) => c).join(', ')

/**
 * Links a batch of accepted entries onto the chain after `head`, leaving out ids in `known` and
 * ids repeated within the batch.
 * @returns `{ rows, stored }`: the new stored records, and per entry whether it was new
 */
export function linkBatch(entries, known, head, receivedAt) {
  const rows = []
  const seen = new Set(known)
  let { seq, hash } = head
  const stored = entries.map(({ record, noticeHash }) => {
    if (seen.has(record.id)) return false
    seen.add(record.id)
    const { noticeText: _, ...fields } = record
    const row = { seq: ++seq, ...fields, noticeHash, receivedAt, prevHash: hash }
    row.hash = hash = linkHash(row.prevHash, row)
    rows.push(row)
    return true
  })
  return { rows, stored }
}

/** The distinct notice texts of a batch: `[hash, text]` pairs. */
export const noticesOf = entries => [...new Map(entries.map(e => [e.noticeHash, e.record.noticeText]))]

/**
 * The daily stats rollup of new rows: one count per (day, jurisdiction, language, method, category);
 * category '*' counts every decision.
 * @returns `[day, jurisdiction, language, method, category, decisions, granted][]`
 */
export function rollup(rows) {
  const counts = new Map()
  const add = (key, granted) => {
    const k = JSON.stringify(key)
    const c = counts.get(k) || counts.set(k, [...key, 0, 0]).get(k)
    c[5]++
    c[6] += granted ? 1 : 0
  }
  for (const r of rows) {
    const key = [r.timestamp.slice(0, 10), r.jurisdiction, r.language, r.method]
    add([...key, '*'], false)
    for (const [name, on] of Object.entries(r.categories)) add([...key, name], on)
  }
  return [...counts.values()]
}

/** The values of a row in COLUMNS order, as the backend stores them. */
export const rowValues = (row, { gpc = v => v } = {}) => COLUMNS.map(([f]) =>
  f == 'revision' || f == 'categories' ? JSON.stringify(row[f]) : f == 'gpc' ? gpc(row[f]) : row[f])

/** A stored record from a database row of either backend. */
export function fromRow(row) {
  const out = {}
  for (const [f, c] of COLUMNS) out[f] = row[c]
  out.seq = Number(out.seq)
  out.revision = JSON.parse(out.revision)
  if (typeof out.categories == 'string') out.categories = JSON.parse(out.categories)
  out.gpc = out.gpc === true || out.gpc === 1
  return out
}

/**
 * The WHERE clause and ORDER BY of a listing. `p(value)` adds a parameter and returns its
 * placeholder; `granted(placeholder)` is the backend's test that a category was granted.
 * A subject's history reads oldest first, everything else newest first; `cursor` continues past that seq.
 */
export function listing({ subjectId, category, from, to, cursor } = {}, p, granted) {
  const where = []
  const asc = Boolean(subjectId)
  if (subjectId) where.push(`subject_id = ${p(subjectId)}`)
  if (category) where.push(granted(p(category)))
  // timestamp is ISO 8601 UTC text, so a day's records sort between 'YYYY-MM-DD' and the next day.
  if (from) where.push(`timestamp >= ${p(from)}`)
  if (to) where.push(`timestamp < ${p(nextDay(to))}`)
  if (cursor) where.push(`seq ${asc ? '>' : '<'} ${p(cursor)}`)
  return `${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY seq ${asc ? 'ASC' : 'DESC'}`
}

/** The day after a YYYY-MM-DD date. */
export const nextDay = day => new Date(Date.parse(day + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10)
