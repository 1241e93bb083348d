import { useStore } from '@nanostores/preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { Handover } from '../lazy'
import type { AgeGroup, Method, Source } from '../manager'
import { closeNotice } from '../persist'
import type { WriteSide } from '../write'
import { Banner } from './banner'
import type { Action, Content, FirstLayers } from './content'
import { deepActiveElement, focusFirst } from './focus'
import { Preferences } from './preferences'
import { useRoomForBar } from './room'

/** What the UI renders from. */
export interface AppProps {
  /** The core, as handed over. */
  h: Handover
  /** The texts of every layer. */
  content: Content
  /** Where the buttons' decisions go. */
  write: WriteSide
}

const METHODS: Partial<Record<Action, Method>> = { accept: 'accept-all', reject: 'reject-all', save: 'custom', 'opt-out': 'opt-out' }

/**
 * The UI: whatever the core's view says is shown. The first layer is the opt-out notice where the
 * model is opt-out; with an age gate, the age question until it is answered, and a minor's note
 * once a minor answered; else the banner. The banner stays (hidden) under the dialog opened from
 * it, so closing the dialog without a decision goes back to it.
 */
export function App({ h, content, write }: AppProps) {
  const { config, signals } = h
  const layout = config.ui ? config.ui.layout : 'bar'
  const { layer, origin } = useStore(h.view)
  const decision = useStore(h.store)
  const [adult, setAdult] = useState(false)
  const [announced, announce] = useState('')
  const bar = useRef<HTMLElement>(null)
  // The control focused when the dialog opens, taken before opening it hides the banner's button;
  // and the page element focused last, where focus goes back after a decision.
  const opener = useRef<HTMLElement | null>(null)
  const page = useRef<Element | null>(null)

  const minor = decision?.ageGroup == 'minor'
  const guardian = minor || decision?.ageGroup == 'minor-guardian'
  const first: keyof FirstLayers = signals.model == 'opt-out' ? 'notice'
    : minor ? 'minor'
    : config.ageGate && !decision && !adult ? 'age'
    : 'banner'
  const withBanner = layer == 'banner' || layer == 'preferences' && !decision
  const ageGroup: AgeGroup | undefined = guardian ? 'minor-guardian' : config.ageGate ? 'adult' : undefined

  const decide = (method: Method, source: Source, choices?: Record<string, boolean>) => {
    write.decide({ method, choices, source, ageGroup })
    h.show(null)
  }
  const act = (action: Action, source: Source, choices?: Record<string, boolean>) => {
    const method = METHODS[action]
    if (method) return decide(method, source, choices)
    if (action == 'manage' || action == 'guardian') {
      opener.current = deepActiveElement()
      h.show('preferences')
    } else if (action == 'adult') setAdult(true)
    else if (action == 'minor') {
      write.decide({ method: 'reject-all', source, ageGroup: 'minor' })
      h.show('banner')
    } else {
      // Closing the opt-out notice without a choice keeps it closed for the session.
      if (signals.model == 'opt-out' && !h.store.get()) closeNotice()
      h.show(null)
    }
  }
  const close = () => h.show(h.store.get() || signals.model == 'opt-out' ? null : 'banner')
  const initial = Object.fromEntries(config.categories.map(c => [c.name, h.granted(c.name)]))
  if (layer == 'preferences') opener.current ||= deepActiveElement()

  // A reset forgets the age group with the decision, so the age question comes again: before the
  // browser paints, so the banner never shows for a frame in its place.
  useLayoutEffect(() => {
    if (!decision) setAdult(false)
  }, [decision])

  // The page element focused last before focus came into the UI.
  useEffect(() => {
    const host = h.root().host
    const note = (e: FocusEvent) => {
      if (e.target != host) page.current = e.target as Element
    }
    document.addEventListener('focusin', note)
    return () => document.removeEventListener('focusin', note)
  }, [])

  // When the dialog closes back to the banner, focus returns to the button that opened it. When
  // everything closes and took the focus with it, focus goes somewhere sensible, never to <body>:
  // the dialog's opener, else the floating button, else the page element focused last, else the
  // page's own "Cookie settings" link.
  useLayoutEffect(() => {
    if (layer == 'preferences') return
    const back = opener.current
    opener.current = null
    const root = h.root()
    const lost = document.activeElement == document.body || document.activeElement == root.host && !root.activeElement
    if (back && layer == 'banner') focusFirst([back])
    else if (lost && !layer) focusFirst([back, root.querySelector('.floating'), page.current, document.querySelector('[data-consentry="preferences"]')])
  }, [layer])

  // The first layer is announced when it appears: a status message (a polite live region
  // rendered empty first, so screen readers hear the change).
  useEffect(() => announce(layer == 'banner' ? content[first].title : ''), [layer, first])
  useRoomForBar(bar, layer == 'banner' && layout == 'bar')

  return (
    <>
      <div class="visually-hidden" role="status">{announced}</div>
      {withBanner && (
        <Banner layer={content[first]} layout={layout} hidden={layer != 'banner'} section={bar} act={action => act(action, 'banner')} />
      )}
      {layer == 'preferences' && (
        <Preferences layer={content.prefs} note={guardian ? content.guardianNote : undefined} sensitive={content.sensitive}
          initial={initial} close={close}
          act={(action, choices) => act(action, origin == 'floating' ? 'floating' : 'preferences', choices)} />
      )}
    </>
  )
}
