/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact'
import type { Action, Layer } from './content'
import { SafeText, safeUrl } from './safe-text'

/** What a layer needs besides its texts. */
export interface LayerProps {
  /** The texts to render, in order. */
  layer: Layer
  /** Runs a button's action; the element is where focus returns. */
  act(action: Action, from: HTMLElement): void
}

/** Heading, paragraphs and policy link, shared by both layers; `id` prefixes the ARIA ids. */
function Head({ layer, id }: { layer: Layer; id: string }) {
  return <>
    <h2 id={id + 't'}>{layer.title}</h2>
    {layer.body.map((text, i) => <p id={id + 'd' + i}><SafeText text={text} /></p>)}
    {layer.link && <p>{safeUrl(layer.link[1]) ? <a href={layer.link[1]}>{layer.link[0]}</a> : layer.link[0]}</p>}
  </>
}

function Buttons({ layer, act }: LayerProps) {
  return <div class="r">
    {layer.buttons.map(([action, label]) =>
      <button type="button" class="n" data-action={action} onClick={e => act(action, e.currentTarget)}>{label}</button>)}
  </div>
}

const describedBy = (id: string, layer: Layer) => layer.body.map((_, i) => id + 'd' + i).join(' ')

/** The first layer: a labelled, non-modal region along the bottom (`bar`) or in a corner (`box`). */
export function Banner(props: LayerProps & { layout: string; hidden: boolean }) {
  return <section class={'b ' + props.layout} hidden={props.hidden} aria-labelledby="bt" aria-describedby={describedBy('b', props.layer)}>
    <Head layer={props.layer} id="b" /><Buttons {...props} />
  </section>
}

/** What the dialog needs to show and flip its switches and to close. */
export interface PrefsProps extends LayerProps {
  /** Each category's switch state. */
  choices: Record<string, boolean>
  /** Flips a category's switch. */
  flip(name: string): void
  /** Closes without deciding (Escape, the close button). */
  close(): void
  /** Handles Tab and Escape inside the dialog. */
  keys(e: KeyboardEvent): void
}

/** The second layer: a modal dialog with one switch per category, named by the category title. */
export function Prefs(props: PrefsProps) {
  const { layer, choices } = props
  return <>
    <div class="k" />
    <div class="p" role="dialog" aria-modal="true" aria-labelledby="pt" aria-describedby={describedBy('p', layer)} onKeyDown={props.keys}>
      <Head layer={layer} id="p" />
      <ul>{layer.rows.map(r => <li>
        <label for={'s-' + r.name} id={'l-' + r.name}>{r.title}</label>
        <button type="button" role="switch" class="s" id={'s-' + r.name} aria-labelledby={'l-' + r.name}
          aria-describedby={'d-' + r.name} aria-checked={choices[r.name]} disabled={r.required} onClick={() => props.flip(r.name)} />
        <p id={'d-' + r.name}>{r.description && <SafeText text={r.description} />}{r.note && <strong> {r.note}</strong>}</p>
      </li>)}</ul>
      <Buttons {...props} />
      <button type="button" class="x" aria-label={layer.close} onClick={props.close}>×</button>
    </div>
  </>
}
