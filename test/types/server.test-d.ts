// Types of `consentry/server`, checked by `tsc -p test/types` against dist/server.d.ts.
import { readConsent } from 'consentry/server'

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
