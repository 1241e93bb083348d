/**
 * A tiny DOM builder in place of a UI framework (Preact alone was a third of the first-visit
 * budget). `h` makes real elements at once, no virtual DOM; the UI keeps its nodes and changes
 * them in place, so nothing needs diffing.
 */

/** What a node may contain: elements, text, nested lists; false, null and undefined are skipped. */
export type Child = Node | string | number | false | null | undefined | Child[]

/** Attributes and `on<Event>` handlers of an element. */
export type Props = Record<string, unknown> | null

/** Appends a child, flattened; `append` turns strings into text nodes, so a string is never parsed as HTML. */
const add = (parent: ParentNode, c: Child): void => {
  if (Array.isArray(c)) c.forEach(x => add(parent, x))
  else if (c != null && c !== false) parent.append(typeof c == 'object' ? c : '' + c)
}

/** Calls a component with its props and children. */
export function h<P>(tag: (props: P & { children: Child[] }) => Child, props: P, ...children: Child[]): Child
/**
 * Builds an element: `class` and other attributes are set unless false, null or undefined; `aria-*`
 * values are stringified (`aria-checked: false` is "false"); `hidden` and `disabled` are properties;
 * `onClick` and friends become event listeners.
 */
export function h(tag: string, props?: Props, ...children: Child[]): HTMLElement
export function h(tag: string | ((props: Record<string, unknown>) => Child), props?: Props, ...children: Child[]): Child {
  if (typeof tag != 'string') return tag({ ...props, children })
  // Typed as a button only so `disabled` may be set; other elements ignore it.
  const el = document.createElement(tag) as HTMLButtonElement
  for (const k in props) {
    const v = props[k]
    if (/^on/.test(k)) el.addEventListener(k.slice(2).toLowerCase(), v as EventListener)
    else if (k == 'hidden' || k == 'disabled') el[k] = !!v
    else if (v != null && (v !== false || /^aria/.test(k))) el.setAttribute(k, v as string)
  }
  add(el, children)
  return el
}

/**
 * Puts `node` in `box` in place of what it held. Moving or replacing the focused element blurs it,
 * so focus goes back to it if it is still shown, else to the new element with its id.
 */
export function render(node: Child, box: Element): void {
  const root = box.getRootNode() as Document | ShadowRoot
  const was = root.activeElement as HTMLElement | null
  box.replaceChildren()
  add(box, node)
  const to = was && (was.isConnected ? was : was.id && root.getElementById(was.id))
  if (to && to != root.activeElement) to.focus()
}
