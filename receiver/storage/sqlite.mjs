// The consent log in one SQLite file (better-sqlite3): WAL, every commit synced, and a check that
// the file this process writes is still the one at its path.
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { GENESIS } from './chain.mjs'
import { COLUMN_LIST, COLUMNS, fromRow, linkBatch, listing, noticesOf, rollup, rowValues } from './rows.mjs'

/** The schema (version 2), also in docs/receiver.md. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS consent_notices (
  hash        TEXT PRIMARY KEY,                 -- SHA-256 hex of text, verified on receipt
  text        TEXT NOT NULL,                    -- the banner and dialog texts a visitor was shown
  first_seen  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS consent_records (
  seq          INTEGER PRIMARY KEY,             -- arrival order, gapless from 1: the chain's order
  id           TEXT    NOT NULL UNIQUE,         -- record UUID, the idempotency key
  subject_id   TEXT    NOT NULL,
  revision     TEXT    NOT NULL,                -- JSON: keeps 3 apart from "3"
  categories   TEXT    NOT NULL,                -- JSON object of category -> boolean
  method       TEXT    NOT NULL,
  gpc          INTEGER NOT NULL,                -- 0 or 1
  timestamp    TEXT    NOT NULL,                -- when the visitor decided (browser clock, ISO 8601 UTC)
  language     TEXT    NOT NULL,
  notice       TEXT,                            -- the hash as sent; NULL where the browser had no Web Crypto
  notice_hash  TEXT    NOT NULL REFERENCES consent_notices (hash),
  url          TEXT    NOT NULL,
  sdk_version  TEXT    NOT NULL,
  source       TEXT    NOT NULL,
  jurisdiction TEXT    NOT NULL,
  model        TEXT    NOT NULL,
  age_group    TEXT,
  received_at  TEXT    NOT NULL,                -- when this server stored it (server clock)
  prev_hash    TEXT    NOT NULL,                -- hash of the row seq - 1
  hash         TEXT    NOT NULL                 -- SHA-256 over this row and prev_hash
);
CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject_id, seq);
CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (timestamp);
CREATE TABLE IF NOT EXISTS consent_daily (
  day TEXT NOT NULL, jurisdiction TEXT NOT NULL, language TEXT NOT NULL, method TEXT NOT NULL,
  category TEXT NOT NULL,                       -- '*' counts every decision
  decisions INTEGER NOT NULL, granted INTEGER NOT NULL,
  PRIMARY KEY (day, jurisdiction, language, method, category)
);
CREATE TABLE IF NOT EXISTS csp_reports (
  seq INTEGER PRIMARY KEY, received_at TEXT NOT NULL, document_url TEXT NOT NULL,
  blocked_url TEXT NOT NULL, directive TEXT NOT NULL, disposition TEXT NOT NULL
);
INSERT OR IGNORE INTO consent_meta VALUES ('schema', '2');`

/** The database's file name in the data folder. */
export const FILE = 'consent.sqlite'

/**
 * Opens (creating on first start) the consent log in `dataDir`.
 * @returns the Storage of receiver/index.d.mts, plus `backup(file)` and the better-sqlite3 `db`
 */
export function openSqlite(dataDir) {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, FILE)
  const db = new Database(path)
  db.pragma('busy_timeout = 5000')
  // WAL lets the log page read while records are written; FULL syncs each commit to disk.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  checkSchema(db)
  db.exec(SCHEMA)
  const opened = identity(path)

  /** Throws unless the file at `path` is still the one opened: a redeploy may have deleted or replaced it. */
  function check() {
    let now
    try {
      now = identity(path)
    } catch {
      now = 'gone'
    }
    if (now !== opened) throw new Error(`the database file ${path} was deleted or replaced while the receiver ran; restart it`)
  }

  const known = db.prepare('SELECT id FROM consent_records WHERE id IN (SELECT value FROM json_each(?))').pluck()
  const head = db.prepare('SELECT seq, hash FROM consent_records ORDER BY seq DESC LIMIT 1')
  const addNotice = db.prepare('INSERT INTO consent_notices VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING')
  const addRow = db.prepare(`INSERT INTO consent_records (${COLUMN_LIST}) VALUES (${COLUMNS.map(() => '?').join(', ')})`)
  const addDaily = db.prepare(`INSERT INTO consent_daily VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET decisions = decisions + excluded.decisions, granted = granted + excluded.granted`)
  const insert = db.transaction((entries, receivedAt) => {
    const { rows, stored } = linkBatch(entries, known.all(JSON.stringify(entries.map(e => e.record.id))), head.get() || { seq: 0, hash: GENESIS }, receivedAt)
    for (const [hash, text] of noticesOf(entries)) addNotice.run(hash, text, receivedAt)
    for (const row of rows) addRow.run(rowValues(row, { gpc: v => (v ? 1 : 0) }))
    for (const counts of rollup(rows)) addDaily.run(counts)
    return stored
  })
  const addReport = db.prepare('INSERT INTO csp_reports (received_at, document_url, blocked_url, directive, disposition) VALUES (?, ?, ?, ?, ?)')
  const addReports = db.transaction((reports, receivedAt) => {
    for (const r of reports) addReport.run(receivedAt, r.documentUrl, r.blockedUrl, r.directive, r.disposition)
  })

  const query = (q, limit, offset = 0) => {
    const params = []
    const sql = listing(q, v => (params.push(v), '?'),
      name => `EXISTS (SELECT 1 FROM json_each(categories) WHERE key = ${name} AND type = 'true')`)
    return db.prepare(`SELECT ${COLUMN_LIST} FROM consent_records ${sql} LIMIT ${Number(limit)} OFFSET ${Number(offset)}`).all(params)
  }

  return {
    kind: 'sqlite',
    db,
    async insert(entries) {
      check()
      const stored = insert.immediate(entries, new Date().toISOString())
      // A file replaced during the commit took the commit with it: say so rather than acknowledge it.
      check()
      return stored
    },
    list: async (q, limit) => query(q, limit).map(fromRow),
    async nextCursor(q, limit) {
      const [last, more] = query(q, 2, limit - 1)
      return more ? Number(last.seq) : null
    },
    async notices(hashes) {
      const rows = db.prepare('SELECT hash, text FROM consent_notices WHERE hash IN (SELECT value FROM json_each(?))').all(JSON.stringify(hashes))
      return new Map(rows.map(r => [r.hash, r.text]))
    },
    listNotices: async (cursor, limit) => db.prepare('SELECT hash, text, first_seen AS firstSeen FROM consent_notices WHERE hash > ? ORDER BY hash LIMIT ?').all(cursor || '', limit),
    categories: async () => db.prepare("SELECT DISTINCT category FROM consent_daily WHERE category != '*' ORDER BY category").pluck().all(),
    daily: async ({ from, to } = {}) => db.prepare(`SELECT day, jurisdiction, language, method, category, decisions, granted FROM consent_daily
      WHERE day >= ? AND day <= ? ORDER BY day`).all(from || '0000', to || '9999'),
    head: async () => head.get() || { seq: 0, hash: GENESIS },
    async addReports(reports) {
      check()
      addReports(reports, new Date().toISOString())
    },
    listReports: async limit => db.prepare(`SELECT seq, received_at AS receivedAt, document_url AS documentUrl, blocked_url AS blockedUrl,
      directive, disposition FROM csp_reports ORDER BY seq DESC LIMIT ?`).all(limit),
    check: async () => check(),
    /** Writes a consistent copy of the live database to `file` (SQLite's online backup), while it keeps taking records. */
    backup: file => db.backup(file),
    async close() {
      if (!db.open) return
      // Fold the WAL into the main file, so the file alone is the whole log (copies, backups).
      try {
        db.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        db.close()
      }
    }
  }
}

const identity = path => {
  const s = statSync(path)
  return `${s.dev}:${s.ino}`
}

/** Refuses a database of the first demo's schema, whose rows have no chain or notice text. */
function checkSchema(db) {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'consent_records'").get()
  const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'consent_meta'").get()
  if (old && !meta) {
    db.close()
    throw new Error('this consent.sqlite has the schema of Consentry 0.1 (no hash chain, no notice texts): export it, then start with an empty data folder')
  }
}
