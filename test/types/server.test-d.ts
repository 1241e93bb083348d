// Types of `consentry/server`, checked by `tsc -p test/types` against dist/server.d.ts.
import { consentPolicy, readConsent, reportingEndpoints } from 'consentry/server'

const config = { categories: { necessary: { required: true }, analytics: {} } }
const decision = readConsent('consentry=x', config, { gpc: true, now: 0 })
if (decision) {
  const analytics: boolean = decision.categories.analytics
  void analytics
  // @ts-expect-error no such category
  void decision.categories.marketing
}
readConsent(undefined, config)
// @ts-expect-error the header is a string
readConsent(42, config)
// @ts-expect-error gpc is a boolean
readConsent('', config, { gpc: 'yes' })

// consentPolicy and the header that goes with its report-to.
const policy: string = consentPolicy('consentry=x', config, "script-src 'self'", '/api/csp-report', { jurisdiction: 'US-CA', reportTo: false })
const endpoints: string = reportingEndpoints('/api/csp-report')
// @ts-expect-error reportTo is a boolean
consentPolicy(undefined, config, undefined, '/r', { reportTo: 'no' })
void [policy, endpoints]
