import { afterEach, describe, expect, it } from 'vitest'
import { type ConsentryConfig, normalizeConfig } from '../../src/config'
import { byPrefix, readSignals } from '../../src/signals'
import { clearPage, decided, makeCore, setGpc } from '../fixtures/core'

const categories = { necessary: { required: true }, analytics: {}, marketing: {}, location: { sensitive: true } }
const signalsOf = (extra: Partial<ConsentryConfig> = {}) => readSignals(normalizeConfig({ categories, ...extra }))
const meta = (content: string) => document.head.insertAdjacentHTML('beforeend', `<meta name="consentry-jurisdiction" content="${content}">`)

afterEach(() => {
  document.head.innerHTML = ''
  setGpc(undefined)
  clearPage()
})

describe('the jurisdiction', () => {
  it("comes from the consentry-jurisdiction meta tag with 'auto', else is unknown; nothing is guessed", () => {
    expect(signalsOf().jurisdiction).toBe('unknown')
    meta(' us-ca ')
    expect(signalsOf().jurisdiction).toBe('US-CA')
  })

  it('takes a configured code over the meta tag, and reads anything that is not an ISO 3166 code as unknown', () => {
    meta('US')
    expect(signalsOf({ jurisdiction: 'DE' }).jurisdiction).toBe('DE')
    document.head.innerHTML = ''
    for (const bad of ['Germany', 'U', '', 'US-CALIFORNIA', '../x']) {
      document.head.innerHTML = ''
      meta(bad)
      expect(signalsOf().jurisdiction).toBe('unknown')
    }
  })

  it.each([
    ['DE', 'opt-in'], ['FR', 'opt-in'], ['NO', 'opt-in'], ['GB', 'opt-in'], ['CH', 'opt-in'], ['CN', 'opt-in'], ['unknown', 'opt-in'],
    ['BR', 'opt-in'], ['US', 'opt-out'], ['US-CA', 'opt-out'], ['US-TX', 'opt-out']
  ])('gives %s the %s model', (jurisdiction, model) => {
    expect(signalsOf({ jurisdiction }).model).toBe(model)
  })

  it('lets models override the built-in table, the longest prefix winning', () => {
    const models = { US: 'opt-in', 'US-TX': 'opt-out', BR: 'opt-out' } as const
    expect(['US-CA', 'US-TX', 'US', 'BR', 'DE'].map(jurisdiction => signalsOf({ jurisdiction, models }).model))
      .toEqual(['opt-in', 'opt-out', 'opt-in', 'opt-out', 'opt-in'])
  })

  it('sends records to the endpoint of the longest prefix, else default, else nowhere', () => {
    const endpoint = { CN: 'https://cn.example/c', 'US-CA': '/ca', US: '/us', default: '/c' }
    expect(['CN', 'US-CA', 'US-NY', 'DE'].map(jurisdiction => signalsOf({ jurisdiction, endpoint }).endpoint?.url))
      .toEqual(['https://cn.example/c', '/ca', '/us', '/c'])
    expect(signalsOf({ jurisdiction: 'DE', endpoint: { CN: '/cn' } }).endpoint).toBeNull()
    expect(byPrefix({ 'US-CA': 1 }, 'US')).toBeUndefined()
  })
})

describe('the opt-out model (US)', () => {
  const us = (stored = null as ReturnType<typeof decided> | null) => makeCore({ categories, jurisdiction: 'US-CA' }, { stored })

  it('grants every category before a decision, but sensitive ones', () => {
    expect(us().manager.grants.get()).toEqual({ necessary: true, analytics: true, marketing: true, location: false })
  })

  it('holds gpc categories under Global Privacy Control', () => {
    setGpc(true)
    expect(us().manager.grants.get()).toEqual({ necessary: true, analytics: true, marketing: false, location: false })
  })

  it('"Do Not Sell or Share" denies every gpc category and keeps the rest', async () => {
    const core = us()
    await core.decide({ method: 'opt-out', source: 'banner' })
    expect(core.manager.get()).toMatchObject({ method: 'opt-out', categories: { necessary: true, analytics: true, marketing: false, location: false } })
  })

  it('nothing is granted before a decision where the model is opt-in', () => {
    expect(makeCore({ categories, jurisdiction: 'DE' }).manager.grants.get()).toEqual({ necessary: true, analytics: false, marketing: false, location: false })
  })
})

describe('separate consent (PIPL)', () => {
  it('Accept all never grants a sensitive category; only its own yes does, and Accept all keeps that', async () => {
    const { manager } = makeCore({ categories, jurisdiction: 'CN' })
    await manager.acceptAll()
    expect(manager.get()!.categories).toEqual({ necessary: true, analytics: true, marketing: true, location: false })
    await manager.update({ location: true })
    await manager.acceptAll()
    expect(manager.granted('location')).toBe(true)
  })
})

describe('a minor', () => {
  it('gets nothing beyond the required categories until a guardian decides, and keeps the age group', async () => {
    const core = makeCore({ categories, jurisdiction: 'CN', ageGate: 14 })
    await core.decide({ method: 'reject-all', source: 'banner', ageGroup: 'minor' })
    expect(core.manager.get()).toMatchObject({ ageGroup: 'minor', categories: { necessary: true, analytics: false } })
    await core.manager.acceptAll()
    expect(core.manager.get()).toMatchObject({ ageGroup: 'minor', categories: { necessary: true, analytics: false, marketing: false } })
    await core.decide({ method: 'custom', choices: { analytics: true }, source: 'preferences', ageGroup: 'minor-guardian' })
    expect(core.manager.get()).toMatchObject({ ageGroup: 'minor-guardian', categories: { analytics: true, marketing: false } })
    await core.manager.reset()
    await core.manager.rejectAll()
    expect(core.manager.get()!.ageGroup).toBeNull()
  })
})
