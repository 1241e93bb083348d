export { consentCookie, readConsentCookie } from './cookie'
export type { ConsentCookie } from './cookie'
export { parseStored } from './stored'
export type { Read, Stored } from './stored'
