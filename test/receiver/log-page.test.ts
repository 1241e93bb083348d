// GET /consent-log: a capped page of records, the notice text each visitor saw, filters and paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTICE_TEXT, record, type Running, startReceiver, tempDir } from './support/helpers'

let running: Running
let remove: () => void
const OTHER = '99999999-2222-4333-8444-555555555555'
beforeAll(async () => {
  const [dataDir, rm] = tempDir()
  remove = rm
  running = await startReceiver({ dataDir })
  await running.post([record({ revision: '<img src=x onerror=alert(1)>' }), record({ subjectId: OTHER, notice: null, noticeText: '<b>Wir</b> verwenden Cookies.', language: 'de' })])
  for (let i = 0; i < 7; i++) await running.post(Array.from({ length: 16 }, () => record({ method: 'accept-all' })))
})
afterAll(async () => {
  await running.stop()
  remove()
})
const page = async (q = '') => {
  const res = await running.get(`/consent-log${q}`)
  expect(res.status).toBe(200)
  return res.text()
}
const rows = (html: string) => html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>')).match(/<tr>/g)?.length ?? 0

describe('the log page', () => {
  it('escapes every value, under a policy that runs no script', async () => {
    const res = await running.get('/consent-log?subjectId=11111111-2222-4333-8444-555555555555&limit=500')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    const html = await res.text()
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('shows beside each record the notice text its visitor saw', async () => {
    const html = await page(`?subjectId=${OTHER}`)
    expect(rows(html)).toBe(1)
    expect(html).toContain('<pre>&lt;b&gt;Wir&lt;/b&gt; verwenden Cookies.</pre>')
    expect(html).toContain('(hashed here)')
    expect(await page('?limit=500')).toContain(`<pre>${NOTICE_TEXT}</pre>`)
  })

  it('shows 100 records a page at most, newest first, with a link to the next', async () => {
    const html = await page()
    expect(rows(html)).toBe(100)
    const next = /<a rel="next" href="([^"]+)">Older records →<\/a>/.exec(html)![1].replace(/&amp;/g, '&')
    expect(next).toBe('/consent-log?cursor=15')
    const second = await page(next.slice('/consent-log'.length))
    expect(rows(second)).toBe(14)
    expect(second).not.toContain('rel="next"')
    expect(rows(await page('?limit=10000'))).toBe(114)
  })

  it('links each subject to its history and filters by granted category', async () => {
    const html = await page('?limit=500')
    expect(html).toContain(`href="/consent-log?subjectId=${OTHER}"`)
    expect(rows(await page('?category=marketing&limit=500'))).toBe(0)
    expect(rows(await page('?category=analytics&limit=500'))).toBe(114)
    expect((await running.get('/consent-log?subjectId=<script>')).status).toBe(400)
  })
})
