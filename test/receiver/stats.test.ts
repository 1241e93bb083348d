// /consent-stats: opt-in rates per category, day, jurisdiction, language and method, as JSON and as charts.
import { describe, expect, it } from 'vitest'
import type { ConsentRecord } from '../../receiver/index.mjs'
import { summarize } from '../../receiver/stats.mjs'
import { BACKENDS, useReceiver } from './support/backends'
import { record } from './support/helpers'

const at = (day: number, over: Partial<ConsentRecord>) => record({ timestamp: `2026-11-0${day}T12:00:00.000Z`, ...over })
const RECORDS = [
  at(1, { categories: { necessary: true, analytics: true, marketing: true }, method: 'accept-all', jurisdiction: 'DE', language: 'de' }),
  at(1, { categories: { necessary: true, analytics: false, marketing: false }, method: 'reject-all', jurisdiction: 'DE', language: 'de' }),
  at(2, { categories: { necessary: true, analytics: true, marketing: false }, method: 'custom', jurisdiction: 'US-CA', language: 'en', model: 'opt-out' }),
  at(2, { categories: { necessary: true, analytics: true }, method: 'accept-all', jurisdiction: 'CN', language: 'zh-CN' })
]

describe('summarize', () => {
  it('turns rollup rows into rates per group, and ignores a category a group never saw', () => {
    const rows = [
      { day: '2026-11-01', jurisdiction: 'DE', language: 'de', method: 'custom', category: '*', decisions: 4, granted: 0 },
      { day: '2026-11-01', jurisdiction: 'DE', language: 'de', method: 'custom', category: 'analytics', decisions: 4, granted: 1 },
      { day: '2026-11-02', jurisdiction: 'FR', language: 'fr', method: 'custom', category: '*', decisions: 3, granted: 0 },
      { day: '2026-11-02', jurisdiction: 'FR', language: 'fr', method: 'custom', category: 'analytics', decisions: 2, granted: 2 },
      { day: '2026-11-02', jurisdiction: 'FR', language: 'fr', method: 'custom', category: 'ads', decisions: 1, granted: 0 }
    ]
    const s = summarize(rows)
    expect(s.decisions).toBe(7)
    expect(s.categories).toEqual(['ads', 'analytics'])
    expect(s.overall.rate).toEqual({ ads: 0, analytics: 0.5 })
    expect(s.byJurisdiction.map(g => [g.key, g.decisions, g.rate])).toEqual([['DE', 4, { analytics: 0.25 }], ['FR', 3, { ads: 0, analytics: 1 }]])
    expect(summarize([]).decisions).toBe(0)
  })
})

describe.each(BACKENDS)('/consent-stats on $name', backend => {
  const receiver = useReceiver(backend, async r => {
    expect((await r.post(RECORDS)).status).toBe(201)
    // A duplicate changes nothing.
    expect((await r.post(RECORDS[0])).status).toBe(200)
  })
  const running = { get: (path: string) => receiver().get(path) }

  it('gives the figures as JSON', async () => {
    const stats = await (await running.get('/consent-stats.json')).json()
    expect(stats).toMatchObject({ decisions: 4, categories: ['analytics', 'marketing', 'necessary'] })
    expect(stats.overall).toEqual({ key: 'all', decisions: 4, granted: { analytics: 3, marketing: 1, necessary: 4 }, rate: { analytics: 0.75, marketing: 0.3333, necessary: 1 } })
    expect(stats.byDay.map((d: { key: string; rate: object }) => [d.key, d.rate])).toEqual([
      ['2026-11-01', { analytics: 0.5, marketing: 0.5, necessary: 1 }],
      ['2026-11-02', { analytics: 1, marketing: 0, necessary: 1 }]
    ])
    expect(stats.byJurisdiction.map((g: { key: string; decisions: number }) => [g.key, g.decisions])).toEqual([['DE', 2], ['CN', 1], ['US-CA', 1]])
    expect(stats.byLanguage.find((g: { key: string }) => g.key == 'zh-CN').rate).toEqual({ analytics: 1, necessary: 1 })
    expect(stats.byMethod.find((g: { key: string }) => g.key == 'reject-all').rate).toEqual({ analytics: 0, marketing: 0, necessary: 1 })
  })

  it('keeps to a range of days', async () => {
    const stats = await (await running.get('/consent-stats.json?from=2026-11-02&to=2026-11-02')).json()
    expect([stats.from, stats.to, stats.decisions, stats.byDay.length]).toEqual(['2026-11-02', '2026-11-02', 2, 1])
    expect((await running.get('/consent-stats.json?from=tomorrow')).status).toBe(400)
  })

  it('draws the same figures as SVG charts, each with its table, and no script', async () => {
    const res = await running.get('/consent-stats')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html.match(/<svg class="chart"/g)).toHaveLength(5)
    for (const title of ['Opt-in rate per category', 'Per day', 'Per jurisdiction', 'Per language', 'Per method']) expect(html).toContain(`>${title}</h2>`)
    expect(html).toContain('<title>DE, analytics: 50%</title>')
    expect(html).toContain('<td>US-CA</td><td>1</td><td>100.0%</td><td>0.0%</td><td>100.0%</td>')
    expect(html).not.toMatch(/<script|style=/)
  })
})
