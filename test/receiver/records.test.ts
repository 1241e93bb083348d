// POST /api/consent: what is stored, what is refused and why.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ConsentRecord, MAX_BATCH, MAX_BODY, MAX_RECORD_BYTES } from '../../receiver/index.mjs'
import { NOTICE_TEXT, raw, record, type Running, sha256, startReceiver, statusOf, tempDir } from './support/helpers'

let running: Running
let dir: string
let remove: () => void
beforeEach(async () => {
  ;[dir, remove] = tempDir()
  running = await startReceiver({ dataDir: dir })
})
afterEach(async () => {
  await running.stop()
  remove()
})

const stored = () => running.receiver.storage.list({}, 1000)
const error = async (body: unknown) => {
  const res = await running.post(body)
  return `${res.status} ${(await res.json()).error}`
}

describe('POST /api/consent', () => {
  it('stores a record once: 201, then 200 for the same id', async () => {
    const r = record()
    const first = await running.post(r)
    expect([first.status, await first.json()]).toEqual([201, { stored: 1, duplicates: 0 }])
    expect((await running.post(r)).status).toBe(200)
    const { noticeText: _, ...fields } = r
    expect(await stored()).toEqual([expect.objectContaining({ ...fields, noticeHash: r.notice })])
  })

  it('accepts text/plain bodies, as navigator.sendBeacon sends them, and refuses other types and charsets', async () => {
    expect((await running.post(record(), { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(201)
    expect((await running.post(record(), { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
    expect((await running.post(record(), { 'content-type': 'application/json; charset=latin1' })).status).toBe(415)
  })

  it('stores a batch all or nothing, and names the record at fault', async () => {
    expect(await error([record(), record({ gpc: 'no' as unknown as boolean })])).toBe('400 [1].gpc: must be true or false')
    expect(await stored()).toEqual([])
    const res = await running.post([record(), record()])
    expect([res.status, await res.json()]).toEqual([201, { stored: 2, duplicates: 0 }])
    expect(await error([])).toBe(`400 body: send 1 to ${MAX_BATCH} records`)
    expect(await error(Array.from({ length: MAX_BATCH + 1 }, () => record()))).toBe(`400 body: send 1 to ${MAX_BATCH} records`)
  })

  it('takes a full batch of the largest records: the body limit fits the batch limit', async () => {
    const big = (r: ConsentRecord) => {
      const noticeText = 'x'.repeat(MAX_RECORD_BYTES - Buffer.byteLength(JSON.stringify({ ...r, noticeText: '' })))
      return { ...r, noticeText, notice: sha256(noticeText) }
    }
    const batch = Array.from({ length: MAX_BATCH }, () => big(record()))
    expect(batch.map(r => Buffer.byteLength(JSON.stringify(r)))).toEqual(Array(MAX_BATCH).fill(MAX_RECORD_BYTES))
    expect(Buffer.byteLength(JSON.stringify(batch))).toBe(MAX_BODY)
    expect((await running.post(batch)).status).toBe(201)
    const over = big(record())
    over.noticeText += 'x'
    over.notice = sha256(over.noticeText)
    expect(await error(over)).toBe(`413 record: larger than ${MAX_RECORD_BYTES} bytes as JSON`)
  })

  it('answers 413 for a body over the limit, declared or not, and stores nothing', async () => {
    const body = JSON.stringify([record()]) + ' '.repeat(MAX_BODY)
    const res = await running.post(body)
    expect(res.status).toBe(413)
    // Without a Content-Length (chunked), the limit holds as the bytes arrive.
    const chunked = await raw(running.base, `POST /api/consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(MAX_BODY + 10).toString(16)}\r\n${'['.padEnd(MAX_BODY + 10, ' ')}\r\n0\r\n\r\n`)
    expect(statusOf(chunked)).toBe(413)
    expect(await stored()).toEqual([])
  })

  it.each<[string, Record<string, unknown>]>([
    ['id: must be a lowercase UUID v4 string', { id: 'not-a-uuid' }],
    ['id: must be a lowercase UUID v4 string', { id: '00000000-0000-1000-8000-000000000000' }],
    ['subjectId: must be a lowercase UUID string', { subjectId: 42 }],
    ['revision: must be a finite number', { revision: null }],
    ['revision: must be a finite number', { revision: '' }],
    ['categories: must be an object', { categories: { analytics: 'yes' } }],
    ['categories: must be an object', { categories: [] }],
    ['categories: must be an object', { categories: {} }],
    ['categories: must be an object', { categories: { 'a b': true } }],
    ['method: must be one of accept-all, reject-all, custom, reset, opt-out, gpc', { method: 'accept' }],
    ['gpc: must be true or false', { gpc: 'false' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '22/11/2026' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '2026-02-30T10:00:00.000Z' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '2026-02-29T10:00:00Z' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '2026-11-22T24:00:00Z' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '2026-11-22T10:00:00+01:00' }],
    ['language: must be a BCP 47 language tag', { language: '<b>' }],
    ['language: must be a BCP 47 language tag', { language: 'en-' }],
    ['notice: must be a lowercase SHA-256 hex', { notice: 'abc' }],
    ['notice: is not the SHA-256 of noticeText', { notice: 'a'.repeat(64) }],
    ['noticeText: may be empty only when language is empty', { noticeText: '', notice: sha256('') }],
    ['noticeText: must be a string', { noticeText: 'a\u0000b' }],
    ['noticeText: must be a string', { noticeText: 'lone \ud800 surrogate' }],
    ['url: must be an absolute http(s) URL', { url: 'https://shop.example/cart?email=a@b.c' }],
    ['url: must be an absolute http(s) URL', { url: 'https://shop.example/#x' }],
    ['url: must be an absolute http(s) URL', { url: 'javascript:alert(1)' }],
    ['url: must be an absolute http(s) URL', { url: 'https://user:pw@shop.example/' }],
    ['sdkVersion: must be a semantic version', { sdkVersion: 'latest' }],
    ['sdkVersion: must be a semantic version', { sdkVersion: '01.0.0' }],
    ['source: must be one of banner, preferences, floating, api, gpc', { source: 'popup' }],
    ['jurisdiction: must be unknown or an ISO 3166 code', { jurisdiction: 'de' }],
    ['model: must be one of opt-in, opt-out', { model: 'opt-out-ish' }],
    ['ageGroup: must be one of adult, minor, minor-guardian, null', { ageGroup: 'child' }],
    ['userAgent: is not a field of a consent record', { userAgent: 'Mozilla/5.0' }]
  ])('refuses with 400 "%s"', async (reason, change) => {
    expect(await error(record(change as Partial<ConsentRecord>))).toContain(`400 ${reason}`)
  })

  it.each([
    ['__proto__ as a field', `{"__proto__": {"polluted": true}, ${JSON.stringify(record()).slice(1)}`, '__proto__: is not a field'],
    ['constructor as a field', `{"constructor": 1, ${JSON.stringify(record()).slice(1)}`, 'constructor: is not a field'],
    ['__proto__ as a category', JSON.stringify(record()).replace('"categories":{', '"categories":{"__proto__":true,'), 'categories: must be'],
    ['constructor as a category', JSON.stringify(record()).replace('"categories":{', '"categories":{"constructor":true,'), 'categories: must be'],
    ['toString as a category', JSON.stringify(record()).replace('"categories":{', '"categories":{"toString":false,'), 'categories: must be']
  ])('refuses %s', async (_, body, reason) => {
    expect(await error(body)).toContain(`400 ${reason}`)
  })

  it('does not take a field from the prototype: every field must be the record\'s own', async () => {
    const { gpc: _, ...noGpc } = record()
    expect(await error(`{"__proto__": {"gpc": false}, ${JSON.stringify(noGpc).slice(1)}`)).toBe('400 __proto__: is not a field of a consent record')
    expect(await error(noGpc)).toBe('400 gpc: is missing')
  })

  it('names a non-object, broken JSON and bytes that are not UTF-8', async () => {
    expect(await error('"hello"')).toBe('400 record: must be a JSON object')
    expect(await error('{"id":')).toBe('400 body: is not valid JSON')
    const bytes = Buffer.concat([Buffer.from(JSON.stringify(record()).replace(NOTICE_TEXT, 'caf')), Buffer.from([0xe9])])
    const res = await fetch(`${running.base}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes })
    expect([res.status, (await res.json()).error]).toEqual([400, 'body: is not valid UTF-8'])
  })

  it('hashes the notice text itself when the browser sent no hash, and keeps the CJK text exactly', async () => {
    const text = '我们使用 Cookie 来改善您的体验。'.repeat(100)
    expect((await running.post(record({ notice: null, noticeText: text, language: 'zh-CN' }))).status).toBe(201)
    const [r] = await stored()
    expect([r.notice, r.noticeHash]).toEqual([null, sha256(text)])
    expect((await running.receiver.storage.notices([sha256(text)])).get(sha256(text))).toBe(text)
  })

  it('takes a record with no UI texts: language and noticeText empty', async () => {
    expect((await running.post(record({ language: '', noticeText: '', notice: null }))).status).toBe(201)
  })

  it('answers 405 to other methods and 404 (falls through) for other paths', async () => {
    expect((await fetch(`${running.base}/api/consent`)).status).toBe(405)
    expect((await fetch(`${running.base}/api/other`)).status).toBe(404)
  })

  it('keeps records across a restart with the same data folder, and still dedupes', async () => {
    const r = record()
    await running.post(r)
    await running.stop()
    running = await startReceiver({ dataDir: dir })
    expect((await stored()).map(x => x.id)).toEqual([r.id])
    expect((await running.post(r)).status).toBe(200)
  })
})
