// Per-client token buckets: a burst, then one request per refill, and a Retry-After that says when.
import { afterEach, describe, expect, it } from 'vitest'
import { createRateLimit } from '../../receiver/rate-limit.mjs'
import { record, type Running, startReceiver, tempDir } from './support/helpers'

describe('createRateLimit', () => {
  it('lets a burst through, then one per refill, per key', () => {
    let now = 0
    const take = createRateLimit({ perMinute: 60, burst: 3, now: () => now })
    expect([take('a'), take('a'), take('a'), take('a'), take('b')]).toEqual([0, 0, 0, 1, 0])
    now += 500
    expect(take('a')).toBe(1)
    now += 600
    expect([take('a'), take('a')]).toEqual([0, 1])
    now += 60_000
    expect([take('a'), take('a'), take('a'), take('a')]).toEqual([0, 0, 0, 1])
  })

  it('says how many seconds until the next token', () => {
    let now = 0
    const take = createRateLimit({ perMinute: 2, burst: 1, now: () => now })
    expect([take('a'), take('a')]).toEqual([0, 30])
    now += 20_000
    expect(take('a')).toBe(10)
  })

  it('keeps at most maxClients buckets, dropping the least recently seen', () => {
    const now = 0
    const take = createRateLimit({ perMinute: 1, burst: 1, maxClients: 2, now: () => now })
    take('a')
    take('b')
    take('a')
    take('c') // drops b, the least recently seen
    expect([take('a'), take('b')]).toEqual([60, 0])
  })
})

describe('the receiver\'s limits', () => {
  let running: Running
  let remove: () => void
  afterEach(async () => {
    await running.stop()
    remove()
  })

  it('answers 429 with Retry-After past the burst, per client, for records and reports apart', async () => {
    const [dataDir, rm] = tempDir()
    remove = rm
    let client = 'one'
    running = await startReceiver({ dataDir, clientKey: () => client, rateLimit: { records: { perMinute: 1, burst: 2 }, reports: { perMinute: 1, burst: 1 } } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await running.post(record())).status)
    const limited = await running.post(record())
    expect([...statuses, limited.status]).toEqual([201, 201, 429, 429])
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const report = (await running.post({ 'csp-report': { 'document-uri': 'https://shop.example/', 'blocked-uri': 'inline', 'effective-directive': 'script-src' } }, { 'content-type': 'application/csp-report' }, '/api/csp-report')).status
    expect(report).toBe(204)
    client = 'two'
    expect((await running.post(record())).status).toBe(201)
    expect(await running.receiver.storage.list({}, 10)).toHaveLength(3)
  })
})
