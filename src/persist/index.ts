export { deleteConsentCookie, readStored, writeConsentCookie } from './cookie'
