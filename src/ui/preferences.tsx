import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { CategoryRow } from './category-row'
import type { Action, Content, Layer } from './content'
import { trapTab } from './focus'
import { describedBy, LayerBody } from './layer'

/** What the dialog shows and does. */
export interface PreferencesProps {
  /** Its texts. */
  layer: Layer
  /** A note above the switches (a guardian deciding for a minor), or none. */
  note?: string
  /** The second confirmation of a sensitive category. */
  sensitive: Content['sensitive']
  /** Each switch's state when the dialog opens: the current grants. */
  initial: Readonly<Record<string, boolean>>
  /** Runs a button's action with the switches' states. */
  act(action: Action, choices: Record<string, boolean>): void
  /** Closes without deciding (Escape, the close button). */
  close(): void
}

/**
 * The second layer: a modal dialog with one switch per category. It takes focus when it opens,
 * keeps it (Tab cycles inside; focus moved to the page comes back) and closes on Escape; the App
 * gives focus back when it has closed.
 */
export function Preferences({ layer, note, sensitive, initial, act, close }: PreferencesProps) {
  const [choices, setChoices] = useState(initial)
  const dialog = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    const box = dialog.current!
    const host = (box.getRootNode() as ShadowRoot).host
    const focusFirst = () => (box.querySelector<HTMLElement>('.switch:not(:disabled)') || box.querySelector<HTMLElement>('.button'))?.focus()
    // A modal dialog keeps focus: a click on the backdrop or the page must not let Tab wander off,
    // and Escape still closes it from there.
    const onFocus = () => {
      if (document.activeElement != host) focusFirst()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key == 'Escape' && document.activeElement != host) close()
    }
    focusFirst()
    document.addEventListener('focusin', onFocus)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('focusin', onFocus)
      document.removeEventListener('keydown', onKey)
    }
  }, [])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key == 'Escape') {
      e.preventDefault()
      close()
    } else if (e.key == 'Tab') trapTab(e, dialog.current!)
  }

  return (
    <>
      <div class="backdrop" part="backdrop" />
      <div ref={dialog} class="dialog" part="dialog" role="dialog" aria-modal="true"
        aria-labelledby="prefs-title" aria-describedby={describedBy('prefs', layer)} onKeyDown={onKeyDown}>
        <LayerBody layer={layer} id="prefs" act={action => act(action, choices)}>
          {note && <p class="note" part="note">{note}</p>}
          <ul class="categories">
            {layer.rows.map(row => (
              <CategoryRow row={row} on={choices[row.name]} sensitive={sensitive}
                set={on => setChoices(c => ({ ...c, [row.name]: on }))} />
            ))}
          </ul>
        </LayerBody>
        <button type="button" class="close" part="close" aria-label={layer.close} onClick={close}>×</button>
      </div>
    </>
  )
}
