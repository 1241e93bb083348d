import { uuid } from './ids'

const KEY = 'consentry.subject'

/**
 * The browser's consent subject id. It outlives the consent cookie (a reset deletes that) so
 * every decision of this browser, withdrawals included, shares one id in the consent log.
 */
export function subjectId(): string {
  try {
    return localStorage[KEY] ||= uuid()
  } catch {
    return uuid()
  }
}
