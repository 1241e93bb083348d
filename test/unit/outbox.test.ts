import { afterEach, describe, expect, it, vi } from 'vitest'
import { appendRecord, LIMIT, openOutbox, type ConsentRecord, type Fallback } from '../../src/sync'

const KEY = 'consentry.outbox'
const record = (id: string): ConsentRecord => ({
  id, subjectId: 's', revision: 1, categories: { necessary: true }, method: 'accept-all', gpc: false,
  timestamp: '2026-11-22T10:00:00.000Z', language: 'en', notice: null, url: 'http://localhost/', sdkVersion: '1',
  noticeText: '', source: 'api', jurisdiction: 'unknown', model: 'opt-in', ageGroup: null
})
const stored = () => JSON.parse(localStorage.getItem(KEY)!).map((e: { record: ConsentRecord }) => e.record.id)

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the outbox', () => {
  it('writes a record to localStorage at once, with no attempt yet', () => {
    appendRecord(record('a'), {})
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([{ record: record('a'), attempts: 0, next: 0 }])
  })

  it('keeps records another tab added in between', () => {
    const box = openOutbox({})
    appendRecord(record('a'), {})
    box.edit(list => list.forEach(e => e.attempts++))
    appendRecord(record('b'), {})
    box.edit(list => list.forEach(e => e.attempts++))
    expect(JSON.parse(localStorage.getItem(KEY)!).map((e: { attempts: number }) => e.attempts)).toEqual([2, 1])
  })

  it('reads an unreadable stored value as empty and repairs it', () => {
    localStorage.setItem(KEY, '{not json')
    const box = openOutbox({})
    expect(box.read()).toEqual([])
    appendRecord(record('a'), {})
    expect(stored()).toEqual(['a'])
  })

  it('drops entries that are not records', () => {
    localStorage.setItem(KEY, JSON.stringify([null, 3, { record: {} }, { record: record('a'), attempts: 0, next: 0 }]))
    expect(openOutbox({}).read().map(e => e.record.id)).toEqual(['a'])
  })

  it(`at the bound of ${LIMIT} drops the oldest record and warns naming it`, () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (let i = 0; i < LIMIT; i++) appendRecord(record(`r${i}`), {})
    expect(warn).not.toHaveBeenCalled()
    appendRecord(record('newest'), {})
    appendRecord(record('newer still'), {})
    const ids = stored()
    expect(ids).toHaveLength(LIMIT)
    expect(ids[0]).toBe('r2')
    expect(ids.slice(-2)).toEqual(['newest', 'newer still'])
    expect(warn.mock.calls.map(c => c[0])).toEqual([
      '[Consentry] outbox full: record r0 dropped unsent.',
      '[Consentry] outbox full: record r1 dropped unsent.'
    ])
  })

  it('keeps records in memory, warning once, where localStorage throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const refuse = () => { throw new DOMException('denied', 'SecurityError') }
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse })
    const fallback: Fallback = {}
    const box = openOutbox(fallback)
    appendRecord(record('a'), fallback)
    appendRecord(record('b'), fallback)
    expect(box.read().map(e => e.record.id)).toEqual(['a', 'b'])
    box.edit(list => list.filter(e => e.record.id != 'a'))
    expect(box.read().map(e => e.record.id)).toEqual(['b'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toContain('no localStorage')
  })
})
