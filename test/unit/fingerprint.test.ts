import { describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/config'

describe('config fingerprint', () => {
  const config = { categories: { analytics: { cookies: ['_ga*', /^_gid$/i] } } }

  it('is the same for the same config and version', () => {
    expect(fingerprint(config, '1.0.0')).toBe(fingerprint(structuredClone(config), '1.0.0'))
  })

  it('changes with the SDK version, so a new checker checks again', () => {
    expect(fingerprint(config, '1.0.0')).not.toBe(fingerprint(config, '1.0.1'))
  })

  const variants: [string, unknown][] = [
    ['a RegExp flag', { categories: { analytics: { cookies: ['_ga*', /^_gid$/] } } }],
    ['a RegExp source', { categories: { analytics: { cookies: ['_ga*', /^_gi$/i] } } }],
    ['a function where a boolean belongs', { categories: { analytics: { cookies: ['_ga*', /^_gid$/i], required: () => true } } }],
    ['one more key', { ...config, revision: 2 }],
    ['a renamed category', { categories: { analytic: config.categories.analytics } }]
  ]
  it.each(variants)('changes with %s', (_name, other) => {
    expect(fingerprint(other, '1.0.0')).not.toBe(fingerprint(config, '1.0.0'))
  })
})
