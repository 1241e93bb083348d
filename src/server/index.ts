export { consentPolicy } from './policy'
export { readConsent } from './read'
