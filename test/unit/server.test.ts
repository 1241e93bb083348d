// @vitest-environment node
// consentry/server in Node, on Cookie headers Chromium sent after deciding through the SDK
// (test/fixtures/chromium-cookies.json, written by test/e2e/spa-server.spec.ts).
import { describe, expect, it } from 'vitest'
import { consentPolicy, cookieValue, grantsOf, readConsent, reportingEndpoints } from '../../src/server'
import type { Captured } from '../e2e/spa-server.spec'
import fixture from '../fixtures/chromium-cookies.json'

const captured = fixture as unknown as Captured[]
const DAY = 864e5
const byName = (name: string) => captured.find(c => c.name == name)!
const read = (c: Captured, header = c.header, extra: { gpc?: boolean; now?: number } = {}) =>
  readConsent(header, c.config, { gpc: c.gpc, now: c.now, ...extra })

describe('readConsent on what Chromium sent', () => {
  it.each(captured.map(c => [c.name, c] as const))('%s: the decision the page held', (_name, c) => {
    expect(read(c)).toEqual(c.decision)
  })

  it('reads document.cookie as well as the request header: the browser writes both alike', () => {
    for (const c of captured) expect(read(c, c.documentCookie)).toEqual(c.decision)
  })

  it('gives null where there is no cookie, no header, or only other cookies', () => {
    const c = byName('accept all')
    expect([read(c, ''), readConsent(undefined, c.config), read(c, 'theme=dark; _ga=GA1.1.1')]).toEqual([null, null, null])
  })
})

describe('what counts as no decision (SPEC 1.6)', () => {
  const c = byName('accept all')

  it('a decision past expiresDays', () => {
    expect(read(c, c.header, { now: c.now + 364 * DAY })).toEqual(c.decision)
    expect(read(c, c.header, { now: c.now + 366 * DAY })).toBeNull()
    expect(readConsent(c.header, { ...c.config, expiresDays: 30 }, { now: c.now + 31 * DAY })).toBeNull()
  })

  it('a decision of another revision', () => {
    expect(readConsent(c.header, { ...c.config, revision: 2 }, { now: c.now })).toBeNull()
    expect(read(byName('a revision js-cookie must encode'))).toMatchObject({ revision: '2026 "spring"; ü/€' })
  })

  it('a value tampered with, cut short or dated more than a day ahead', () => {
    const value = decodeURIComponent(c.header.slice('consentry='.length))
    const write = (v: string) => 'consentry=' + encodeURIComponent(v)
    expect(read(c, write(value))).toEqual(c.decision)
    expect(read(c, write(value.replace('"m":"accept-all"', '"m":"everything"')))).toBeNull()
    expect(read(c, write(value.replace('"analytics":1', '"analytics":7')))).toBeNull()
    expect(read(c, c.header.slice(0, -20))).toBeNull()
    expect(read(c, 'consentry=%E0%A4%A')).toBeNull()
    expect(read(c, c.header, { now: Date.parse(c.decision!.timestamp) - 2 * DAY })).toBeNull()
  })
})

describe('Global Privacy Control', () => {
  it('holds a gpc category of an "Accept all" clicked before the signal, as the page does', () => {
    const c = byName('accept all')
    expect(read(c, c.header, { gpc: true })!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
  })

  it('keeps what a decision made under the signal says, a gpc category the visitor turned on included', () => {
    const c = byName('accept all under Global Privacy Control')
    expect(read(c, c.header, { gpc: true })!.categories).toEqual({ necessary: true, analytics: true, marketing: false })
    const on = byName('under Global Privacy Control, the visitor turns marketing on')
    expect(on.decision!.categories.marketing).toBe(true)
    expect(read(on, on.header, { gpc: true })!.categories).toEqual(on.decision!.categories)
  })
})

describe('cookieValue', () => {
  it('decodes as js-cookie does: %-escapes, a quoted value, the first cookie of a name', () => {
    expect(cookieValue('a=%7B%22n%22%3A2%7D', 'a')).toBe('{"n":2}')
    expect(cookieValue('a="quoted"', 'a')).toBe('quoted')
    expect(cookieValue('a=1; a=2', 'a')).toBe('1')
    expect(cookieValue('a=x=y', 'a')).toBe('x=y')
    expect(cookieValue('ab=1;a=2', 'a')).toBe('2')
    expect(cookieValue('a%20b=1', 'a b')).toBe('1')
  })

  it('skips a cookie whose name does not decode, and a pair with no "="', () => {
    expect(cookieValue('%E0%A4%A=1; flag; a=2', 'a')).toBe('2')
    expect(cookieValue('flag', 'flag')).toBeUndefined()
  })
})

describe('grantsOf', () => {
  it("is what the manager's grants store holds at the client's first render", () => {
    const c = byName('some categories, own cookie name')
    expect(grantsOf(read(c), c.config)).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(grantsOf(null, c.config)).toEqual({ necessary: true, analytics: false, marketing: false })
  })

  it('reads a jurisdiction as the page reads its meta tag: trimmed, any case, and no code is unknown (opt-in)', () => {
    const config = { categories: { necessary: { required: true }, analytics: {} } }
    expect(grantsOf(null, config, { jurisdiction: ' us-ca ' })).toEqual({ necessary: true, analytics: true })
    expect(grantsOf(null, config, { jurisdiction: 'US-CALIFORNIA' })).toEqual({ necessary: true, analytics: false })
  })
})

describe('consentPolicy', () => {
  const config = {
    categories: {
      necessary: { required: true },
      analytics: { hosts: ['Stats.Example.', '*.cdn.example'] },
      marketing: { hosts: ['px.example', 'ads*.example'] }
    },
    revision: 2
  }
  const stored = (c: Record<string, 0 | 1>) => ({ i: 'id', s: 'subject', r: 2, c, m: 'custom', t: new Date().toISOString() })
  const header = (value: object) => `theme=dark; consentry=${encodeURIComponent(JSON.stringify(value))}; other=1`
  const hostsOf = (...hosts: string[]) => hosts.flatMap(h => ['https', 'http', 'wss', 'ws'].map(s => `${s}://${h}:*`))

  it('allows the hosts of granted categories only, on every port and scheme, in each fetch directive', () => {
    const policy = consentPolicy(header(stored({ analytics: 1, marketing: 0 })), config, "script-src 'self'; style-src 'self'; object-src 'none'")
    const directives = Object.fromEntries(policy.split('; ').map(d => [d.split(' ')[0], d.split(' ').slice(1)]))
    const hosts = hostsOf('stats.example', '*.cdn.example')
    expect(directives).toEqual({
      'script-src': ["'self'", ...hosts], 'style-src': ["'self'", ...hosts], 'object-src': ["'none'"], 'default-src': ["'self'", ...hosts]
    })
    expect(policy).not.toContain('px.example')
  })

  it('with no decision allows only the site itself where consent is opt-in; a report URI adds report-uri and report-to; a mid-label wildcard is left out', () => {
    expect(consentPolicy(undefined, config)).toBe("default-src 'self'")
    expect(consentPolicy(undefined, config, undefined, '/api/csp-report')).toBe("default-src 'self'; report-uri /api/csp-report; report-to consentry")
    expect(reportingEndpoints('/api/csp-report')).toBe('consentry="/api/csp-report"')
    expect(reportingEndpoints('/r?a="b"')).toBe('consentry="/r?a=%22b%22"')
    // Over plain http Chromium takes no Reporting-Endpoints, and report-to would silence report-uri.
    expect(consentPolicy(undefined, config, undefined, '/api/csp-report', { reportTo: false })).toBe("default-src 'self'; report-uri /api/csp-report")
    expect(consentPolicy(header(stored({ analytics: 1, marketing: 1 })), config)).not.toContain('ads')
  })

  it('where consent is opt-out, allows before a decision what the model grants, and the gpc hosts only without the signal', () => {
    const us = consentPolicy(undefined, config, undefined, undefined, { jurisdiction: 'US-CA' })
    expect(us).toBe(`default-src 'self' ${hostsOf('stats.example', '*.cdn.example', 'px.example').join(' ')}`)
    const gpc = consentPolicy(undefined, config, undefined, undefined, { jurisdiction: 'US-CA', gpc: true })
    expect(gpc).not.toContain('px.example')
    expect(gpc).toContain('stats.example')
  })
})
