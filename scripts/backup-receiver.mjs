// npm run backup:receiver -- <backup.sqlite> [--data-dir DIR]
// A consistent copy of the SQLite consent log, taken while the receiver runs (SQLite's online
// backup). Restore: stop the receiver, put the copy at <data dir>/consent.sqlite (no -wal or -shm
// files beside it), start it. For PostgreSQL use pg_dump (docs/receiver.md).
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { defaultDataDir } from '../receiver/options.mjs'
import { FILE } from '../receiver/storage/sqlite.mjs'

/**
 * Copies the consent log of `dataDir` to `dest`.
 * @returns the number of records in the copy
 */
export async function backupReceiver(dataDir, dest) {
  const source = join(dataDir, FILE)
  if (!existsSync(source)) throw new Error(`no consent log at ${source}`)
  if (existsSync(dest)) throw new Error(`${dest} exists: name a new file`)
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    await db.backup(dest)
  } finally {
    db.close()
  }
  const copy = new Database(dest, { readonly: true, fileMustExist: true })
  try {
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`${dest}: the copy failed its integrity check`)
    return copy.prepare('SELECT count(*) FROM consent_records').pluck().get()
  } finally {
    copy.close()
  }
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' } } })
  if (positionals.length != 1) {
    console.error('usage: npm run backup:receiver -- <backup.sqlite> [--data-dir DIR]   (DIR defaults to CONSENTRY_DATA_DIR)')
    process.exit(2)
  }
  const dataDir = resolve(values['data-dir'] || process.env.CONSENTRY_DATA_DIR || defaultDataDir())
  const count = await backupReceiver(dataDir, resolve(positionals[0]))
  console.log(`Backed up ${count} records from ${dataDir} to ${resolve(positionals[0])}`)
}
