// CORS on the endpoints browsers post to: the shop's origins from an allow-list, '*' only without
// credentials, never null, and Retry-After readable by the SDK.
import { afterEach, describe, expect, it } from 'vitest'
import type { ReceiverOptions } from '../../receiver/index.mjs'
import { record, type Running, startReceiver, tempDir } from './support/helpers'

let running: Running
let remove: () => void
async function start(options: ReceiverOptions) {
  const [dataDir, rm] = tempDir()
  remove = rm
  running = await startReceiver({ dataDir, ...options })
}
afterEach(async () => {
  await running?.stop()
  remove()
})

const SHOP = 'https://shop.example'
const preflight = (origin: string, headers = 'content-type, x-site-key') => fetch(`${running.base}/api/consent`, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers }
})
const corsOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => k.startsWith('access-control-') || k == 'vary'))

describe('an allow-list without credentials', () => {
  it('answers the preflight and the POST of a listed origin, exposing Retry-After', async () => {
    await start({ allowedOrigins: ['https://Shop.example:443/', 'https://other.example'] })
    const pre = await preflight(SHOP)
    expect([pre.status, corsOf(pre)]).toEqual([204, {
      'access-control-allow-origin': SHOP, 'access-control-allow-methods': 'POST, OPTIONS', 'access-control-allow-headers': 'content-type, x-site-key',
      'access-control-expose-headers': 'Retry-After', 'access-control-max-age': '86400', vary: 'Origin'
    }])
    const res = await running.post(record(), { origin: SHOP })
    expect([res.status, corsOf(res)]).toEqual([201, { 'access-control-allow-origin': SHOP, 'access-control-expose-headers': 'Retry-After', vary: 'Origin' }])
  })

  it('refuses an origin not on the list with 403 and no CORS headers, and stores nothing', async () => {
    await start({ allowedOrigins: [SHOP] })
    for (const origin of ['https://evil.example', 'http://shop.example', 'null']) {
      const res = await running.post(record(), { origin })
      expect([origin, res.status, res.headers.get('access-control-allow-origin')]).toEqual([origin, 403, null])
      expect((await preflight(origin)).status).toBe(403)
    }
    expect(await running.receiver.storage.list({}, 10)).toEqual([])
  })

  it('lets the receiver\'s own origin and requests without an Origin post', async () => {
    await start({ allowedOrigins: [] })
    expect((await running.post(record(), { origin: running.base })).status).toBe(201)
    expect((await running.post(record())).status).toBe(201)
  })

  it("answers '*' to any origin but never null", async () => {
    await start({ allowedOrigins: ['*'] })
    const res = await running.post(record(), { origin: 'https://any.example' })
    expect([res.status, res.headers.get('access-control-allow-origin'), res.headers.get('access-control-allow-credentials')]).toEqual([201, '*', null])
    expect((await running.post(record(), { origin: 'null' })).status).toBe(403)
  })
})

describe('credentials', () => {
  it('echo a listed origin with Allow-Credentials', async () => {
    await start({ allowedOrigins: [SHOP], credentials: true })
    const res = await running.post(record(), { origin: SHOP })
    expect(corsOf(res)).toMatchObject({ 'access-control-allow-origin': SHOP, 'access-control-allow-credentials': 'true' })
    expect(corsOf(await preflight(SHOP))).toMatchObject({ 'access-control-allow-credentials': 'true' })
  })

  it("cannot go with '*'", async () => {
    const [dataDir, rm] = tempDir()
    remove = rm
    await expect(startReceiver({ dataDir, allowedOrigins: ['*'], credentials: true })).rejects.toThrow("'*' cannot go with credentials")
    await expect(startReceiver({ dataDir, allowedOrigins: ['ftp://shop.example'] })).rejects.toThrow('is not an http(s) origin')
    running = undefined as unknown as Running
  })

  it('come from CONSENTRY_ALLOWED_ORIGINS when the option is not given', async () => {
    process.env.CONSENTRY_ALLOWED_ORIGINS = `${SHOP}, https://b.example`
    try {
      await start({})
      expect((await running.post(record(), { origin: 'https://b.example' })).headers.get('access-control-allow-origin')).toBe('https://b.example')
    } finally {
      process.env.CONSENTRY_ALLOWED_ORIGINS = ''
    }
  })
})

describe('a 503 and a 429 cross-origin', () => {
  it('carry the CORS headers, so the SDK can read Retry-After', async () => {
    await start({ allowedOrigins: [SHOP], rateLimit: { records: { perMinute: 1, burst: 1 } } })
    await running.post(record(), { origin: SHOP })
    const res = await running.post(record(), { origin: SHOP })
    expect([res.status, res.headers.get('access-control-allow-origin'), res.headers.get('access-control-expose-headers')]).toEqual([429, SHOP, 'Retry-After'])
  })
})
