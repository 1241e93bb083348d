// POST /api/csp-report: both report formats stored as blocked attempts, without query strings,
// and shown in the log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Running, startReceiver, tempDir } from './support/helpers'

let running: Running
let remove: () => void
beforeEach(async () => {
  const [dataDir, rm] = tempDir()
  remove = rm
  running = await startReceiver({ dataDir })
})
afterEach(async () => {
  await running.stop()
  remove()
})

const legacy = { 'csp-report': {
  'document-uri': 'https://shop.example/cart?session=secret#top', referrer: '', 'violated-directive': 'img-src', 'effective-directive': 'img-src',
  'original-policy': "default-src 'self'", disposition: 'enforce', 'blocked-uri': 'https://ads.example/pixel.gif?uid=123', 'status-code': 200
} }
const modern = [
  { type: 'csp-violation', age: 10, url: 'https://shop.example/', user_agent: 'Mozilla/5.0', body: {
    documentURL: 'https://shop.example/product/sencha?ref=mail', blockedURL: 'https://stats.example/collect?cid=9', effectiveDirective: 'connect-src',
    disposition: 'report', originalPolicy: "default-src 'self'", statusCode: 200
  } },
  { type: 'deprecation', url: 'https://shop.example/', body: { id: 'x' } },
  { type: 'csp-violation', url: 'https://shop.example/', body: { documentURL: 'https://shop.example/', blockedURL: 'inline', effectiveDirective: 'script-src-elem', disposition: 'enforce' } }
]
const send = (body: unknown, type: string) => running.post(body, { 'content-type': type }, '/api/csp-report')

describe('POST /api/csp-report', () => {
  it('stores application/csp-report and application/reports+json, without query strings or fragments: 204', async () => {
    expect((await send(legacy, 'application/csp-report')).status).toBe(204)
    expect((await send(modern, 'application/reports+json')).status).toBe(204)
    const blocked = await (await running.get('/consent-log/blocked.json')).json()
    expect(blocked.map(({ seq: _, receivedAt: __, ...r }: Record<string, unknown>) => r)).toEqual([
      { documentUrl: 'https://shop.example/', blockedUrl: 'inline', directive: 'script-src-elem', disposition: 'enforce' },
      { documentUrl: 'https://shop.example/product/sencha', blockedUrl: 'https://stats.example/collect', directive: 'connect-src', disposition: 'report' },
      { documentUrl: 'https://shop.example/cart', blockedUrl: 'https://ads.example/pixel.gif', directive: 'img-src', disposition: 'enforce' }
    ])
  })

  it('shows them in the log as blocked attempts', async () => {
    await send(legacy, 'application/csp-report')
    const html = await (await running.get('/consent-log')).text()
    const section = html.slice(html.indexOf('<h2 id="blocked">Blocked attempts</h2>'))
    expect(section).toContain('https://ads.example/pixel.gif')
    expect(section).toContain('https://shop.example/cart')
    expect(section).toContain('<td>img-src</td>')
    expect(html).not.toContain('uid=123')
  })

  it.each([
    ['not JSON', '{', 'application/csp-report', 400],
    ['no csp-report key', { other: {} }, 'application/csp-report', 400],
    ['no violation among the reports', [modern[1]], 'application/reports+json', 400],
    ['a blocked URL of another scheme', { 'csp-report': { ...legacy['csp-report'], 'blocked-uri': 'javascript:alert(1)' } }, 'application/csp-report', 400],
    ['a directive that is not one', { 'csp-report': { ...legacy['csp-report'], 'effective-directive': '<b>' } }, 'application/csp-report', 400],
    ['another content type', legacy, 'text/plain', 415],
    ['too many reports', Array(21).fill(modern[0]), 'application/reports+json', 400],
    ['a body over 64 KB', { 'csp-report': { ...legacy['csp-report'], pad: 'x'.repeat(70_000) } }, 'application/csp-report', 413]
  ])('refuses %s', async (_, body, type, status) => {
    expect((await send(body, type)).status).toBe(status)
    expect(await (await running.get('/consent-log/blocked.json')).json()).toEqual([])
  })
})
