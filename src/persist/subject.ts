import { uuid } from '../manager'

const KEY = 'consentry.subject'

/**
 * The browser's consent subject id. It outlives the consent cookie (a reset deletes that) so
 * every decision of this browser, withdrawals included, shares one id in the consent log.
 */
export function subjectId(): string {
  try {
    const known = localStorage.getItem(KEY)
    if (known) return known
    const id = uuid()
    localStorage.setItem(KEY, id)
    return id
  } catch {
    return uuid()
  }
}
