import type { ConsentryConfig } from 'consentry'

/**
 * The site's consent config, shared by the examples' browser code and their server render
 * (`readConsent` must read with the config the page runs). `satisfies` keeps the category names,
 * so `granted('analytcs')` does not type-check.
 */
export const config = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ga*'] },
    marketing: {}
  },
  endpoint: '/api/consent',
  privacyPolicyUrl: '/privacy'
} satisfies ConsentryConfig

/** The config's category names. */
export type Category = keyof typeof config.categories
