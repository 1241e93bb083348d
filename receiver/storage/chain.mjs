// The hash chain over stored records: each row holds the hash of the row before it, so an export
// whose rows were edited, removed or reordered no longer verifies (scripts/verify-log.mjs).
import { createHash } from 'node:crypto'

/** The `prevHash` of the first record. */
export const GENESIS = '0'.repeat(64)

/** Lowercase SHA-256 hex of a string's UTF-8 bytes. */
export const sha256 = text => createHash('sha256').update(text, 'utf8').digest('hex')

/** The stored fields a link covers, in the order they are hashed. */
export const CHAINED = ['seq', 'id', 'subjectId', 'revision', 'categories', 'method', 'gpc', 'timestamp', 'language',
  'notice', 'noticeHash', 'url', 'sdkVersion', 'source', 'jurisdiction', 'model', 'ageGroup', 'receivedAt']

/**
 * The hash of one stored record: SHA-256 of the JSON array `["consentry-chain/1", prevHash, ...CHAINED values]`.
 * `noticeHash` names the notice text, so the chain covers the text too.
 */
export const linkHash = (prevHash, stored) => sha256(JSON.stringify(['consentry-chain/1', prevHash, ...CHAINED.map(f => stored[f])]))

/**
 * Checks records read in chain order (ascending `seq`) or in export order (descending): each one's
 * `hash` must recompute, and neighbours must link with no `seq` missing between them.
 * @returns a checker: `add(record)` returns a problem string or null; `result()` sums up
 */
export function chainChecker() {
  let prev = null
  let dir = 0
  let count = 0
  const ends = { low: null, high: null }
  function add(r) {
    count++
    if (typeof r?.seq != 'number' || typeof r.hash != 'string' || typeof r.prevHash != 'string') return `record ${count}: has no seq, hash and prevHash`
    const problem = check(r)
    // The next record is checked against this one, so one gap or edit is told once, not for every record after it.
    ends.low = ends.low && ends.low.seq < r.seq ? ends.low : r
    ends.high = ends.high && ends.high.seq > r.seq ? ends.high : r
    prev = r
    return problem
  }
  function check(r) {
    if (linkHash(r.prevHash, r) !== r.hash) return `seq ${r.seq}: its content does not match its hash (edited)`
    if (r.seq == 1 && r.prevHash !== GENESIS) return 'seq 1: does not start the chain'
    if (!prev) return null
    const step = r.seq - prev.seq
    dir ||= Math.sign(step)
    if (step !== dir) return `seq ${r.seq} follows seq ${prev.seq}: records are missing or out of order`
    const [older, newer] = dir > 0 ? [prev, r] : [r, prev]
    return newer.prevHash === older.hash ? null : `seq ${newer.seq}: does not link to seq ${older.seq} (removed or replaced)`
  }
  return { add, result: () => ({ count, first: ends.low?.seq ?? 0, last: ends.high?.seq ?? 0, head: ends.high?.hash ?? GENESIS, complete: !count || ends.low.seq == 1 }) }
}
