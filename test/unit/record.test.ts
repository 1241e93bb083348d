import { afterEach, describe, expect, it } from 'vitest'
import type { Decision } from '../../src/manager'
import { createRecord } from '../../src/sync'

const NO_GPC = { gpc: false, jurisdiction: 'DE', model: 'opt-in' as const }

const decision: Decision = {
  id: '0b7c2f4e-1111-4c4c-8d8d-000000000001', subjectId: '0b7c2f4e-2222-4c4c-8d8d-000000000002', revision: 3,
  categories: { necessary: true, analytics: true, marketing: false }, method: 'custom', timestamp: '2026-11-22T10:00:00.000Z'
}

afterEach(() => history.replaceState(null, '', '/'))

describe('the consent record', () => {
  it('has exactly the fields of SPEC 1.7, in order, with the notice pending', () => {
    history.replaceState(null, '', '/cart')
    const record = createRecord(NO_GPC, decision, 'banner')
    expect(Object.keys(record)).toEqual(['id', 'subjectId', 'revision', 'categories', 'method', 'gpc', 'timestamp',
      'language', 'notice', 'url', 'sdkVersion', 'noticeText', 'source', 'jurisdiction', 'model', 'ageGroup'])
    expect(record).toEqual({
      ...decision, gpc: false, language: null, notice: null, url: `${location.origin}/cart`, sdkVersion: __VERSION__,
      noticeText: '', source: 'banner', jurisdiction: 'DE', model: 'opt-in', ageGroup: null
    })
  })

  it('carries no extra field a decision might gain (no user agent, nothing else)', () => {
    const record = createRecord(NO_GPC, { ...decision, userAgent: navigator.userAgent, ip: '1.2.3.4' } as Decision, 'api')
    expect(JSON.stringify(record)).not.toContain(navigator.userAgent)
    expect(record).not.toHaveProperty('ip')
  })

  it.each([
    ['/cart?email=a@b.example', '/cart'],
    ['/cart#token=secret', '/cart'],
    ['/p/1?utm_source=x#top', '/p/1'],
    ['/', '/']
  ])('keeps the url of %s to origin and path only', (path, expected) => {
    history.replaceState(null, '', path)
    expect(createRecord(NO_GPC, decision, 'api').url).toBe(location.origin + expected)
  })

  it('says gpc: true when the signal read at start was on, and where the decision was made', () => {
    expect(createRecord({ ...NO_GPC, gpc: true }, decision, 'floating')).toMatchObject({ gpc: true, source: 'floating' })
    expect(createRecord(NO_GPC, decision, 'preferences')).toMatchObject({ gpc: false, source: 'preferences' })
  })

  it('carries the jurisdiction, its model and the age group', () => {
    expect(createRecord({ gpc: true, jurisdiction: 'US-CA', model: 'opt-out' }, { ...decision, method: 'gpc' }, 'gpc'))
      .toMatchObject({ jurisdiction: 'US-CA', model: 'opt-out', method: 'gpc', source: 'gpc', ageGroup: null })
    expect(createRecord(NO_GPC, { ...decision, ageGroup: 'minor-guardian' }, 'preferences').ageGroup).toBe('minor-guardian')
  })

  it('records a reset with its method and only the required categories granted', () => {
    const reset = { ...decision, method: 'reset' as const, categories: { necessary: true, analytics: false, marketing: false } }
    expect(createRecord(NO_GPC, reset, 'api')).toMatchObject({ method: 'reset', categories: reset.categories })
  })
})
