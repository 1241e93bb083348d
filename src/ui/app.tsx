import { useStore } from '@nanostores/preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { Handover } from '../lazy'
import type { Source } from '../manager'
import type { WriteSide } from '../write'
import { Banner } from './banner'
import { deepActiveElement } from './focus'
import type { Action, Content } from './content'
import { Preferences } from './preferences'

/** What the UI renders from. */
export interface AppProps {
  /** The core, as handed over. */
  h: Handover
  /** The texts of both layers. */
  content: Content
  /** Where the buttons' decisions go. */
  write: WriteSide
}

const METHODS = { accept: 'accept-all', reject: 'reject-all', save: 'custom' } as const

/**
 * The UI: whatever the core's view says is shown. The banner stays (hidden) under the dialog
 * opened from it, so closing the dialog without a decision goes back to it.
 */
export function App({ h, content, write }: AppProps) {
  const { layer, origin } = useStore(h.view)
  const decision = useStore(h.store)
  // The control focused when the dialog opens, taken before opening it hides the banner's button.
  const opener = useRef<HTMLElement | null>(null)
  const withBanner = layer == 'banner' || layer == 'preferences' && !decision
  const close = () => h.show(h.store.get() ? null : 'banner')

  const decide = (action: Action, source: Source, choices?: Record<string, boolean>) => {
    if (action == 'manage') {
      opener.current = deepActiveElement()
      return h.show('preferences')
    }
    write.decide({ method: METHODS[action], choices, source })
    h.show(null)
  }
  const initial = Object.fromEntries(h.config.categories.map(c => [c.name, h.granted(c.name)]))
  if (layer == 'preferences') opener.current ||= deepActiveElement()

  // Once the dialog has closed and the page shows what comes next, focus goes back to its opener.
  useLayoutEffect(() => {
    const back = opener.current
    if (layer != 'preferences' && back) {
      opener.current = null
      if (back.isConnected && !back.closest('[hidden]')) back.focus()
    }
  }, [layer])

  return (
    <>
      {withBanner && <Banner layer={content.banner} layout={h.config.ui ? h.config.ui.layout : 'bar'} hidden={layer != 'banner'} act={action => decide(action, 'banner')} />}
      {layer == 'preferences' && (
        <Preferences layer={content.prefs} initial={initial} close={close}
          act={(action, choices) => decide(action, origin == 'floating' ? 'floating' : 'preferences', choices)} />
      )}
    </>
  )
}
