import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import type { Handover } from '../../src/lazy'
import type { Core, Decision, Notice } from '../../src/manager'
import { startRecorder, startSync, type Entry } from '../../src/sync'
import type { Recorder } from '../../src/write'

const KEY = 'consentry.outbox'
const URL_ = 'https://consent.example/api/consent'
const categories = { necessary: { required: true }, analytics: {}, marketing: {} }
const shown: Notice = { hash: 'a1b2', language: 'en', text: 'We use cookies' }

let n = 0
const decision = (extra: Partial<Decision> = {}): Decision => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, subjectId: 'subject-1', revision: 1,
  categories: { necessary: true, analytics: true, marketing: false }, method: 'custom',
  timestamp: '2026-11-22T10:00:00.000Z', ...extra
})

/**
 * The two halves of sync as start() wires them: the core's part at once, the recorder (the lazy
 * part's) when a decision is made or the core loads the lazy part for records waiting. Only what
 * sync reads of the core and the handover is given; decisions are made by hand.
 */
function boot(endpoint: ConsentryConfig['endpoint'] | null = URL_, notice = () => Promise.resolve(shown), valid = true) {
  const config = normalizeConfig({ categories, endpoint: endpoint ?? undefined })
  const exposed: Record<string, () => unknown> = {}
  const expose = (part: string, snapshot: () => unknown) => void (exposed[part] = snapshot)
  let record: Recorder | undefined
  const signals = { gpc: false, jurisdiction: 'unknown', model: 'opt-in', endpoint: config.endpoints.default ?? null }
  const connect = () => (record ||= startRecorder({ config, signals, expose } as unknown as Handover, notice))
  startSync({ config, signals, ready: Promise.resolve(valid), expose, lazy: async () => connect() } as unknown as Core)
  const decide = (extra?: Partial<Decision>) => {
    const d = decision(extra)
    connect()(d, 'banner')
    return d
  }
  return { decide, outbox: () => exposed.outbox?.() as Entry[] }
}

/** A fetch that answers from a script of statuses (then 201), logging each body's id. */
function receiver(...script: (number | [number, Record<string, string>] | 'offline' | 'hang')[]) {
  const log: { id: string; init: RequestInit; at: number }[] = []
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    log.push({ id: JSON.parse(init.body as string).id, init, at: Date.now() })
    const step = script.shift() ?? 201
    if (step == 'offline') return Promise.reject(new TypeError('Failed to fetch'))
    if (step == 'hang') return new Promise<Response>(() => {})
    const [status, headers] = Array.isArray(step) ? step : [step, {}]
    return Promise.resolve(new Response(null, { status, headers }))
  })
  vi.stubGlobal('fetch', fetch)
  return { fetch, log, times: () => log.map(l => l.at) }
}

const stored = (): Entry[] => JSON.parse(localStorage.getItem(KEY) || '[]')

// startSync listens on window and document; remove those listeners so tests stay apart.
const added: [EventTarget, string, EventListener][] = []
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-22T10:00:00.000Z') })
  vi.spyOn(Math, 'random').mockReturnValue(0.5)
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target)
    const spy = (type: string, fn: EventListener, opts?: boolean | AddEventListenerOptions) => {
      added.push([target, type, fn])
      add(type, fn, opts)
    }
    vi.spyOn(target, 'addEventListener').mockImplementation(spy as typeof target.addEventListener)
  }
})
afterEach(() => {
  for (const [target, type, fn] of added.splice(0)) target.removeEventListener(type, fn)
  vi.useRealTimers()
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('recording', () => {
  it('puts the record in localStorage synchronously, its notice pending', () => {
    receiver()
    const { decide } = boot()
    const d = decide()
    expect(stored()).toEqual([{ record: expect.objectContaining({ id: d.id, language: null, notice: null }), attempts: 0, next: 0 }])
  })

  it('fills the notice and POSTs the record as JSON with keepalive, then empties the outbox on 2xx', async () => {
    const { fetch, log } = receiver(201)
    const { decide } = boot({ url: URL_, headers: { 'x-site': 'shop' }, credentials: 'include' })
    const d = decide()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0][0]).toBe(URL_)
    const { body, ...init } = log[0].init
    expect(init).toEqual({ method: 'POST', keepalive: true, credentials: 'include',
      headers: { 'content-type': 'application/json', 'x-site': 'shop' } })
    expect(JSON.parse(body as string)).toEqual({ ...d, gpc: false, language: 'en', notice: 'a1b2',
      url: location.origin + location.pathname, sdkVersion: __VERSION__, noticeText: 'We use cookies', source: 'banner',
      jurisdiction: 'unknown', model: 'opt-in', ageGroup: null })
    expect(stored()).toEqual([])
  })

  it('creates and sends nothing without an endpoint', async () => {
    const { fetch } = receiver()
    const { decide, outbox } = boot(null)
    decide()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fetch).not.toHaveBeenCalled()
    expect(localStorage.getItem(KEY)).toBeNull()
    expect(outbox()).toBeUndefined()
  })
})

describe('retries', () => {
  it('retries 5xx, 408 and network errors with growing jittered waits, counting attempts', async () => {
    const { times } = receiver(503, 500, 408, 'offline', 201)
    const { decide, outbox } = boot()
    decide()
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox()).toEqual([expect.objectContaining({ attempts: 1, next: Date.now() + 500 })])
    await vi.advanceTimersByTimeAsync(60_000)
    const start = times()[0]
    // Math.random() is 0.5: half of 1 s, 2 s, 4 s, 8 s.
    expect(times().map(t => t - start)).toEqual([0, 500, 1500, 3500, 7500])
    expect(outbox()).toEqual([])
  })

  it('caps the wait at 5 minutes', async () => {
    const { times } = receiver(...Array<number>(14).fill(503))
    const { decide } = boot()
    decide()
    await vi.advanceTimersByTimeAsync(3_600_000)
    const t = times()
    expect(t[14] - t[13]).toBe(150_000)
    expect(t[13] - t[12]).toBe(150_000)
  })

  it.each([
    ['in seconds on a 429', 429, () => '7', 7_000],
    ['as an HTTP date on a 503', 503, () => new Date(Date.now() + 42_000).toUTCString(), 42_000]
  ])('honours Retry-After %s', async (_, status, header, wait) => {
    const { fetch } = receiver([status, { 'retry-after': header() }])
    boot().decide()
    await vi.advanceTimersByTimeAsync(wait - 1)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('keeps to the wait when the page becomes visible again or another record is decided', async () => {
    const { fetch } = receiver([503, { 'retry-after': '60' }], 'hang')
    const { decide } = boot()
    decide()
    await vi.advanceTimersByTimeAsync(10_000)
    document.dispatchEvent(new Event('visibilitychange'))
    decide()
    await vi.advanceTimersByTimeAsync(49_999)
    expect(fetch).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('drops a record on 400 with a warning naming the status and the id, and never sends it again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { fetch } = receiver(400)
    const d = boot().decide()
    await vi.advanceTimersByTimeAsync(600_000)
    window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(stored()).toEqual([])
    expect(warn).toHaveBeenCalledWith(`[Consentry] the endpoint answered 400: record ${d.id} was dropped.`)
  })

  it('sends a record once at a time however often a flush is asked for', async () => {
    const { fetch } = receiver('hang')
    boot().decide()
    await vi.advanceTimersByTimeAsync(0)
    for (let i = 0; i < 3; i++) window.dispatchEvent(new Event('online'))
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(600_000)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('sends at once when the browser comes back online, whatever the backoff', async () => {
    const { times } = receiver('offline', 'offline', 'offline', 'offline')
    boot().decide()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(times()).toHaveLength(4)
    window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(times()).toHaveLength(5)
    expect(stored()).toEqual([])
  })
})

describe('across page loads', () => {
  it('sends on the next start what an earlier page could not deliver', async () => {
    receiver('offline')
    const d = boot().decide()
    await vi.advanceTimersByTimeAsync(0)
    expect(stored()).toEqual([expect.objectContaining({ attempts: 1 })])
    // The page closes here; its listeners and timers are gone. A new page starts over the same storage.
    for (const [target, type, fn] of added.splice(0)) target.removeEventListener(type, fn)
    vi.clearAllTimers()
    const { log } = receiver(201)
    boot()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(log.map(l => l.id)).toEqual([d.id])
    expect(stored()).toEqual([])
  })

  it('sends nothing while the config turns out invalid', async () => {
    localStorage.setItem(KEY, JSON.stringify([{ record: { id: 'r1', language: 'en' }, attempts: 0, next: 0 }]))
    const { fetch } = receiver()
    boot(URL_, () => Promise.resolve(shown), false)
    window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('fills a notice left pending by an earlier page before sending', async () => {
    receiver()
    const d = boot(URL_, () => new Promise<Notice>(() => {})).decide()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(stored()[0].record).toMatchObject({ id: d.id, language: null })
    for (const [target, type, fn] of added.splice(0)) target.removeEventListener(type, fn)
    const { log } = receiver(201)
    boot(URL_, () => Promise.resolve({ hash: 'f00d', language: 'zh-CN', text: '…' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(log.map(l => JSON.parse(l.init.body as string))).toEqual([expect.objectContaining({ id: d.id, language: 'zh-CN', notice: 'f00d' })])
  })

  it('never sends a record whose notice is pending', async () => {
    const { fetch } = receiver()
    boot(URL_, () => new Promise<Notice>(() => {})).decide()
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(600_000)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('sends without a notice rather than never, when notice() fails', async () => {
    const { log } = receiver()
    boot(URL_, () => Promise.reject(new Error('UI broke'))).decide()
    await vi.advanceTimersByTimeAsync(0)
    expect(JSON.parse(log[0].init.body as string)).toMatchObject({ language: '', notice: null })
  })
})

describe('leaving the page', () => {
  const hide = () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event('pagehide'))
  }
  afterEach(() => void delete (document as { visibilityState?: string }).visibilityState)

  it('sends by beacon as text/plain (no preflight), once, and keeps the record until a fetch sees 2xx', async () => {
    const beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon })
    const { fetch } = receiver('hang')
    let show!: (n: Notice) => void
    const { decide } = boot(URL_, () => new Promise<Notice>(resolve => (show = resolve)))
    await vi.advanceTimersByTimeAsync(0)
    const d = decide({ method: 'reset' })
    hide()
    await vi.advanceTimersByTimeAsync(0)
    // The notice resolves while the page is hidden; then pagehide follows the visibilitychange.
    show(shown)
    await vi.advanceTimersByTimeAsync(0)
    window.dispatchEvent(new Event('pagehide'))
    expect(fetch).toHaveBeenCalledTimes(0)
    expect(beacon).toHaveBeenCalledTimes(1)
    const [url, body] = beacon.mock.calls[0] as unknown as [string, string]
    expect(url).toBe(URL_)
    expect(typeof body).toBe('string')
    expect(JSON.parse(body)).toMatchObject({ id: d.id, method: 'reset', language: 'en' })
    expect(stored()).toEqual([expect.objectContaining({ attempts: 1 })])
  })

  it('sends by beacon a record whose fetch is still under way when the page hides', async () => {
    const beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon })
    const { fetch } = receiver('hang')
    const d = boot().decide()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    hide()
    expect(beacon).toHaveBeenCalledTimes(1)
    expect(JSON.parse((beacon.mock.calls[0] as unknown as [string, string])[1]).id).toBe(d.id)
  })

  it('uses keepalive fetch, not a beacon, when custom headers are configured', async () => {
    const beacon = vi.fn(() => true)
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon })
    const { fetch } = receiver('hang')
    // Stored by an earlier page, waiting for its backoff: leaving the page sends it now.
    localStorage.setItem(KEY, JSON.stringify([{ record: { id: 'r1', language: 'en' }, attempts: 3, next: Date.now() + 99_000 }]))
    boot({ url: URL_, headers: { authorization: 'Bearer k' } })
    await vi.advanceTimersByTimeAsync(0)
    hide()
    expect(beacon).not.toHaveBeenCalled()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0][1]).toMatchObject({ keepalive: true, headers: { authorization: 'Bearer k' } })
  })

  it('falls back to fetch when the browser refuses the beacon', async () => {
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: () => false })
    const { fetch } = receiver(201)
    localStorage.setItem(KEY, JSON.stringify([{ record: { id: 'r1', language: 'en' }, attempts: 1, next: Date.now() + 99_000 }]))
    boot()
    await vi.advanceTimersByTimeAsync(0)
    hide()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(stored()).toEqual([])
  })
})
