// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ConsentRecord, createReceiver } from '../../demo/receiver.mjs'

let dir: string
let server: Server
let base: string
let receiver: ReturnType<typeof createReceiver>

async function start(): Promise<void> {
  receiver = createReceiver({ dataDir: dir })
  server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) res.writeHead(404).end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function stop(): Promise<void> {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
  receiver.close()
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-receiver-'))
  await start()
})
afterEach(async () => {
  await stop()
  rmSync(dir, { recursive: true, force: true })
})

let n = 0
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
const SUBJECT = '11111111-2222-4333-8444-555555555555'
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: uuid(), subjectId: SUBJECT, revision: 3, categories: { necessary: true, analytics: true, marketing: false },
  method: 'custom', gpc: false, timestamp: '2026-11-22T10:00:00.000Z', language: 'en', notice: 'a'.repeat(64),
  url: 'https://shop.example/cart', sdkVersion: '1.0.0', ...over
})
const post = (body: unknown, type = 'application/json') =>
  fetch(`${base}/api/consent`, { method: 'POST', headers: { 'content-type': type }, body: typeof body == 'string' ? body : JSON.stringify(body) })
const error = async (body: unknown) => {
  const res = await post(body)
  return `${res.status} ${(await res.json()).error}`
}

describe('POST /api/consent', () => {
  it('stores a record once: 201, then 200 for the same id', async () => {
    const r = record()
    expect((await post(r)).status).toBe(201)
    expect((await post(r)).status).toBe(200)
    expect(receiver.db.list()).toEqual([{ ...r, receivedAt: expect.any(String) }])
  })

  it('accepts text/plain bodies, as navigator.sendBeacon sends them, and refuses other types', async () => {
    expect((await post(record(), 'text/plain;charset=UTF-8')).status).toBe(201)
    expect((await post(record(), 'application/x-www-form-urlencoded')).status).toBe(415)
  })

  it.each<[string, Record<string, unknown>]>([
    ['id: must be a UUID string', { id: 'not-a-uuid' }],
    ['subjectId: must be a UUID string', { subjectId: 42 }],
    ['revision: must be a finite number', { revision: null }],
    ['revision: must be a finite number', { revision: '' }],
    ['categories: must be an object', { categories: { analytics: 'yes' } }],
    ['categories: must be an object', { categories: [] }],
    ['categories: must be an object', { categories: {} }],
    ['method: must be one of accept-all, reject-all, custom, reset', { method: 'accept' }],
    ['gpc: must be true or false', { gpc: 'false' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '22/11/2026' }],
    ['timestamp: must be an ISO 8601 UTC timestamp', { timestamp: '2026-13-45T10:00:00.000Z' }],
    ['language: must be a language tag', { language: '<b>' }],
    ['notice: must be a lowercase SHA-256 hex', { notice: 'abc' }],
    ['url: must be an absolute http(s) URL without query string or fragment', { url: 'https://shop.example/cart?email=a@b.c' }],
    ['url: must be an absolute http(s) URL without query string or fragment', { url: 'https://shop.example/#x' }],
    ['url: must be an absolute http(s) URL without query string or fragment', { url: 'javascript:alert(1)' }],
    ['sdkVersion: must be a version string', { sdkVersion: 'latest' }],
    ['userAgent: is not a field of a consent record', { userAgent: 'Mozilla/5.0' }]
  ])('refuses with 400 "%s"', async (reason, change) => {
    expect(await error(record(change as Partial<ConsentRecord>))).toContain(`400 ${reason}`)
  })

  it('names a missing field, a non-object and broken JSON', async () => {
    const { gpc: _, ...noGpc } = record()
    expect(await error(noGpc)).toBe('400 gpc: is missing')
    expect(await error('"hello"')).toBe('400 record: must be a JSON object')
    expect(await error('{"id":')).toBe('400 body: is not valid JSON')
  })

  it('accepts a notice of null and a string revision', async () => {
    expect((await post(record({ notice: null, revision: '2026-11' }))).status).toBe(201)
  })

  it('answers 413 for a body over 16 KB and stores nothing', async () => {
    const res = await post(record({ categories: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`c${i}${'x'.repeat(500)}`, true])) }))
    expect(res.status).toBe(413)
    expect(receiver.db.list()).toEqual([])
  })

  it('answers a CORS preflight for any origin and any requested header', async () => {
    const res = await fetch(`${base}/api/consent`, { method: 'OPTIONS', headers: {
      origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-shop-token'
    } })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, x-shop-token')
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0)
    const posted = await fetch(`${base}/api/consent`, { method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'text/plain' }, body: JSON.stringify(record()) })
    expect(posted.headers.get('access-control-allow-origin')).toBe('https://shop.example')
  })

  it('keeps records across a restart with the same data folder, and still dedupes', async () => {
    const r = record()
    await post(r)
    await stop()
    await start()
    expect(receiver.db.list().map(x => x.id)).toEqual([r.id])
    expect((await post(r)).status).toBe(200)
  })
})

describe('the consent log', () => {
  const other = '99999999-2222-4333-8444-555555555555'
  beforeEach(async () => {
    await post(record({ method: 'accept-all', timestamp: '2026-11-22T10:00:00.000Z', categories: { necessary: true, analytics: true } }))
    await post(record({ subjectId: other, method: 'reject-all', timestamp: '2026-11-22T11:00:00.000Z', categories: { necessary: true, analytics: false } }))
    await post(record({ method: 'reject-all', timestamp: '2026-11-22T12:00:00.000Z', revision: 'v "2", final', categories: { necessary: true, analytics: false } }))
  })

  it('exports JSON newest first, a subject\'s history oldest first, and filters by granted category', async () => {
    const methods = async (q: string) => (await (await fetch(`${base}/consent-log.json${q}`)).json()).map((r: ConsentRecord) => `${r.subjectId.slice(0, 2)}:${r.method}`)
    expect(await methods('')).toEqual(['11:reject-all', '99:reject-all', '11:accept-all'])
    expect(await methods(`?subjectId=${SUBJECT}`)).toEqual(['11:accept-all', '11:reject-all'])
    expect(await methods('?category=analytics')).toEqual(['11:accept-all'])
  })

  it('exports CSV with a header row and quoted cells', async () => {
    const res = await fetch(`${base}/consent-log.csv?subjectId=${SUBJECT}`)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const lines = (await res.text()).trim().split('\r\n')
    expect(lines[0]).toBe('id,subjectId,revision,categories,method,gpc,timestamp,language,notice,url,sdkVersion,receivedAt')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain(',"v ""2"", final","{""necessary"":true,""analytics"":false}",reject-all,false,')
  })

  it('renders the page with every value escaped and links to each subject\'s history', async () => {
    await post(record({ revision: '<img src=x onerror=alert(1)>' }))
    const html = await (await fetch(`${base}/consent-log`)).text()
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain(`href="/consent-log?subjectId=${other}"`)
  })
})
