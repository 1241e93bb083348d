import type { ComponentChildren } from 'preact'
import type { Action, Layer } from './content'
import { SafeLink, SafeText } from './safe-text'

/** What a layer's body needs besides its texts. */
export interface LayerBodyProps {
  /** The texts to render, in order. */
  layer: Layer
  /** The id prefix of its heading and paragraphs (the banner and dialog are labelled by them). */
  id: string
  /** Runs a button's action. */
  act(action: Action): void
  /** What goes between the text and the buttons (the dialog's switches). */
  children?: ComponentChildren
}

/** The ids of a layer's paragraphs, which describe it. */
export const describedBy = (id: string, layer: Layer): string => layer.body.map((_, i) => `${id}-text-${i}`).join(' ')

/** Heading, paragraphs and policy link, then the children, then the buttons: the order of `Layer`. */
export function LayerBody({ layer, id, act, children }: LayerBodyProps) {
  return (
    <>
      <h2 id={`${id}-title`} class="title">{layer.title}</h2>
      {layer.body.map((text, i) => <p id={`${id}-text-${i}`} class="text"><SafeText text={text} /></p>)}
      {layer.link && <p class="policy"><SafeLink label={layer.link[0]} url={layer.link[1]} /></p>}
      {children}
      <div class="actions">
        {layer.buttons.map(([action, label]) => (
          <button type="button" class="button" part="button" data-action={action} onClick={() => act(action)}>{label}</button>
        ))}
      </div>
    </>
  )
}
