import type { Action, Layer } from './content'
import { describedBy, LayerBody } from './layer'

/** What the banner shows and does. */
export interface BannerProps {
  /** Its texts. */
  layer: Layer
  /** `bar` along the bottom or `box` in a corner. */
  layout: 'bar' | 'box'
  /** Hidden while the preferences dialog is open over it, so its buttons stay where focus can return. */
  hidden: boolean
  /** Runs a button's action. */
  act(action: Action): void
}

/** The first layer: a labelled, non-modal region that overlays the page without moving it. */
export function Banner({ layer, layout, hidden, act }: BannerProps) {
  return (
    <section class={`banner ${layout}`} part="banner" hidden={hidden}
      aria-labelledby="banner-title" aria-describedby={describedBy('banner', layer)}>
      <LayerBody layer={layer} id="banner" act={act} />
    </section>
  )
}
