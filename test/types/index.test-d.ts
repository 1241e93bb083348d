// Types that must (and must not) compile: each `@ts-expect-error` line is a test that fails when
// the line it marks compiles. Checked by `tsc -p test/types` against dist/index.d.ts.
import { type AgeGroup, type ConsentryConfig, type Decision, type Endpoint, type GoogleConsentMode, init, type Manager } from 'consentry'

const consent = init({
  categories: { necessary: { required: true }, analytics: { cookies: ['_ga*'] }, marketing: {} },
  translations: { de: { acceptAll: 'Alle akzeptieren', categories: { analytics: { title: 'Statistik' } } } },
  googleConsentMode: { analytics: ['analytics_storage'] }
})

// Category names are checked wherever a name is passed.
consent.granted('analytics')
// @ts-expect-error a misspelt category
consent.granted('analytcs')
consent.onGranted('marketing', () => {})
// @ts-expect-error a category the config does not have
consent.onGranted('ads', () => {})
void consent.update({ analytics: true })
// @ts-expect-error update() takes only the config's categories
void consent.update({ analytics: true, ads: true })
// @ts-expect-error a choice is a boolean
void consent.update({ analytics: 'yes' })

// The decision and the grants are keyed by the same names.
const decision = consent.get()
if (decision) {
  const analytics: boolean = decision.categories.analytics
  // @ts-expect-error no such category in the decision
  void decision.categories.ads
  void analytics
}
const grants: Readonly<Record<'necessary' | 'analytics' | 'marketing', boolean>> = consent.grants.get()
void grants
consent.on('change', d => d?.categories.marketing)
// @ts-expect-error the events are 'change' and 'ui'
consent.on('decided', () => {})
consent.on('ui', layer => {
  const shown: 'banner' | 'preferences' | null = layer
  void shown
})

// A site's own UI says where its visitor decided; the sources are the record's.
void consent.acceptAll({ source: 'banner' })
void consent.rejectAll({ source: 'preferences' })
// @ts-expect-error not a source
void consent.acceptAll({ source: 'footer' })

// The notice carries the texts a site's own UI renders, keyed by category.
void consent.notice().then(n => n.preferences?.rows.map(row => {
  const name: 'necessary' | 'analytics' | 'marketing' = row.name
  return name
}))

// Headless is `ui: false`; any other non-object is refused.
init({ categories: { necessary: { required: true } }, ui: false })
// @ts-expect-error ui is false or the UI options
init({ categories: { necessary: { required: true } }, ui: true })

// @ts-expect-error an unknown config key
init({ categories: { a: {} }, colour: 'red' })
// @ts-expect-error an unknown string in translations
init({ categories: { a: {} }, translations: { en: { acceptEverything: 'OK' } } })
// @ts-expect-error translations name only the config's categories
init({ categories: { analytics: {} }, translations: { en: { categories: { analytcs: { title: 'Stats' } } } } })
// @ts-expect-error Consent Mode maps only the config's categories
init({ categories: { analytics: {} }, googleConsentMode: { analytcs: ['analytics_storage'] } })
// @ts-expect-error a pattern is a string or a RegExp
init({ categories: { analytics: { cookies: [42] } } })

// A config written apart keeps its names with `satisfies`; typed as ConsentryConfig it takes any name.
const config = { categories: { necessary: { required: true }, analytics: {} } } satisfies ConsentryConfig
const typed = init(config)
// @ts-expect-error still checked
typed.granted('marketing')
const loose: ConsentryConfig = config
init(loose).granted('anything')

// Untyped use keeps working: Manager and Decision default to string names.
const any: Manager = init(loose)
const d: Decision | null = any.get()
void d

// The window events are typed.
addEventListener('consentry:change', e => {
  const detail: Decision | null = e.detail
  void detail
})
addEventListener('consentry:reload', e => {
  const categories: string[] = e.detail
  // @ts-expect-error the reload names categories, not a decision
  const decision: Decision = e.detail
  void [categories, decision]
  e.preventDefault()
})

// The names SPEC 1.3 uses for parts of the config and the decision are exported as they are named there.
const endpoint: Endpoint = { url: 'https://shop.example/api/consent', credentials: 'include' }
const consentMode: GoogleConsentMode = { map: { analytics: ['analytics_storage'] }, waitForUpdate: 500 }
const age: AgeGroup = 'minor-guardian'
// @ts-expect-error an age group is one of the three the record knows
const notAge: AgeGroup = 'teen'
void [endpoint, consentMode, age, notAge]
