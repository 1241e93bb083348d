// The durable consent log: one SQLite file, one row per record, deduplicated on the record's id.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** The schema, also documented in the README for site owners who reimplement the receiver. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_records (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,  -- arrival order
  id           TEXT    NOT NULL UNIQUE,            -- record UUID, the idempotency key
  subject_id   TEXT    NOT NULL,                   -- browser's consent subject UUID
  revision     TEXT    NOT NULL,                   -- JSON: keeps 3 apart from "3"
  categories   TEXT    NOT NULL,                   -- JSON object of category -> boolean
  method       TEXT    NOT NULL CHECK (method IN ('accept-all', 'reject-all', 'custom', 'reset')),
  gpc          INTEGER NOT NULL CHECK (gpc IN (0, 1)),
  timestamp    TEXT    NOT NULL,                   -- when the visitor decided (browser clock, ISO 8601)
  language     TEXT    NOT NULL,
  notice       TEXT,                               -- SHA-256 hex of the texts shown, or NULL
  url          TEXT    NOT NULL,
  sdk_version  TEXT    NOT NULL,
  received_at  TEXT    NOT NULL                    -- when this server stored it (server clock)
);
CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject_id, timestamp);`

const COLUMNS = 'id, subject_id, revision, categories, method, gpc, timestamp, language, notice, url, sdk_version, received_at'

/**
 * Opens (creating on first start) the consent log in `dataDir`.
 * @returns `{ insert(records), list({ subjectId, category }), close() }`
 */
export function openConsentDb(dataDir) {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, 'consent.sqlite'))
  // WAL lets the log page read while records are written; FULL syncs each commit to disk.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(SCHEMA)
  const add = db.prepare(`INSERT OR IGNORE INTO consent_records (${COLUMNS})
    VALUES (@id, @subjectId, @revision, @categories, @method, @gpc, @timestamp, @language, @notice, @url, @sdkVersion, @receivedAt)`)
  const insertAll = db.transaction(records => {
    let stored = 0
    const receivedAt = new Date().toISOString()
    for (const r of records) {
      stored += add.run({
        ...r, revision: JSON.stringify(r.revision), categories: JSON.stringify(r.categories), gpc: r.gpc ? 1 : 0, receivedAt
      }).changes
    }
    return stored
  })

  return {
    /** Stores the records that are new; returns how many were. */
    insert: records => insertAll(records),
    /**
     * Records, newest first; a subject's history oldest first (the audit trail reads in order).
     * `category` keeps records that granted it.
     */
    list({ subjectId, category } = {}) {
      const where = []
      const params = {}
      if (subjectId) where.push('subject_id = @subjectId'), (params.subjectId = subjectId)
      if (category) {
        where.push('EXISTS (SELECT 1 FROM json_each(categories) WHERE key = @category AND value = 1)')
        params.category = category
      }
      const order = subjectId ? 'timestamp ASC, seq ASC' : 'timestamp DESC, seq DESC'
      const sql = `SELECT ${COLUMNS} FROM consent_records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${order}`
      return db.prepare(sql).all(params).map(toRecord)
    },
    /** Every category name seen in the log, for the filter menu. */
    categories: () => db.prepare('SELECT DISTINCT key FROM consent_records, json_each(categories) ORDER BY key').pluck().all(),
    /** Closes the file. */
    close: () => db.close()
  }
}

function toRecord(row) {
  return {
    id: row.id, subjectId: row.subject_id, revision: JSON.parse(row.revision), categories: JSON.parse(row.categories),
    method: row.method, gpc: row.gpc == 1, timestamp: row.timestamp, language: row.language, notice: row.notice,
    url: row.url, sdkVersion: row.sdk_version, receivedAt: row.received_at
  }
}
