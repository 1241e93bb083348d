import type { Manager } from '../manager'

/** Opens the preferences dialog from any `data-consentry="preferences"` element, present or future. */
export function listenForPreferenceLinks(manager: Manager): void {
  document.addEventListener('click', event => {
    const target = event.target as Element | null
    if (target && target.closest && target.closest('[data-consentry="preferences"]')) {
      event.preventDefault()
      manager.showPreferences()
    }
  })
}
