// The storage contract: one suite, run against SQLite and a real PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ConsentRecord, Entry, Storage } from '../../receiver/index.mjs'
import { GENESIS, linkHash } from '../../receiver/storage/chain.mjs'
import { openStorage } from '../../receiver/storage/index.mjs'
import { BACKENDS } from './support/backends'
import { NOTICE_TEXT, record, sha256 } from './support/helpers'

const entry = (r: ConsentRecord): Entry => ({ record: r, noticeHash: sha256(r.noticeText) })
const day = (d: number, over: Partial<ConsentRecord> = {}) => record({ timestamp: `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`, ...over })

describe.each(BACKENDS)('storage: $name', backend => {
  let storage: Storage
  let drop: () => Promise<void>
  beforeEach(async () => {
    const fresh = await backend.fresh()
    drop = fresh.drop
    storage = await openStorage(fresh.options)
  })
  afterEach(async () => {
    await storage.close()
    await drop()
  })

  it('stores new ids once: within a batch and across batches', async () => {
    const [a, b] = [record(), record()]
    expect(await storage.insert([entry(a), entry(b), entry(a)])).toEqual([true, true, false])
    expect(await storage.insert([entry(b), entry(record())])).toEqual([false, true])
    expect((await storage.list({}, 10)).map(r => r.seq)).toEqual([3, 2, 1])
  })

  it('gives back every field as sent, without the text, with its notice hash and chain link', async () => {
    const r = record({ revision: '2026-11', ageGroup: 'minor-guardian', gpc: true, notice: null, categories: { b: true, a: false, '1': true } })
    await storage.insert([entry(r)])
    const [stored] = await storage.list({}, 1)
    const { noticeText: _, ...fields } = r
    expect(stored).toEqual({ ...fields, seq: 1, noticeHash: sha256(NOTICE_TEXT), receivedAt: expect.stringMatching(/^\d{4}-.*Z$/), prevHash: GENESIS, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(Object.keys(stored.categories)).toEqual(Object.keys(r.categories))
    expect(typeof stored.revision).toBe('string')
  })

  it('links each record to the one before it, and the head is the last link', async () => {
    await storage.insert([entry(record()), entry(record())])
    await storage.insert([entry(record())])
    const rows = (await storage.list({}, 10)).reverse()
    rows.forEach((r, i) => {
      expect(r.prevHash).toBe(i ? rows[i - 1].hash : GENESIS)
      expect(linkHash(r.prevHash, r)).toBe(r.hash)
    })
    expect(await storage.head()).toEqual({ seq: 3, hash: rows[2].hash })
  })

  it('keeps each notice text once, by its hash', async () => {
    const other = 'Wir verwenden Cookies.'
    await storage.insert([entry(record()), entry(record()), entry(record({ noticeText: other, language: 'de' }))])
    await storage.insert([entry(record())])
    const texts = await storage.notices([sha256(NOTICE_TEXT), sha256(other), sha256('missing')])
    expect([...texts]).toEqual(expect.arrayContaining([[sha256(NOTICE_TEXT), NOTICE_TEXT], [sha256(other), other]]))
    expect(texts.size).toBe(2)
    expect((await storage.listNotices('', 10)).map(n => n.text).sort()).toEqual([other, NOTICE_TEXT].sort())
  })

  it('lists newest first, a subject oldest first, filtered by granted category and decision day', async () => {
    const subject = '99999999-2222-4333-8444-555555555555'
    await storage.insert([day(1), day(2, { subjectId: subject, categories: { analytics: false } }), day(3, { subjectId: subject }), day(4, { categories: { analytics: false } })].map(entry))
    const seqs = async (q: object) => (await storage.list(q, 10)).map(r => r.seq)
    expect(await seqs({})).toEqual([4, 3, 2, 1])
    expect(await seqs({ subjectId: subject })).toEqual([2, 3])
    expect(await seqs({ category: 'analytics' })).toEqual([3, 1])
    expect(await seqs({ from: '2026-11-02', to: '2026-11-03' })).toEqual([3, 2])
    expect(await seqs({ cursor: 3 })).toEqual([2, 1])
    expect(await seqs({ subjectId: subject, cursor: 2 })).toEqual([3])
  })

  it('names the cursor of the next page only when there is one', async () => {
    await storage.insert(Array.from({ length: 5 }, () => entry(record())))
    expect(await storage.nextCursor({}, 2)).toBe(4)
    expect(await storage.nextCursor({ cursor: 4 }, 2)).toBe(2)
    expect(await storage.nextCursor({ cursor: 2 }, 2)).toBe(null)
    expect(await storage.nextCursor({}, 5)).toBe(null)
  })

  it('rolls decisions up per day, jurisdiction, language, method and category', async () => {
    await storage.insert([day(1), day(1, { categories: { necessary: true, analytics: false } }), day(2, { jurisdiction: 'US-CA', language: 'zh-CN', method: 'accept-all' })].map(entry))
    await storage.insert([entry(day(1))])
    const rows = await storage.daily()
    const find = (d: string, c: string) => rows.filter(r => r.day == d && r.category == c).map(({ day: _, ...r }) => r)
    expect(find('2026-11-01', '*')).toEqual([{ jurisdiction: 'DE', language: 'en', method: 'custom', category: '*', decisions: 3, granted: 0 }])
    expect(find('2026-11-01', 'analytics')).toEqual([{ jurisdiction: 'DE', language: 'en', method: 'custom', category: 'analytics', decisions: 3, granted: 2 }])
    expect(find('2026-11-02', 'marketing')).toEqual([{ jurisdiction: 'US-CA', language: 'zh-CN', method: 'accept-all', category: 'marketing', decisions: 1, granted: 0 }])
    // Only that day, and not nothing: an empty answer is no filter that works.
    expect(new Set((await storage.daily({ from: '2026-11-02', to: '2026-11-02' })).map(r => r.day))).toEqual(new Set(['2026-11-02']))
    expect(await storage.categories()).toEqual(['analytics', 'marketing', 'necessary'])
  })

  it('does not count a duplicate in the rollup', async () => {
    const r = day(5)
    await storage.insert([entry(r)])
    await storage.insert([entry(r)])
    expect((await storage.daily()).find(x => x.category == '*')?.decisions).toBe(1)
  })

  it('keeps CSP reports, newest first', async () => {
    const report = { documentUrl: 'https://shop.example/', blockedUrl: 'https://ads.example/pixel', directive: 'img-src', disposition: 'enforce' as const }
    await storage.addReports([report, { ...report, directive: 'script-src' }])
    expect(await storage.listReports(10)).toEqual([
      { ...report, directive: 'script-src', seq: 2, receivedAt: expect.any(String) },
      { ...report, seq: 1, receivedAt: expect.any(String) }
    ])
  })

  it('stores nothing of a batch that fails, and the chain goes on from the last commit', async () => {
    await storage.insert([entry(record())])
    // A null notice hash breaks a NOT NULL constraint halfway through the transaction.
    const bad = { record: record(), noticeHash: null as unknown as string }
    await expect(storage.insert([entry(record()), bad])).rejects.toThrow()
    expect((await storage.list({}, 10)).map(r => r.seq)).toEqual([1])
    await storage.insert([entry(record())])
    expect(await storage.head()).toMatchObject({ seq: 2 })
  })
})
