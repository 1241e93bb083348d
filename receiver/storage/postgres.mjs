// The consent log in PostgreSQL (node-postgres), for a shop that runs several receivers or outgrows
// one box. One transaction per batch; an advisory lock keeps the hash chain in one line across processes.
import pg from 'pg'
import { GENESIS } from './chain.mjs'
import { COLUMN_LIST, COLUMNS, fromRow, linkBatch, listing, noticesOf, rollup, rowValues } from './rows.mjs'

/** The schema (version 2), also in docs/receiver.md. Same tables and meaning as the SQLite one. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS consent_notices (hash text PRIMARY KEY, text text NOT NULL, first_seen text NOT NULL);
CREATE TABLE IF NOT EXISTS consent_records (
  seq bigint PRIMARY KEY, id text NOT NULL UNIQUE, subject_id text NOT NULL, revision text NOT NULL,
  categories json NOT NULL, method text NOT NULL, gpc boolean NOT NULL, timestamp text NOT NULL,
  language text NOT NULL, notice text, notice_hash text NOT NULL REFERENCES consent_notices (hash),
  url text NOT NULL, sdk_version text NOT NULL, source text NOT NULL, jurisdiction text NOT NULL,
  model text NOT NULL, age_group text, received_at text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL
);
CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject_id, seq);
CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (timestamp);
CREATE TABLE IF NOT EXISTS consent_daily (
  day text NOT NULL, jurisdiction text NOT NULL, language text NOT NULL, method text NOT NULL,
  category text NOT NULL, decisions bigint NOT NULL, granted bigint NOT NULL,
  PRIMARY KEY (day, jurisdiction, language, method, category)
);
CREATE TABLE IF NOT EXISTS csp_reports (
  seq bigserial PRIMARY KEY, received_at text NOT NULL, document_url text NOT NULL,
  blocked_url text NOT NULL, directive text NOT NULL, disposition text NOT NULL
);
INSERT INTO consent_meta VALUES ('schema', '2') ON CONFLICT DO NOTHING;`

// pg_advisory_xact_lock key for appending to the chain: 'cons' in ASCII.
const CHAIN_LOCK = 0x636f6e73

/**
 * Connects to `databaseUrl` and creates the tables on first start.
 * @param {{ databaseUrl: string, schema?: string, max?: number }} options `schema`: an existing schema to use instead of the default search_path
 * @returns the Storage of receiver/index.d.mts, plus the node-postgres `pool`
 */
export async function openPostgres({ databaseUrl, schema, max = 10 }) {
  // It goes into the connection's options unquoted: a plain identifier only.
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema: ${schema} is not a lowercase SQL identifier`)
  const pool = new pg.Pool({
    connectionString: databaseUrl, max, connectionTimeoutMillis: 5000, query_timeout: 15000,
    application_name: schema ? `consentry-receiver:${schema}` : 'consentry-receiver',
    ...(schema ? { options: `-c search_path=${schema}` } : {})
  })
  // An idle connection the server closes (restart, failover) must not take the process down: the
  // next query gets a fresh one or fails, and the receiver answers 503.
  pool.on('error', () => {})
  const q = (text, values) => pool.query(text, values)
  try {
    // Two receivers starting at once must not both create the tables.
    const client = await pool.connect()
    try {
      await client.query('SELECT pg_advisory_lock($1)', [CHAIN_LOCK + 1])
      await client.query(SCHEMA)
    } finally {
      await client.query('SELECT pg_advisory_unlock_all()').catch(() => {})
      client.release()
    }
  } catch (e) {
    await pool.end()
    throw e
  }

  async function transaction(work) {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {})
      throw e
    } finally {
      client.release()
    }
  }

  const query = (qr, limit, offset = 0) => {
    const params = []
    const sql = listing(qr, v => (params.push(v), `$${params.length}`), name => `(categories ->> ${name}) = 'true'`)
    return q(`SELECT ${COLUMN_LIST} FROM consent_records ${sql} LIMIT ${Number(limit)} OFFSET ${Number(offset)}`, params)
  }
  const headOf = async client => (await client.query('SELECT seq, hash FROM consent_records ORDER BY seq DESC LIMIT 1')).rows[0]
  const toHead = row => row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS }

  return {
    kind: 'postgres',
    pool,
    insert: entries => transaction(async client => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK])
      const receivedAt = new Date().toISOString()
      const known = (await client.query('SELECT id FROM consent_records WHERE id = ANY($1)', [entries.map(e => e.record.id)])).rows.map(r => r.id)
      const { rows, stored } = linkBatch(entries, known, toHead(await headOf(client)), receivedAt)
      const notices = noticesOf(entries)
      await client.query(`INSERT INTO consent_notices SELECT h, t, $3 FROM unnest($1::text[], $2::text[]) AS n(h, t)
        ON CONFLICT (hash) DO NOTHING`, [notices.map(n => n[0]), notices.map(n => n[1]), receivedAt])
      if (rows.length) {
        const values = rows.map(r => rowValues(r))
        await client.query(`INSERT INTO consent_records (${COLUMN_LIST}) SELECT * FROM unnest(${COLUMNS.map((_, i) =>
          `$${i + 1}::${TYPES[i]}[]`).join(', ')})`, COLUMNS.map((_, i) => values.map(v => v[i])))
        const counts = rollup(rows)
        await client.query(`INSERT INTO consent_daily SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
          ON CONFLICT (day, jurisdiction, language, method, category) DO UPDATE SET
          decisions = consent_daily.decisions + excluded.decisions, granted = consent_daily.granted + excluded.granted`,
        counts[0].map((_, i) => counts.map(c => c[i])))
      }
      return stored
    }),
    list: async (qr, limit) => (await query(qr, limit)).rows.map(fromRow),
    async nextCursor(qr, limit) {
      const [last, more] = (await query(qr, 2, limit - 1)).rows
      return more ? Number(last.seq) : null
    },
    notices: async hashes => new Map((await q('SELECT hash, text FROM consent_notices WHERE hash = ANY($1)', [hashes])).rows.map(r => [r.hash, r.text])),
    listNotices: async (cursor, limit) => (await q('SELECT hash, text, first_seen AS "firstSeen" FROM consent_notices WHERE hash > $1 ORDER BY hash LIMIT $2', [cursor || '', limit])).rows,
    categories: async () => (await q("SELECT DISTINCT category FROM consent_daily WHERE category != '*' ORDER BY category")).rows.map(r => r.category),
    daily: async ({ from, to } = {}) => (await q(`SELECT day, jurisdiction, language, method, category, decisions::int AS decisions, granted::int AS granted
      FROM consent_daily WHERE day >= $1 AND day <= $2 ORDER BY day`, [from || '0000', to || '9999'])).rows,
    head: async () => toHead(await headOf(pool)),
    async addReports(reports) {
      await q(`INSERT INTO csp_reports (received_at, document_url, blocked_url, directive, disposition)
        SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
      [new Date().toISOString(), ...['documentUrl', 'blockedUrl', 'directive', 'disposition'].map(f => reports.map(r => r[f]))])
    },
    listReports: async limit => (await q(`SELECT seq::int AS seq, received_at AS "receivedAt", document_url AS "documentUrl",
      blocked_url AS "blockedUrl", directive, disposition FROM csp_reports ORDER BY seq DESC LIMIT $1`, [limit])).rows,
    check: async () => void await q('SELECT 1'),
    close: () => pool.end()
  }
}

// The Postgres type of each column, in COLUMNS order, for unnest().
const TYPES = ['bigint', 'text', 'text', 'text', 'json', 'text', 'boolean', 'text', 'text', 'text', 'text', 'text', 'text',
  'text', 'text', 'text', 'text', 'text', 'text', 'text']
