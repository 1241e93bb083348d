import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from '../fixtures/config'
import type { Decision } from '../../src/manager'
import { createRecord } from '../../src/sync'

const config = (respectGpc = true) =>
  validateConfig({ categories: { necessary: { required: true }, analytics: {}, marketing: {} }, respectGpc }).config!

const decision: Decision = {
  id: '0b7c2f4e-1111-4c4c-8d8d-000000000001', subjectId: '0b7c2f4e-2222-4c4c-8d8d-000000000002', revision: 3,
  categories: { necessary: true, analytics: true, marketing: false }, method: 'custom', timestamp: '2026-11-22T10:00:00.000Z'
}

afterEach(() => {
  history.replaceState(null, '', '/')
  vi.unstubAllGlobals()
})

describe('the consent record', () => {
  it('has exactly the fields of SPEC 1.7, in order, with the notice pending', () => {
    history.replaceState(null, '', '/cart')
    const record = createRecord(config(), decision)
    expect(Object.keys(record)).toEqual(['id', 'subjectId', 'revision', 'categories', 'method', 'gpc', 'timestamp',
      'language', 'notice', 'url', 'sdkVersion'])
    expect(record).toEqual({
      ...decision, gpc: false, language: null, notice: null, url: `${location.origin}/cart`, sdkVersion: __VERSION__
    })
  })

  it('carries no extra field a decision might gain (no user agent, nothing else)', () => {
    const record = createRecord(config(), { ...decision, userAgent: navigator.userAgent, ip: '1.2.3.4' } as Decision)
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
    expect(createRecord(config(), decision).url).toBe(location.origin + expected)
  })

  it('says gpc: true only when the browser sends GPC and the site honours it', () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true })
    expect(createRecord(config(), decision).gpc).toBe(true)
    expect(createRecord(config(false), decision).gpc).toBe(false)
  })

  it('records a reset with its method and only the required categories granted', () => {
    const reset = { ...decision, method: 'reset' as const, categories: { necessary: true, analytics: false, marketing: false } }
    expect(createRecord(config(), reset)).toMatchObject({ method: 'reset', categories: reset.categories })
  })
})
