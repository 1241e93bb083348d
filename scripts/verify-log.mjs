// npm run verify-log -- <export.json> [--notices notices.json] [--head <hash>]
// Proves that a JSON export of the consent log (GET /consent-log.json, all records, newest first,
// or any page of it) was not edited: every record's hash recomputes, neighbours link, no seq is missing.
// With --notices (GET /consent-log/notices.json) it checks each text against its hash and that every
// record's notice text is there; with --head (GET /consent-log/head.json's hash) that nothing newer was cut off.
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { chainChecker, sha256 } from '../receiver/storage/chain.mjs'

/** Each record of an export as it comes: one per line, as the receiver writes it; any other layout parsed whole. */
async function* recordsOf(file) {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let seen = 0
  for await (const line of lines) {
    const text = line.trim().replace(/,$/, '')
    if (!text || (!seen && (text == '[' || text == '[]')) || text == ']') continue
    let record
    try {
      record = JSON.parse(text)
    } catch (e) {
      if (seen) throw e
      // Not one record a line (pretty-printed, say): read it whole.
      lines.close()
      yield* JSON.parse(readFileSync(file, 'utf8'))
      return
    }
    seen++
    yield record
  }
}

/**
 * Verifies an export.
 * @returns `{ ok, problems: string[], summary }`
 */
export async function verifyLog(file, { notices, head } = {}) {
  const chain = chainChecker()
  const problems = []
  const needed = new Set()
  try {
    for await (const r of recordsOf(file)) {
      const problem = chain.add(r)
      if (problem) problems.push(problem)
      if (typeof r?.noticeHash == 'string') needed.add(r.noticeHash)
      if (problems.length >= 20) break
    }
  } catch (e) {
    problems.push(`${file}: not an export of the consent log (${e.message})`)
  }
  const result = chain.result()
  if (notices) {
    const texts = new Map(JSON.parse(readFileSync(notices, 'utf8')).map(n => [n.hash, n.text]))
    for (const [hash, text] of texts) if (sha256(text) !== hash) problems.push(`notice ${hash.slice(0, 12)}…: its text does not match its hash (edited)`)
    for (const hash of needed) if (!texts.has(hash)) problems.push(`notice ${hash.slice(0, 12)}…: a record saw it, but ${notices} does not have it`)
  }
  if (head && result.head !== head) problems.push(`the newest record's hash is ${result.head.slice(0, 12)}…, the log's head is ${head.slice(0, 12)}…: records are missing at the end`)
  const range = result.count ? `seq ${result.first} to ${result.last}` : 'no records'
  const summary = problems.length ? `${problems.length} problem${problems.length == 1 ? '' : 's'} in ${file}`
    : `${file}: ${result.count} records verified (${range}${result.complete ? ', from the start of the log' : ', a part of the log'}); newest hash ${result.head}`
  return { ok: !problems.length, problems, summary }
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { notices: { type: 'string' }, head: { type: 'string' } } })
  if (positionals.length != 1) {
    console.error('usage: npm run verify-log -- <export.json> [--notices notices.json] [--head <hash>]')
    process.exit(2)
  }
  const { ok, problems, summary } = await verifyLog(positionals[0], values)
  for (const p of problems) console.error(`✘ ${p}`)
  console.log(ok ? `✔ ${summary}` : `✘ ${summary}`)
  process.exit(ok ? 0 : 1)
}
