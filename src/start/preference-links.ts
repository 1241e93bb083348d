import type { Core } from '../manager'

/** Opens the preferences dialog from any `data-consentry="preferences"` element, present or future. */
export function listenForPreferenceLinks({ show }: Core): void {
  document.addEventListener('click', event => {
    if ((event.target as Element).closest?.('[data-consentry="preferences"]')) {
      event.preventDefault()
      show('preferences')
    }
  })
}
