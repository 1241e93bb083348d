// PostgreSQL's own faults and strengths: a server that stops taking writes, connections cut under
// the pool, and several receivers on one database keeping one hash chain.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyLog } from '../../scripts/verify-log.mjs'
import { admin, postgres } from './support/backends'
import { quiet, record, type Running, startReceiver, tempDir } from './support/helpers'

let options: Awaited<ReturnType<typeof postgres.fresh>>['options']
let drop: () => Promise<void>
const running: Running[] = []
beforeEach(async () => {
  ;({ options, drop } = await postgres.fresh())
})
afterEach(async () => {
  await Promise.all(running.splice(0).map(r => r.stop()))
  await drop()
})
const start = async (extra = {}) => {
  const r = await startReceiver({ ...options, ...extra })
  running.push(r)
  return r
}
/** Ends this test's receivers' connections to the database, as a server restart does to a pool. */
const cutConnections = () => admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`consentry-receiver:${options.schema}`])

describe('on PostgreSQL', () => {
  it('answers 503 with Retry-After while writes fail, says so once, and recovers', async () => {
    const logger = quiet()
    const r = await start({ logger })
    expect((await r.post(record())).status).toBe(201)
    // The table goes away under the receiver (a migration gone wrong, a restore under way).
    await admin(`ALTER TABLE ${options.schema}.consent_records RENAME TO consent_records_away`)
    try {
      for (let i = 0; i < 3; i++) {
        const res = await r.post(record())
        expect([res.status, res.headers.get('retry-after')]).toEqual([503, '10'])
      }
    } finally {
      await admin(`ALTER TABLE ${options.schema}.consent_records_away RENAME TO consent_records`)
    }
    expect(logger.said.filter(s => s.includes('storage failed'))).toHaveLength(1)
    expect((await r.post(record())).status).toBe(201)
    expect(logger.said.some(s => s.includes('storage works again'))).toBe(true)
    expect((await r.receiver.storage.list({}, 10)).map(x => x.seq)).toEqual([2, 1])
  })

  it('survives its connections being cut while idle', async () => {
    const r = await start()
    await r.post(record())
    await cutConnections()
    // The pool drops the dead connections (an 'error' it must not let end the process) and opens new ones.
    await expect.poll(async () => (await r.post(record())).status, { timeout: 5000 }).toBe(201)
  })

  it('refuses a schema that is not a plain identifier', async () => {
    await expect(start({ schema: 'public -c statement_timeout=1' })).rejects.toThrow('is not a lowercase SQL identifier')
  })

  it('keeps one hash chain with two receivers writing at once', async () => {
    const [a, b] = [await start(), await start()]
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).post([record(), record()])))
    const [dir, remove] = tempDir()
    try {
      const file = join(dir, 'export.json')
      writeFileSync(file, await (await a.get('/consent-log.json')).text())
      expect(await verifyLog(file)).toMatchObject({ ok: true, summary: expect.stringContaining('120 records verified (seq 1 to 120, from the start') })
    } finally {
      remove()
    }
  })
})
