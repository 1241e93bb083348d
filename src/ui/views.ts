import type { Action, Layer } from './content'
import { type Child, h } from './dom'
import { link, SafeText } from './safe-text'

/** What a layer needs besides its texts. */
export interface LayerProps {
  /** The texts to render, in order. */
  layer: Layer
  /** Runs a button's action; the element is where focus returns. */
  act(action: Action, from: HTMLElement): void
}

const text = (value: string) => h(SafeText, { text: value })
const describedBy = (id: string, layer: Layer) => layer.body.map((_, i) => id + 'd' + i).join(' ')
const button = (props: Record<string, unknown>, ...children: Child[]) => h('button', { type: 'button', ...props }, ...children)

/** Heading, paragraphs and policy link, then (dialog) the switches, then the buttons: the order of `Layer`. */
function body({ layer, act }: LayerProps, id: string, rows: Child = null): Child {
  return [
    h('h2', { id: id + 't' }, layer.title),
    layer.body.map((value, i) => h('p', { id: id + 'd' + i }, text(value))),
    layer.link && h('p', null, link(...layer.link)),
    rows,
    h('div', { class: 'r' }, layer.buttons.map(([action, label]) =>
      button({ class: 'n', onClick: (e: MouseEvent) => act(action, e.currentTarget as HTMLElement) }, label)))
  ]
}

/** The first layer: a labelled, non-modal region along the bottom (`bar`) or in a corner (`box`). */
export function Banner(props: LayerProps & { layout: string }): HTMLElement {
  return h('section', { class: 'b ' + props.layout, 'aria-labelledby': 'bt', 'aria-describedby': describedBy('b', props.layer) },
    body(props, 'b'))
}

/** What the dialog needs to show and flip its switches and to close. */
export interface PrefsProps extends LayerProps {
  /** Each category's switch state. */
  choices: Record<string, boolean>
  /** Flips a category's switch and returns its new state. */
  flip(name: string): boolean
  /** Closes without deciding (Escape, the close button). */
  close(): void
  /** Handles Tab and Escape inside the dialog. */
  keys(e: KeyboardEvent): void
}

/** The second layer: a modal dialog with one switch per category, named by the category title. */
export function Prefs(props: PrefsProps): Child {
  const { layer, choices } = props
  const rows = h('ul', null, layer.rows.map(r => h('li', null,
    h('label', { for: 's-' + r.name, id: 'l-' + r.name }, r.title),
    button({
      role: 'switch', class: 's', id: 's-' + r.name, 'aria-labelledby': 'l-' + r.name, 'aria-describedby': 'd-' + r.name,
      'aria-checked': choices[r.name], disabled: r.required,
      // Only this attribute changes, so the switch is updated in place and keeps focus.
      onClick: (e: MouseEvent) => (e.currentTarget as Element).setAttribute('aria-checked', '' + props.flip(r.name))
    }),
    h('p', { id: 'd-' + r.name }, text(r.description), r.note && h('strong', null, ' ', r.note)))))
  return [
    h('div', { class: 'k' }),
    h('div', { class: 'p', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pt', 'aria-describedby': describedBy('p', layer), onKeyDown: props.keys },
      body(props, 'p', rows),
      button({ class: 'x', 'aria-label': layer.close, onClick: props.close }, '×'))
  ]
}
