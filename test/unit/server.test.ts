// @vitest-environment node
import { expect, test } from 'vitest'
import { consentPolicy, readConsent } from '../../src/server'

// The server helpers run in plain Node: this file has no DOM at all, so a browser global would throw.
const config = {
  categories: {
    necessary: { required: true },
    analytics: { hosts: ['Stats.Example.', '*.cdn.example'] },
    marketing: { hosts: ['px.example', 'ads*.example'] }
  },
  revision: 2
}
const stored = (c: Record<string, 0 | 1>, extra: object = {}) => ({ i: 'id', s: 'subject', r: 2, c, m: 'custom', t: new Date().toISOString(), ...extra })
const header = (value: object | string, name = 'consentry') =>
  `theme=dark; ${name}=${encodeURIComponent(typeof value == 'string' ? value : JSON.stringify(value))}; other=1`

test('readConsent reads the consent cookie as the browser does, percent-escapes and all', () => {
  expect(readConsent(header(stored({ analytics: 1, marketing: 0 })), config)).toMatchObject({
    id: 'id', subjectId: 'subject', revision: 2, method: 'custom', categories: { necessary: true, analytics: true, marketing: false }
  })
  expect(readConsent(header(stored({ analytics: 1 }), 'mine'), { ...config, cookie: { name: 'mine' } })?.categories.analytics).toBe(true)
})

test('readConsent: no cookie, another revision, an expired, tampered or unreadable value are no decision', () => {
  const old = new Date(Date.now() - 400 * 864e5).toISOString()
  for (const cookie of [undefined, '', 'consentry=', header(stored({}, { r: 1 })), header(stored({}, { t: old })), header(stored({ analytics: 2 } as never)), header('{not json'), 'consentry=%E0%A4%A']) {
    expect(readConsent(cookie, config)).toBeNull()
  }
})

test('consentPolicy allows the hosts of granted categories only, on every port and scheme, in each fetch directive', () => {
  const policy = consentPolicy(header(stored({ analytics: 1, marketing: 0 })), config, "script-src 'self'; style-src 'self'; object-src 'none'")
  const directives = Object.fromEntries(policy.split('; ').map(d => [d.split(' ')[0], d.split(' ').slice(1)]))
  const hosts = ['stats.example', '*.cdn.example'].flatMap(h => ['https', 'http', 'wss', 'ws'].map(s => `${s}://${h}:*`))
  expect(directives).toEqual({
    'script-src': ["'self'", ...hosts], 'style-src': ["'self'", ...hosts], 'object-src': ["'none'"], 'default-src': ["'self'", ...hosts]
  })
  expect(policy).not.toContain('px.example')
})

test('consentPolicy: with no decision only the site itself; a report URI adds report-uri; a mid-label wildcard is left out', () => {
  expect(consentPolicy(undefined, config)).toBe("default-src 'self'")
  expect(consentPolicy(undefined, config, undefined, '/api/csp-report')).toBe("default-src 'self'; report-uri /api/csp-report")
  expect(consentPolicy(header(stored({ analytics: 1, marketing: 1 })), config)).not.toContain('ads')
})
