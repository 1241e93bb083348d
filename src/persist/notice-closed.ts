/** Where the UI notes that the visitor closed the opt-out notice without a choice. */
const KEY = 'consentry.notice-closed'

/**
 * Whether the visitor closed the opt-out notice earlier in this session: it stays closed until
 * the session ends (no decision is stored, so no record says more than the visitor did).
 */
export function noticeClosed(): boolean {
  try {
    return sessionStorage.getItem(KEY) == '1'
  } catch {
    return false
  }
}

/** Notes that the visitor closed the opt-out notice. */
export function closeNotice(): void {
  try {
    sessionStorage.setItem(KEY, '1')
  } catch {} // without sessionStorage the notice shows again on the next page
}
