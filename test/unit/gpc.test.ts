import { afterEach, describe, expect, it } from 'vitest'
import type { ConsentryConfig } from '../../src/config'
import { validateConfig } from '../fixtures/config'
import { type Decision } from '../../src/manager'
import { gpcSignal, heldByGpc } from '../../src/signals'
import { makeCore } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, sale: { gpc: true } }
const configOf = (extra: Partial<ConsentryConfig> = {}) => validateConfig({ categories, ...extra }).config!
const make = (extra: Partial<ConsentryConfig> = {}, initial: Decision | null = null) =>
  makeCore(configOf(extra), initial, {}, 'subject-1').manager

/** Simulates the browser's Global Privacy Control the way Chromium exposes it: on Navigator.prototype. */
const setGpc = (value: boolean | undefined) =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => value, configurable: true })

afterEach(() => setGpc(undefined))

describe('the Global Privacy Control signal', () => {
  it('is on only when the browser sends exactly true and the site respects it', () => {
    expect(gpcSignal(configOf())).toBe(false)
    setGpc(false)
    expect(gpcSignal(configOf())).toBe(false)
    setGpc(true)
    expect(gpcSignal(configOf())).toBe(true)
    expect(gpcSignal(configOf({ respectGpc: false }))).toBe(false)
  })

  it('holds marketing by default and any category marked gpc, never a required or unmarked one', () => {
    setGpc(true)
    const config = configOf({ categories: { ...categories, necessary: { required: true, gpc: true } } })
    expect(config.categories.map(c => [c.name, heldByGpc(config, c)])).toEqual([
      ['necessary', false], ['analytics', false], ['marketing', true], ['sale', true]
    ])
  })
})

describe('acceptAll under Global Privacy Control', () => {
  it('grants everything but the held categories', () => {
    setGpc(true)
    const consent = make()
    consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: false, sale: false })
    expect(consent.get()!.method).toBe('accept-all')
  })

  it("only the visitor's own switch turns a held category on, and a later acceptAll keeps it so", () => {
    setGpc(true)
    const consent = make()
    consent.update({ marketing: true })
    expect(consent.granted('marketing')).toBe(true)
    consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: false })
    consent.update({ marketing: false })
    consent.acceptAll()
    expect(consent.granted('marketing')).toBe(false)
  })

  it('keeps a held category as the stored decision had it on a returning visit', () => {
    setGpc(true)
    const stored: Decision = {
      id: 'd-1', subjectId: 'subject-1', revision: 1, method: 'custom', timestamp: new Date().toISOString(),
      categories: { necessary: true, analytics: false, marketing: true, sale: false }
    }
    const consent = make({}, stored)
    consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: false })
  })

  it('grants everything without the signal, or when respectGpc is false', () => {
    const plain = make()
    plain.acceptAll()
    expect(plain.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
    setGpc(true)
    const ignoring = make({ respectGpc: false })
    ignoring.acceptAll()
    expect(ignoring.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
  })

  it('rejectAll still denies a category the visitor had switched on', () => {
    setGpc(true)
    const consent = make()
    consent.update({ sale: true })
    consent.rejectAll()
    expect(consent.granted('sale')).toBe(false)
  })
})
