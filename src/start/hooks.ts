import type { Manager } from '../manager'

/** Opens the preferences dialog from any `data-consentry="preferences"` element, present or future. */
export function listenForPreferenceLinks(manager: Manager): void {
  document.addEventListener('click', event => {
    if ((event.target as Element).closest?.('[data-consentry="preferences"]')) {
      event.preventDefault()
      manager.showPreferences()
    }
  })
}
