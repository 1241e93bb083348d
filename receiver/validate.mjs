// Validation of one consent record against SPEC 1.7: every field present as an own property, of its
// type, and nothing else; the notice hash checked against the notice text.
import { sha256 } from './storage/chain.mjs'

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/
const HEX64 = /^[0-9a-f]{64}$/
const JURISDICTION = /^(unknown|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/
const CATEGORY = /^[\w-]{1,64}$/

/** The values some fields may take. */
export const METHODS = ['accept-all', 'reject-all', 'custom', 'reset', 'opt-out', 'gpc']
export const SOURCES = ['banner', 'preferences', 'floating', 'api', 'gpc']
export const MODELS = ['opt-in', 'opt-out']
export const AGE_GROUPS = ['adult', 'minor', 'minor-guardian', null]
/** The largest notice text, in UTF-8 bytes (the record as a whole is held to MAX_RECORD_BYTES too). */
export const MAX_NOTICE_BYTES = 64 * 1024

// Names an object may not use as keys: they shadow or replace Object.prototype where a plain object holds them.
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype'])

/** A string of at most `max` characters, well-formed UTF-16 (so it has a UTF-8 form) and free of NUL. */
const text = (v, max) => typeof v == 'string' && v.length <= max && v.isWellFormed() && !v.includes('\0')
const oneOf = list => [v => list.includes(v), `must be one of ${list.map(String).join(', ')}`]

/** Each field of a record and the check it must pass, in SPEC order; the message says what was expected. */
const FIELDS = new Map(Object.entries({
  id: [v => text(v, 36) && UUID4.test(v), 'must be a lowercase UUID v4 string'],
  subjectId: [v => text(v, 36) && UUID.test(v), 'must be a lowercase UUID string'],
  revision: [v => (typeof v == 'number' && Number.isFinite(v)) || (text(v, 64) && v.length > 0), 'must be a finite number or a non-empty string of at most 64 characters'],
  categories: [categories, 'must be an object of 1 to 50 category names (letters, digits, "-", "_"), each true or false'],
  method: oneOf(METHODS),
  gpc: [v => typeof v == 'boolean', 'must be true or false'],
  timestamp: [timestamp, 'must be an ISO 8601 UTC timestamp of a real date, such as 2026-11-22T10:00:00.000Z'],
  // '' is what an SDK sends when its UI (and so its texts) could not load; the record must not be lost for that.
  language: [v => v === '' || languageTag(v), 'must be a BCP 47 language tag such as en or zh-CN, or empty'],
  notice: [v => v === null || (typeof v == 'string' && HEX64.test(v)), 'must be a lowercase SHA-256 hex string of 64 characters, or null'],
  url: [pageUrl, 'must be an absolute http(s) URL without query string, fragment or credentials'],
  sdkVersion: [v => text(v, 64) && SEMVER.test(v), 'must be a semantic version such as 1.0.0'],
  noticeText: [v => text(v, MAX_NOTICE_BYTES) && Buffer.byteLength(v) <= MAX_NOTICE_BYTES, `must be a string of at most ${MAX_NOTICE_BYTES} bytes`],
  source: oneOf(SOURCES),
  jurisdiction: [v => typeof v == 'string' && JURISDICTION.test(v), 'must be unknown or an ISO 3166 code such as DE or US-CA'],
  model: oneOf(MODELS),
  ageGroup: oneOf(AGE_GROUPS)
}))

/** The record's field names, in SPEC order. */
export const RECORD_FIELDS = [...FIELDS.keys()]

function categories(v) {
  if (typeof v != 'object' || v === null || Array.isArray(v)) return false
  const names = Object.keys(v)
  return names.length > 0 && names.length <= 50 && names.every(n => CATEGORY.test(n) && !RESERVED.has(n) && typeof v[n] == 'boolean')
}

/** A UTC timestamp whose date and time exist: 2026-02-30 and 24:00 do not. */
function timestamp(v) {
  const m = typeof v == 'string' && ISO.exec(v)
  if (!m) return false
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number)
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  return y >= 2000 && t.getUTCFullYear() == y && t.getUTCMonth() == mo - 1 && t.getUTCDate() == d &&
    t.getUTCHours() == h && t.getUTCMinutes() == mi && t.getUTCSeconds() == s
}

function languageTag(v) {
  if (!text(v, 35) || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v)) return false
  try {
    return Intl.getCanonicalLocales(v).length == 1
  } catch {
    return false
  }
}

function pageUrl(v) {
  if (!text(v, 2048) || v.includes('?') || v.includes('#')) return false
  try {
    const url = new URL(v)
    return /^https?:$/.test(url.protocol) && !url.username && !url.password
  } catch {
    return false
  }
}

/**
 * Checks one record and works out the hash its notice text is stored under.
 * @returns `{ error }` naming the offending field, or `{ noticeHash }`
 */
export function validateRecord(record) {
  if (typeof record != 'object' || record === null || Array.isArray(record)) return { error: 'record: must be a JSON object' }
  for (const key of Object.keys(record)) if (!FIELDS.has(key)) return { error: `${key}: is not a field of a consent record` }
  for (const [name, [check, expected]] of FIELDS) {
    if (!Object.hasOwn(record, name)) return { error: `${name}: is missing` }
    if (!check(record[name])) return { error: `${name}: ${expected}` }
  }
  if (record.noticeText === '' && record.language !== '') return { error: 'noticeText: may be empty only when language is empty' }
  const noticeHash = sha256(record.noticeText)
  if (record.notice !== null && record.notice !== noticeHash) return { error: 'notice: is not the SHA-256 of noticeText' }
  return { noticeHash }
}
