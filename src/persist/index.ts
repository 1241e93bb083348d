import type { Core } from '../manager'
import { deleteConsentCookie, writeConsentCookie } from './cookie'

export { deleteConsentCookie, readStored, writeConsentCookie } from './cookie'
export { subjectId } from './subject'

/** Keeps the consent cookie in step with the decision store. */
export function startPersist({ config, manager }: Core): void {
  manager.store.listen(decision => {
    if (decision) writeConsentCookie(config, decision)
    else deleteConsentCookie(config)
  })
}
