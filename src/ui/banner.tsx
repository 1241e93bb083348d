import type { Ref } from 'preact'
import type { Action, Layer } from './content'
import { describedBy, LayerBody } from './layer'

/** What the first layer shows and does. */
export interface BannerProps {
  /** Its texts: the opt-in banner, the opt-out notice, the age question or the minor's note. */
  layer: Layer
  /** `bar` along the bottom or `box` in a corner. */
  layout: 'bar' | 'box'
  /** Hidden while the preferences dialog is open over it, so its buttons stay where focus can return. */
  hidden: boolean
  /** Runs a button's action. */
  act(action: Action): void
  /** Receives the banner's element, which the page makes room for. */
  section?: Ref<HTMLElement>
}

/**
 * The first layer: a labelled, non-modal region that overlays the page without moving it, early in
 * the reading order; a close button where the layer has one (the notice, the minor's note).
 */
export function Banner({ layer, layout, hidden, act, section }: BannerProps) {
  return (
    <section ref={section} class={`banner ${layout}`} part="banner" hidden={hidden}
      aria-labelledby="banner-title" aria-describedby={describedBy('banner', layer)}>
      <LayerBody layer={layer} id="banner" act={act} />
      {layer.close && <button type="button" class="close" part="close" aria-label={layer.close} onClick={() => act('close')}>×</button>}
    </section>
  )
}
