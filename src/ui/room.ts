import { type RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'

/**
 * While the bar is shown, gives the page room below its content and a matching scroll padding, so
 * a focused element of the page can always be scrolled out from under the bar (WCAG 2.2 SC 2.4.11)
 * and the last lines of the page can be read. Nothing above moves: the room is added at the end.
 * Styles are set through the CSSOM, which a `style-src 'self'` policy allows.
 */
export function useRoomForBar(bar: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const el = bar.current
    if (!shown || !el) return
    const root = document.documentElement
    const before = root.style.scrollPaddingBottom
    const spacer = document.createElement('div')
    spacer.setAttribute('aria-hidden', 'true')
    spacer.dataset.consentry = 'room'
    document.body.append(spacer)
    const fit = () => {
      const height = el.getBoundingClientRect().height + 'px'
      spacer.style.height = height
      root.style.scrollPaddingBottom = height
    }
    // The observer's first report comes after the browser's own layout and before the first paint;
    // measuring here, at once, would force a layout of the whole page.
    const observer = typeof ResizeObserver == 'function' ? new ResizeObserver(fit) : undefined
    if (observer) observer.observe(el)
    else fit()
    return () => {
      observer?.disconnect()
      spacer.remove()
      root.style.scrollPaddingBottom = before
    }
  }, [shown])
}
