// SQLite's own faults: the file deleted or replaced under a running receiver, a full disk, an old
// schema, a data folder in the code tree; and its backup and restore.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createReceiver, type SqliteStorage } from '../../receiver/index.mjs'
import { backupReceiver } from '../../scripts/backup-receiver.mjs'
import { verifyLog } from '../../scripts/verify-log.mjs'
import { quiet, record, type Running, sha256, startReceiver, tempDir } from './support/helpers'

let running: Running | undefined
const cleanups: Array<() => void> = []
afterEach(async () => {
  await running?.stop().catch(() => {})
  running = undefined
  cleanups.splice(0).forEach(f => f())
})
function dir() {
  const [d, remove] = tempDir()
  cleanups.push(remove)
  return d
}

describe('the database file', () => {
  it.each([
    ['deleted', (file: string) => rmSync(file)],
    ['replaced', (file: string) => {
      copyFileSync(file, file + '.new')
      renameSync(file + '.new', file)
    }],
    ['replaced with its whole folder, as a redeploy does', (file: string) => {
      const folder = join(file, '..')
      renameSync(folder, folder + '-old')
      mkdirSync(folder)
      copyFileSync(join(folder + '-old', 'consent.sqlite'), file)
    }]
  ])('%s while running: 503 with Retry-After, never 201, said once', async (_, change) => {
    const dataDir = join(dir(), 'data')
    cleanups.push(() => rmSync(dataDir + '-old', { recursive: true, force: true }))
    const logger = quiet()
    running = await startReceiver({ dataDir, logger })
    expect((await running.post(record())).status).toBe(201)
    change(join(dataDir, 'consent.sqlite'))
    for (let i = 0; i < 5; i++) {
      const res = await running.post(record())
      expect([res.status, res.headers.get('retry-after')]).toEqual([503, '10'])
    }
    expect(logger.said.filter(s => s.includes('was deleted or replaced while the receiver ran'))).toHaveLength(1)
  })
})

describe('a full disk', () => {
  it('answers 503 while SQLite says the disk is full, stores nothing half-way, and recovers', async () => {
    const logger = quiet()
    running = await startReceiver({ dataDir: dir(), logger })
    const { db } = running.receiver.storage as SqliteStorage
    expect((await running.post(record())).status).toBe(201)
    // max_page_count caps the file where it is: the next page SQLite needs fails with SQLITE_FULL.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`)
    const big = 'x'.repeat(60_000)
    for (let i = 0; i < 3; i++) expect((await running.post(record({ noticeText: big + i, notice: sha256(big + i) }))).status).toBe(503)
    expect(logger.said.filter(s => s.includes('database or disk is full'))).toHaveLength(1)
    db.pragma('max_page_count = 1073741823')
    expect((await running.post(record({ noticeText: big, notice: sha256(big) }))).status).toBe(201)
    expect((await running.receiver.storage.list({}, 10)).map(r => r.seq)).toEqual([2, 1])
  })
})

describe('opening', () => {
  it('refuses a database of the old schema, with what to do', async () => {
    const dataDir = dir()
    const db = new Database(join(dataDir, 'consent.sqlite'))
    db.exec('CREATE TABLE consent_records (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE)')
    db.close()
    await expect(createReceiver({ dataDir, logger: quiet() })).rejects.toThrow('schema of Consentry 0.1')
  })

  it('refuses a data folder inside the code tree, where a redeploy would replace it', async () => {
    const inside = new URL('../../demo/data', import.meta.url).pathname
    await expect(createReceiver({ dataDir: inside, logger: quiet() })).rejects.toThrow('is inside the code tree')
    expect(existsSync(inside)).toBe(false)
  })

  it('is refused for a file that is not a database', async () => {
    const dataDir = dir()
    writeFileSync(join(dataDir, 'consent.sqlite'), 'not a database, just text that is long enough to be read as a header'.repeat(20))
    await expect(createReceiver({ dataDir, logger: quiet() })).rejects.toThrow()
  })
})

describe('close', () => {
  it('folds the WAL into the main file: the file alone holds every record', async () => {
    const dataDir = dir()
    running = await startReceiver({ dataDir })
    for (let i = 0; i < 20; i++) await running.post(record())
    expect(existsSync(join(dataDir, 'consent.sqlite-wal'))).toBe(true)
    await running.stop()
    running = undefined
    expect(existsSync(join(dataDir, 'consent.sqlite-wal'))).toBe(false)
    const copy = join(dir(), 'copy.sqlite')
    copyFileSync(join(dataDir, 'consent.sqlite'), copy)
    const db = new Database(copy, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM consent_records').pluck().get()).toBe(20)
    db.close()
  })
})

describe('backup and restore', () => {
  it('copies the live log, and a receiver restored from the copy continues its chain', async () => {
    const dataDir = dir()
    running = await startReceiver({ dataDir })
    for (let i = 0; i < 5; i++) await running.post(record())
    const backup = join(dir(), 'backup.sqlite')
    // Taken while the receiver runs and takes records.
    const [count] = await Promise.all([backupReceiver(dataDir, backup), running.post(record())])
    expect(count).toBeGreaterThanOrEqual(5)
    await expect(backupReceiver(dataDir, backup)).rejects.toThrow('exists')
    await running.stop()

    const restored = dir()
    copyFileSync(backup, join(restored, 'consent.sqlite'))
    running = await startReceiver({ dataDir: restored })
    expect(await running.receiver.storage.list({}, 100)).toHaveLength(count)
    await running.post(record())
    const exported = join(dir(), 'export.json')
    writeFileSync(exported, await (await running.get('/consent-log.json')).text())
    expect(await verifyLog(exported)).toMatchObject({ ok: true, summary: expect.stringContaining(`${count + 1} records verified`) })
  })
})
