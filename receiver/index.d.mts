import type { IncomingMessage, ServerResponse } from 'node:http'

/** A consent record as SPEC 1.7 defines it: what the SDK POSTs. */
export interface ConsentRecord {
  /** UUID v4, the idempotency key. */
  id: string
  /** The browser's consent subject, stable across its decisions. */
  subjectId: string
  revision: number | string
  categories: Record<string, boolean>
  method: 'accept-all' | 'reject-all' | 'custom' | 'reset' | 'opt-out' | 'gpc'
  gpc: boolean
  /** ISO 8601 UTC, browser clock. */
  timestamp: string
  /** BCP 47 tag, or '' when the SDK's UI could not load. */
  language: string
  /** SHA-256 hex of `noticeText`, or null where the browser had no Web Crypto. */
  notice: string | null
  url: string
  sdkVersion: string
  /** The texts the visitor was shown; '' only with language ''. */
  noticeText: string
  source: 'banner' | 'preferences' | 'floating' | 'api' | 'gpc'
  /** 'unknown' or an ISO 3166 code: DE, US-CA. */
  jurisdiction: string
  model: 'opt-in' | 'opt-out'
  ageGroup: 'adult' | 'minor' | 'minor-guardian' | null
}

/** A stored record: the record without its text, the hash it is stored under, and its link in the hash chain. */
export interface StoredRecord extends Omit<ConsentRecord, 'noticeText'> {
  /** Arrival order, gapless from 1. */
  seq: number
  /** The notice text's SHA-256: `notice` as sent, or computed here when that was null. */
  noticeHash: string
  /** When this receiver stored it (server clock, ISO 8601). */
  receivedAt: string
  /** `hash` of the record `seq - 1` (64 zeros for the first). */
  prevHash: string
  /** SHA-256 over this record's fields and `prevHash` (receiver/storage/chain.mjs). */
  hash: string
}

/** A blocked attempt: one CSP violation report, without query strings. */
export interface BlockedAttempt {
  seq: number
  receivedAt: string
  /** The page, origin and path. */
  documentUrl: string
  /** What was refused: origin and path, or a keyword such as `inline`. */
  blockedUrl: string
  directive: string
  disposition: 'enforce' | 'report'
}

/** What a listing selects. A subject's history reads oldest first, everything else newest first. */
export interface ListQuery {
  subjectId?: string
  /** Keeps records that granted this category. */
  category?: string
  /** First and last day of decision (YYYY-MM-DD, UTC), inclusive. */
  from?: string
  to?: string
  /** Continue past this seq (from a Link header). */
  cursor?: number
}

/** One row of the daily stats rollup; category '*' counts every decision. */
export interface DailyCount {
  day: string
  jurisdiction: string
  language: string
  method: string
  category: string
  decisions: number
  granted: number
}

/** An accepted record on its way into storage. */
export interface Entry {
  record: ConsentRecord
  /** SHA-256 of record.noticeText. */
  noticeHash: string
}

/**
 * The storage interface every backend implements (SQLite: storage/sqlite.mjs, PostgreSQL:
 * storage/postgres.mjs) and test/receiver/storage.test.ts checks. Every method rejects when the
 * backend cannot do its job; the receiver then answers 503 with Retry-After.
 */
export interface Storage {
  kind: string
  /**
   * Stores the entries whose id is new, in one durable transaction, linking each onto the hash
   * chain and its notice text into the notice table (once per hash).
   * @returns per entry, true when it was stored now, false when its id was already stored
   */
  insert(entries: Entry[]): Promise<boolean[]>
  /** Up to `limit` records the query selects, in its order. */
  list(query: ListQuery, limit: number): Promise<StoredRecord[]>
  /** The cursor of the page after the first `limit` records of the query, or null when there is none. */
  nextCursor(query: ListQuery, limit: number): Promise<number | null>
  /** The notice texts of these hashes (those it has). */
  notices(hashes: string[]): Promise<Map<string, string>>
  /** Notice texts in hash order, after `cursor` (a hash, or '' for the start). */
  listNotices(cursor: string, limit: number): Promise<Array<{ hash: string; text: string; firstSeen: string }>>
  /** Every category name seen. */
  categories(): Promise<string[]>
  /** The rollup rows of these days (inclusive; all without a range). */
  daily(range?: { from?: string; to?: string }): Promise<DailyCount[]>
  /** The last link of the chain: `{ seq: 0, hash: 64 zeros }` when empty. */
  head(): Promise<{ seq: number; hash: string }>
  addReports(reports: Array<Omit<BlockedAttempt, 'seq' | 'receivedAt'>>): Promise<void>
  /** The newest reports first. */
  listReports(limit: number): Promise<BlockedAttempt[]>
  /** Rejects when the storage cannot take writes (SQLite: its file was deleted or replaced). */
  check(): Promise<void>
  /** Ends its connections; SQLite also folds its WAL into the main file. */
  close(): Promise<void>
}

/** SQLite's storage: also an online backup and the better-sqlite3 handle. */
export interface SqliteStorage extends Storage {
  kind: 'sqlite'
  /** Writes a consistent copy of the live database to `file` while it keeps taking records. */
  backup(file: string): Promise<unknown>
  db: import('better-sqlite3').Database
}

/** createReceiver's options. Each falls back to its environment variable, then to its default. */
export interface ReceiverOptions {
  /**
   * The SQLite folder. Refused when inside the code tree (a redeploy would replace it).
   * @default process.env.CONSENTRY_DATA_DIR, else ~/.local/state/consentry ($XDG_STATE_HOME; %LOCALAPPDATA% on Windows)
   */
  dataDir?: string
  /** A PostgreSQL connection URL; when set, records go there instead of SQLite. @default process.env.DATABASE_URL */
  databaseUrl?: string
  /** With databaseUrl: an existing schema (a lowercase identifier) to keep the tables in. @default the connection's search_path */
  schema?: string
  /** A storage of your own (tests, another database); dataDir and databaseUrl are then unused. */
  storage?: Storage
  /**
   * The token that reads the log, stats and exports (at least 16 characters). Without one those
   * routes answer 401 to everyone. @default process.env.CONSENTRY_LOG_TOKEN
   */
  logToken?: string
  /**
   * The shop origins whose pages may post records and reports, e.g. ['https://shop.example'];
   * '*' allows any origin (not with credentials). The receiver's own origin is always allowed.
   * @default process.env.CONSENTRY_ALLOWED_ORIGINS split on commas and spaces, else []
   */
  allowedOrigins?: string[]
  /** Answer `Access-Control-Allow-Credentials: true` (the SDK's `credentials: 'include'`). @default false */
  credentials?: boolean
  /**
   * Requests per client and minute (a token bucket with `burst` at once), or false for none.
   * @default { records: { perMinute: 120, burst: 60 }, reports: { perMinute: 60, burst: 30 }, signIn: { perMinute: 10, burst: 5 } }
   */
  rateLimit?: false | Partial<Record<'records' | 'reports' | 'signIn', { perMinute: number; burst?: number }>>
  /** Who a request counts against for rate limits. Behind a proxy, read its header here. @default req.socket.remoteAddress */
  clientKey?: (req: IncomingMessage) => string
  /** Where faults are said, once each. @default console */
  logger?: Pick<Console, 'error'> & Partial<Pick<Console, 'warn' | 'info'>>
  /** A body not received in this time gets 408. @default 10000 */
  bodyTimeoutMs?: number
  /** Retry-After of a 503 when storage fails. @default 10 */
  retryAfterSeconds?: number
}

/** The receiver: a request handler and its storage. */
export interface Receiver {
  /**
   * Answers the receiver's routes (docs/receiver.md). Never throws or rejects.
   * @returns false for a request that is not the receiver's, so the caller answers it
   */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>
  storage: Storage
  /** Waits for the writes under way, then closes the storage (SQLite: WAL checkpointed). */
  close(): Promise<void>
}

/** Opens the consent log and returns the receiver; rejects when storage cannot be opened. */
export function createReceiver(options?: ReceiverOptions): Promise<Receiver>

/** Checks one record; `{ error }` names the field, else the hash its notice text is stored under. */
export function validateRecord(record: unknown): { error: string; noticeHash?: undefined } | { error?: undefined; noticeHash: string }

/** The record's field names, in SPEC order. */
export const RECORD_FIELDS: readonly (keyof ConsentRecord)[]
/** The most records one request may carry. */
export const MAX_BATCH: number
/** The largest record, as compact JSON, in bytes. */
export const MAX_RECORD_BYTES: number
/** The largest body of POST /api/consent: MAX_BATCH records of MAX_RECORD_BYTES, with brackets and commas. */
export const MAX_BODY: number
/** Where records are kept unless told otherwise. */
export function defaultDataDir(env?: Record<string, string | undefined>, platform?: string): string
