import type { Core } from '../manager'

/**
 * Opens the preferences dialog from any `data-consentry="preferences"` element, present or future.
 * @returns a function that stops listening
 */
export function listenForPreferenceLinks({ show }: Core): () => void {
  const open = (event: Event) => {
    if ((event.target as Element).closest?.('[data-consentry="preferences"]')) {
      event.preventDefault()
      show('preferences')
    }
  }
  document.addEventListener('click', open)
  return () => document.removeEventListener('click', open)
}
