import type { Config, EndpointConfig, Model } from '../config'

/**
 * The built-in consent models by jurisdiction prefix. Only the US is opt-out; the EU/EEA, the UK,
 * Switzerland, China, `unknown` and every code not listed are opt-in, so an unknown place never
 * gets a consent model laxer than the strictest.
 */
const BUILT_IN_MODELS: Readonly<Record<string, Model>> = { US: 'opt-out' }

/** An ISO 3166 code as a server or CDN writes it: `DE`, `US`, `US-CA`. */
const CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/

/**
 * Where the visitor is: the configured code, or for `'auto'` the `consentry-jurisdiction` meta tag
 * the site's server or CDN writes from its geo header; else `'unknown'`. Nothing is guessed from
 * time zones or languages: they say nothing reliable about where a visitor is.
 */
export function readJurisdiction(config: Config): string {
  return jurisdictionOf(config.jurisdiction != 'auto' ? config.jurisdiction
    : document.querySelector('meta[name="consentry-jurisdiction"]')?.getAttribute('content') || '')
}

/** A written jurisdiction as every reader takes it (the page, the server): a code, or `'unknown'`. */
export function jurisdictionOf(written: string): string {
  const code = written.trim().toUpperCase()
  return CODE.test(code) ? code : 'unknown'
}

/** The value of the longest prefix of `jurisdiction` that `table` has (`US-CA` before `US`). */
export function byPrefix<T>(table: Readonly<Record<string, T>>, jurisdiction: string): T | undefined {
  const parts = jurisdiction.split('-')
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('-')
    if (Object.hasOwn(table, prefix)) return table[prefix]
  }
  return undefined
}

/** The consent model of a jurisdiction: the site's `models` over the built-in table, the longest prefix winning. */
export function modelOf(config: Config, jurisdiction: string): Model {
  return byPrefix({ ...BUILT_IN_MODELS, ...config.models }, jurisdiction) ?? 'opt-in'
}

/** Where this visitor's records go: the endpoint of the longest prefix of their jurisdiction, else `default`, else none. */
export function endpointOf(config: Config, jurisdiction: string): Readonly<EndpointConfig> | null {
  return byPrefix(config.endpoints, jurisdiction) ?? config.endpoints.default ?? null
}
