import { afterEach, describe, expect, it } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import { type Decision } from '../../src/manager'
import { heldByGpc, readSignals } from '../../src/signals'
import { clearPage, makeCore, setGpc } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, sale: { gpc: true } }
const configOf = (extra: Partial<ConsentryConfig> = {}) => normalizeConfig({ categories, ...extra })
const make = (extra: Partial<ConsentryConfig> = {}, stored: Decision | null = null) =>
  makeCore({ categories, ...extra }, { stored }).manager


afterEach(() => {
  setGpc(undefined)
  clearPage()
})

describe('the Global Privacy Control signal', () => {
  it('is on only when the browser sends exactly true and the site respects it', async () => {
    const gpc = (extra?: Partial<ConsentryConfig>) => readSignals(configOf(extra)).gpc
    expect(gpc()).toBe(false)
    setGpc(false)
    expect(gpc()).toBe(false)
    setGpc(true)
    expect(gpc()).toBe(true)
    expect(gpc({ respectGpc: false })).toBe(false)
  })

  it('holds marketing by default and any category marked gpc, never a required or unmarked one', async () => {
    setGpc(true)
    const config = configOf({ categories: { ...categories, necessary: { required: true, gpc: true } } })
    const signals = readSignals(config)
    expect(config.categories.map(c => [c.name, heldByGpc(signals, c)])).toEqual([
      ['necessary', false], ['analytics', false], ['marketing', true], ['sale', true]
    ])
  })
})

describe('acceptAll under Global Privacy Control', () => {
  it('grants everything but the held categories', async () => {
    setGpc(true)
    const consent = make()
    await consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: false, sale: false })
    expect(consent.get()!.method).toBe('accept-all')
  })

  it("only the visitor's own switch turns a held category on, and a later acceptAll keeps it so", async () => {
    setGpc(true)
    const consent = make()
    await consent.update({ marketing: true })
    expect(consent.granted('marketing')).toBe(true)
    await consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: false })
    await consent.update({ marketing: false })
    await consent.acceptAll()
    expect(consent.granted('marketing')).toBe(false)
  })

  it('keeps a held category as the stored decision had it on a returning visit', async () => {
    setGpc(true)
    const stored: Decision = {
      id: 'd-1', subjectId: 'subject-1', revision: 1, method: 'custom', timestamp: new Date().toISOString(),
      categories: { necessary: true, analytics: false, marketing: true, sale: false }
    }
    const consent = make({}, stored)
    await consent.acceptAll()
    expect(consent.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: false })
  })

  it('grants everything without the signal, or when respectGpc is false', async () => {
    const plain = make()
    await plain.acceptAll()
    expect(plain.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
    setGpc(true)
    const ignoring = make({ respectGpc: false })
    await ignoring.acceptAll()
    expect(ignoring.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, sale: true })
  })

  it('rejectAll still denies a category the visitor had switched on', async () => {
    setGpc(true)
    const consent = make()
    await consent.update({ sale: true })
    await consent.rejectAll()
    expect(consent.granted('sale')).toBe(false)
  })
})
