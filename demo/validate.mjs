// Validation of one consent record against SPEC 1.7: every field present, of its type, and nothing else.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/
const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$/
const HEX64 = /^[0-9a-f]{64}$/
const METHODS = ['accept-all', 'reject-all', 'custom', 'reset']

const isString = (max, pattern) => v => typeof v == 'string' && v.length <= max && (!pattern || pattern.test(v))

/** Each field of a record and the check it must pass, in SPEC order; the message says what was expected. */
const FIELDS = {
  id: [isString(36, UUID), 'must be a UUID string'],
  subjectId: [isString(36, UUID), 'must be a UUID string'],
  revision: [v => (typeof v == 'number' && Number.isFinite(v)) || isString(64, /./)(v), 'must be a finite number or a non-empty string of at most 64 characters'],
  categories: [categories, 'must be an object of 1 to 50 category names, each true or false'],
  method: [v => METHODS.includes(v), `must be one of ${METHODS.join(', ')}`],
  gpc: [v => typeof v == 'boolean', 'must be true or false'],
  timestamp: [v => isString(30, ISO)(v) && !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 UTC timestamp such as 2026-11-22T10:00:00.000Z'],
  // '' is what an SDK sends when its UI (and so its texts) could not load; the record must not be lost for that.
  language: [v => v === '' || isString(35, LANGUAGE)(v), 'must be a language tag such as en or zh-CN, or empty'],
  notice: [v => v === null || isString(64, HEX64)(v), 'must be a lowercase SHA-256 hex string of 64 characters, or null'],
  url: [pageUrl, 'must be an absolute http(s) URL without query string or fragment'],
  sdkVersion: [isString(32, VERSION), 'must be a version string such as 1.0.0'],
  noticeText: [isString(20000), 'must be the text of the notice shown'],
  source: [v => ['banner', 'preferences', 'floating', 'api', 'gpc'].includes(v), 'must be banner, preferences, floating, api or gpc']
}

/** The record's field names, in SPEC order. */
export const RECORD_FIELDS = Object.keys(FIELDS)

function categories(v) {
  if (typeof v != 'object' || v === null || Array.isArray(v)) return false
  const names = Object.keys(v)
  return names.length > 0 && names.length <= 50 && names.every(n => n.length > 0 && n.length <= 64 && typeof v[n] == 'boolean')
}

function pageUrl(v) {
  if (!isString(2048)(v) || v.includes('?') || v.includes('#')) return false
  try {
    return /^https?:$/.test(new URL(v).protocol)
  } catch {
    return false
  }
}

/**
 * Checks one record.
 * @returns null when it is valid, otherwise a reason that names the offending field
 */
export function validateRecord(record) {
  if (typeof record != 'object' || record === null || Array.isArray(record)) return 'record: must be a JSON object'
  for (const key of Object.keys(record)) if (!(key in FIELDS)) return `${key}: is not a field of a consent record`
  for (const [name, [check, expected]] of Object.entries(FIELDS)) {
    // The fields SDK 0.2 added are checked when present, so records of 0.1 still arrive.
    if (!(name in record)) {
      if (name == 'noticeText' || name == 'source') continue
      return `${name}: is missing`
    }
    if (!check(record[name])) return `${name}: ${expected}`
  }
  return null
}
