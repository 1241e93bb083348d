// handle(req, res) never throws and never answers 2xx without a durable write: bad targets, cut
// bodies, stalled clients and failing storage all get an answer, and the process keeps serving.
import { once } from 'node:events'
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { Storage } from '../../receiver/index.mjs'
import { AUTH, quiet, raw, record, type Running, startReceiver, statusOf, tempDir } from './support/helpers'

let running: Running | undefined
const cleanups: Array<() => void> = []
afterEach(async () => {
  await running?.stop()
  running = undefined
  cleanups.splice(0).forEach(f => f())
})

async function onSqlite(options = {}) {
  const [dataDir, remove] = tempDir()
  cleanups.push(remove)
  running = await startReceiver({ dataDir, ...options })
  return running
}

/** A storage whose every method fails, as a full disk or a lost database server does. */
function failingStorage(how: 'reject' | 'throw' = 'reject'): Storage & { calls: number } {
  const target = { kind: 'broken', calls: 0, close: async () => {} }
  return new Proxy(target, {
    get(t, name) {
      if (name in t) return t[name as keyof typeof t]
      return () => {
        t.calls++
        const e = new Error('SQLITE_FULL: database or disk is full')
        if (how == 'throw') throw e
        return Promise.reject(e)
      }
    }
  }) as unknown as Storage & { calls: number }
}

describe('bad request targets', () => {
  it.each(['//', '//evil.example/x', '*', 'http://receiver/api/consent', '/%zz?subjectId=%'])('answers GET %s without crashing', async target => {
    const r = await onSqlite()
    const answer = await raw(r.base, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
    expect([400, 404]).toContain(statusOf(answer))
    expect((await r.post(record())).status).toBe(201)
  })

  it('answers GET // with 400 and a reason', async () => {
    const r = await onSqlite()
    const answer = await raw(r.base, 'GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(statusOf(answer)).toBe(400)
    expect(answer).toContain('url: is not a valid request target')
  })
})

describe('bodies cut short', () => {
  it('stores nothing when the client disconnects mid-body, and goes on serving', async () => {
    const r = await onSqlite()
    const body = JSON.stringify(record())
    const socket = connect(Number(new URL(r.base).port), '127.0.0.1')
    await once(socket, 'connect')
    const request = once(r.server, 'request')
    socket.write(`POST /api/consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 100)}`)
    // Once the server has the headers and part of the body, the client goes away.
    const [, res] = await request
    socket.destroy()
    await once(res, 'close')
    expect((await r.post(record())).status).toBe(201)
    expect(await r.receiver.storage.list({}, 10)).toHaveLength(1)
  })

  it('answers 408 to a client that stalls mid-body', async () => {
    const r = await onSqlite({ bodyTimeoutMs: 200 })
    const answer = await raw(r.base, 'POST /api/consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id":', { end: false })
    expect(statusOf(answer)).toBe(408)
    expect(await r.receiver.storage.list({}, 10)).toEqual([])
  })
})

describe('failing storage', () => {
  it.each(['reject', 'throw'] as const)('answers 503 with Retry-After when storage calls %s, and says so once', async how => {
    const logger = quiet()
    running = await startReceiver({ storage: failingStorage(how), logger, retryAfterSeconds: 7 })
    for (let i = 0; i < 3; i++) {
      const res = await running.post(record())
      expect([res.status, res.headers.get('retry-after')]).toEqual([503, '7'])
    }
    for (const path of ['/consent-log', '/consent-log.json', '/consent-log.csv', '/consent-stats', '/consent-stats.json', '/consent-log/blocked.json']) {
      const res = await running.get(path)
      expect([path, res.status, res.headers.get('retry-after')]).toEqual([path, 503, '7'])
    }
    const report = await running.post({ 'csp-report': { 'document-uri': 'https://shop.example/', 'blocked-uri': 'https://ads.example/x', 'effective-directive': 'img-src' } }, { 'content-type': 'application/csp-report' }, '/api/csp-report')
    expect(report.status).toBe(503)
    expect(logger.said.filter(s => s.includes('storage failed'))).toEqual(['consentry receiver: storage failed, answering 503 until it works again: SQLITE_FULL: database or disk is full'])
  })

  it('says when storage works again, and fails loudly again after that', async () => {
    const logger = quiet()
    const storage = failingStorage()
    const [dataDir, remove] = tempDir()
    cleanups.push(remove)
    running = await startReceiver({ dataDir, logger })
    const real = running.receiver.storage
    const insert = real.insert.bind(real)
    let broken = true
    real.insert = entries => (broken ? storage.insert(entries) : insert(entries))
    expect((await running.post(record())).status).toBe(503)
    broken = false
    expect((await running.post(record())).status).toBe(201)
    broken = true
    expect((await running.post(record())).status).toBe(503)
    expect(logger.said.filter(s => /storage (failed|works)/.test(s)).map(s => s.slice(20, 40))).toEqual(['storage failed, answ', 'storage works again', 'storage failed, answ'])
  })
})

describe('never throws', () => {
  it('answers 500 and resolves true when something unexpected breaks, and keeps serving', async () => {
    const logger = quiet()
    const r = await onSqlite({ logger })
    r.receiver.storage.list = () => { throw new TypeError('a bug') }
    // A bug in a route is not a storage fault the SDK should wait out: guard() still makes it 503.
    expect((await r.get('/consent-log.json')).status).toBe(503)
    const handled = await r.receiver.handle({ url: '/api/consent', method: 'POST', headers: {}, socket: {} } as never, {
      headersSent: false, setHeader() { throw new Error('broken response') }, destroy() {}
    } as never)
    expect(handled).toBe(true)
    expect(logger.said.some(s => s.includes('unexpected error'))).toBe(true)
    expect((await r.post(record())).status).toBe(201)
  })

  it('reads the log again once the token is given: the routes are the same after failures', async () => {
    const r = await onSqlite()
    expect((await r.get('/consent-log.json', {})).status).toBe(401)
    expect((await r.get('/consent-log.json', AUTH)).status).toBe(200)
  })
})
