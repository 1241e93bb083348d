// The log, its exports and the stats hold every visitor's history: nobody reads them without the token.
import type { IncomingMessage } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAuth, SESSION_SECONDS } from '../../receiver/auth.mjs'
import { AUTH, record, type Running, sha256, startReceiver, tempDir, TOKEN } from './support/helpers'

const PROTECTED = ['/consent-log', '/consent-log.json', '/consent-log.csv', '/consent-log/blocked.json', '/consent-log/notices.json',
  '/consent-log/head.json', `/consent-log/notices/${'a'.repeat(64)}`, '/consent-stats', '/consent-stats.json']

let running: Running
let remove: () => void
async function start(options = {}) {
  const [dataDir, rm] = tempDir()
  remove = rm
  running = await startReceiver({ dataDir, ...options })
}
afterEach(async () => {
  await running.stop()
  remove()
})

describe('with a log token', () => {
  beforeEach(() => start())

  it.each(PROTECTED)('%s answers 401 without it, and with a wrong one', async path => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: TOKEN }, { cookie: 'consentry_log_session=9999999999.forged' }] as Record<string, string>[]) {
      const res = await running.get(path, headers)
      expect([res.status, res.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="consent-log"'])
      expect(await res.text()).not.toContain('11111111-2222')
    }
  })

  it.each(PROTECTED)('%s answers with the bearer token', async path => {
    await running.post(record())
    const res = await running.get(path.replace('a'.repeat(64), sha256(record().noticeText)), AUTH)
    expect(res.status).toBe(200)
  })

  it('shows a browser without a session the sign-in form', async () => {
    const res = await running.get('/consent-log', { accept: 'text/html' })
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('<form method="post" action="/consent-log/sign-in"')
  })

  it('signs a browser in with the token: an HttpOnly, SameSite=Strict session cookie, then the log', async () => {
    const res = await fetch(`${running.base}/consent-log/sign-in?token=${TOKEN}`, { redirect: 'manual' })
    expect([res.status, res.headers.get('location')]).toEqual([303, '/consent-log'])
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^consentry_log_session=\d+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/)
    expect(cookie).not.toContain(TOKEN)
    const session = cookie.split(';')[0]
    expect((await running.get('/consent-log.json', { cookie: session })).status).toBe(200)
    expect((await running.get('/consent-stats', { cookie: `other=1; ${session}` })).status).toBe(200)
  })

  it('signs in from the form, refuses a wrong token, and signs out', async () => {
    const post = (token: string) => fetch(`${running.base}/consent-log/sign-in`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token })
    })
    expect((await post('not-the-token-at-all')).status).toBe(401)
    const ok = await post(TOKEN)
    expect(ok.status).toBe(303)
    const out = await fetch(`${running.base}/consent-log/sign-out`, { method: 'POST', redirect: 'manual', headers: { cookie: ok.headers.get('set-cookie')!.split(';')[0] } })
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0')
  })

  it('marks the cookie Secure behind https', async () => {
    const res = await fetch(`${running.base}/consent-log/sign-in?token=${TOKEN}`, { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } })
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/)
  })

  it('does not take a session signed for another token', async () => {
    const res = await fetch(`${running.base}/consent-log/sign-in?token=${TOKEN}`, { redirect: 'manual' })
    const session = res.headers.get('set-cookie')!.split(';')[0]
    await running.stop()
    remove()
    await start({ logToken: 'another-token-0123456789' })
    expect((await running.get('/consent-log.json', { cookie: session })).status).toBe(401)
  })
})

describe('a session', () => {
  it('ends after 12 hours', () => {
    let now = Date.UTC(2026, 10, 22)
    const auth = createAuth({ token: TOKEN, now: () => now })
    const req = (headers: Record<string, string>) => ({ headers, socket: {} }) as unknown as IncomingMessage
    const cookie = auth.cookie(req({})).split(';')[0]
    expect(auth.allows(req({ cookie }))).toBe(true)
    now += SESSION_SECONDS * 1000 - 1000
    expect(auth.allows(req({ cookie }))).toBe(true)
    now += 2000
    expect(auth.allows(req({ cookie }))).toBe(false)
  })
})

describe('sign-in attempts', () => {
  it('are rate limited: 429 with Retry-After', async () => {
    await start({ rateLimit: { signIn: { perMinute: 2, burst: 2 } } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${running.base}/consent-log/sign-in?token=guess-${i}-xxxxxxxxxx`)).status)
    const last = await fetch(`${running.base}/consent-log/sign-in?token=${TOKEN}`, { redirect: 'manual' })
    expect([...statuses, last.status]).toEqual([401, 401, 429, 429])
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('without a log token', () => {
  it.each(PROTECTED)('%s answers 401 to everyone and says why', async path => {
    await start({ logToken: undefined })
    // No token configured: the option and CONSENTRY_LOG_TOKEN are both unset.
    const res = await running.get(path, AUTH)
    expect(res.status).toBe(401)
    expect((await res.json()).error).toContain('no log token (CONSENTRY_LOG_TOKEN)')
  })

  it('refuses a token shorter than 16 characters', async () => {
    const [dataDir, rm] = tempDir()
    remove = rm
    await expect(startReceiver({ dataDir, logToken: 'short' })).rejects.toThrow('logToken: must be a string of at least 16 characters')
    running = { stop: async () => {} } as Running
  })
})
