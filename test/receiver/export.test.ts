// The exports: JSON and CSV, newest first, paged with ?limit= and Link rel="next", streamed with
// bounded memory — run against both backends.
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { ConsentRecord, StoredRecord } from '../../receiver/index.mjs'
import { BACKENDS, useReceiver } from './support/backends'
import { record, sha256, startReceiver } from './support/helpers'

const SUBJECT = '99999999-2222-4333-8444-555555555555'

describe.each(BACKENDS)('exports on $name', backend => {
  const day = (d: number, over: Partial<ConsentRecord> = {}) => record({ timestamp: `2026-11-0${d}T10:00:00.000Z`, ...over })
  const receiver = useReceiver(backend, async r => {
    await r.post([day(1, { method: 'accept-all' }), day(2, { subjectId: SUBJECT, method: 'reject-all', categories: { necessary: true, analytics: false } }), day(3, { revision: 'v "2", final' })])
    await r.post([day(4, { subjectId: SUBJECT }), day(5, { revision: '=HYPERLINK("https://evil.example")' })])
  })
  const running = { get: (path: string) => receiver().get(path) }

  const seqs = async (path: string) => (await (await running.get(path)).json()).map((r: StoredRecord) => r.seq)

  it('exports JSON newest first, a subject oldest first, and filters by category and day', async () => {
    expect(await seqs('/consent-log.json')).toEqual([5, 4, 3, 2, 1])
    expect(await seqs(`/consent-log.json?subjectId=${SUBJECT}`)).toEqual([2, 4])
    expect(await seqs('/consent-log.json?category=analytics')).toEqual([5, 4, 3, 1])
    expect(await seqs('/consent-log.json?from=2026-11-02&to=2026-11-03')).toEqual([3, 2])
  })

  it('pages with ?limit= and a Link header to the next page, until the last', async () => {
    const pages: number[][] = []
    let next: string | null = '/consent-log.json?limit=2'
    while (next) {
      const res = await running.get(next)
      pages.push((await res.json()).map((r: StoredRecord) => r.seq))
      next = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') || '')?.[1] ?? null
    }
    expect(pages).toEqual([[5, 4], [3, 2], [1]])
    const res = await running.get(`/consent-log.csv?subjectId=${SUBJECT}&limit=1`)
    expect(res.headers.get('link')).toBe(`</consent-log.csv?subjectId=${SUBJECT}&limit=1&cursor=2>; rel="next"`)
  })

  it('refuses filters it cannot use, with 400', async () => {
    for (const q of ['limit=0', 'limit=x', 'cursor=-1', 'subjectId=nope', 'from=2026-02-30', 'category=a%20b']) {
      expect([q, (await running.get(`/consent-log.json?${q}`)).status]).toEqual([q, 400])
    }
  })

  it('exports CSV with a header row, RFC 4180 quoting, formulas defused and the chain', async () => {
    const res = await running.get(`/consent-log.csv?subjectId=${SUBJECT}`)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="consent-log.csv"')
    const lines = (await res.text()).split('\r\n')
    expect(lines[0]).toBe('seq,id,subjectId,revision,categories,method,gpc,timestamp,language,notice,noticeHash,url,sdkVersion,source,jurisdiction,model,ageGroup,receivedAt,prevHash,hash')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(',"{""necessary"":true,""analytics"":false}",reject-all,false,2026-11-02T10:00:00.000Z,en,')
    const all = await (await running.get('/consent-log.csv')).text()
    expect(all).toContain(',"v ""2"", final",')
    expect(all).toContain(`,"'=HYPERLINK(""https://evil.example"")",`)
    expect(all).toContain(`,${sha256(record().noticeText)},https://shop.example/cart,`)
  })
})

describe('a large export', () => {
  it('streams: with the client not reading, the receiver stops reading storage', async () => {
    const fresh = await BACKENDS[0].fresh()
    const running = await startReceiver(fresh.options)
    try {
      const total = 40_000
      const storage = running.receiver.storage
      for (let i = 0; i < total; i += 500) {
        await storage.insert(Array.from({ length: 500 }, () => {
          const r = record()
          return { record: r, noticeHash: sha256(r.noticeText) }
        }))
      }
      let handedOut = 0
      const list = storage.list.bind(storage)
      storage.list = async (q, limit) => {
        const rows = await list(q, limit)
        handedOut += rows.length
        return rows
      }
      const res = await running.get('/consent-log.json')
      const reader = Readable.fromWeb(res.body as never)
      // Read the first bytes, then stop reading: backpressure must stop the receiver too.
      await new Promise(resolve => reader.once('data', resolve))
      reader.pause()
      let last = -1
      await expect.poll(() => {
        const settled = handedOut == last
        last = handedOut
        return settled
      }, { interval: 200, timeout: 10_000 }).toBe(true)
      expect(handedOut).toBeLessThan(total / 2)
      // And it reads on, in chunks, once the client does.
      reader.resume()
      let bytes = 0
      for await (const chunk of reader) bytes += chunk.length
      expect(handedOut).toBe(total)
      expect(bytes).toBeGreaterThan(total * 500)
    } finally {
      await running.stop()
      await fresh.drop()
    }
  })
})
