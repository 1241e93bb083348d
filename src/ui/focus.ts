/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement
  return el
}

/** The controls in `root` that Tab reaches, in order. */
export function tabbable(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href],button:not([disabled])')).filter(el => !el.closest('[hidden]'))
}

/**
 * Keeps Tab and Shift+Tab inside `root`: from the last control to the first and back.
 * @returns true when it moved focus itself
 */
export function trapTab(e: KeyboardEvent, root: Element): boolean {
  const all = tabbable(root)
  const at = all.indexOf(deepActiveElement()!)
  const to = e.shiftKey ? (at <= 0 ? all.length - 1 : -1) : (at == all.length - 1 ? 0 : -1)
  if (to < 0) return false
  e.preventDefault()
  all[to].focus()
  return true
}

/** Focuses the first of `candidates` that is still on the page and shown; false when none is. */
export function focusFirst(candidates: (Element | null | undefined)[]): boolean {
  for (const el of candidates) {
    if (el instanceof HTMLElement && el.isConnected && !el.closest('[hidden]') && el.getClientRects().length) {
      el.focus()
      return true
    }
  }
  return false
}
