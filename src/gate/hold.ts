import type { Install, Realm } from '../guard'

/** The attributes through which each element loads from a URL, by tag name. */
const URL_ATTRS: Record<string, string[]> = {
  script: ['src', 'href'], iframe: ['src', 'srcdoc'], frame: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'],
  link: ['href'], video: ['src', 'poster'], audio: ['src'], track: ['src'], object: ['data'], embed: ['src'],
  a: ['ping'], area: ['ping'], image: ['href', 'xlink:href'], input: ['src'], base: ['href']
}
/** The element properties that set those attributes, by interface; each property is named as its attribute. */
const PROPS: [string, string[]][] = [
  ['HTMLScriptElement', ['src']], ['HTMLIFrameElement', ['src', 'srcdoc']], ['HTMLFrameElement', ['src']],
  ['HTMLImageElement', ['src', 'srcset']], ['HTMLSourceElement', ['src', 'srcset']], ['HTMLLinkElement', ['href']],
  ['HTMLMediaElement', ['src']], ['HTMLVideoElement', ['poster']], ['HTMLTrackElement', ['src']],
  ['HTMLObjectElement', ['data']], ['HTMLEmbedElement', ['src']], ['HTMLAnchorElement', ['ping']],
  ['HTMLAreaElement', ['ping']], ['HTMLInputElement', ['src']], ['HTMLBaseElement', ['href']]
]
/** The methods that insert nodes, by interface: a node built elsewhere (a template, DOMParser) is held before it arrives. */
const INSERTS: [string, string[]][] = [
  ['Node', ['appendChild', 'insertBefore', 'replaceChild']],
  ['Element', ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement']],
  ['CharacterData', ['before', 'after', 'replaceWith']],
  ['DocumentFragment', ['append', 'prepend', 'replaceChildren']],
  ['Document', ['append', 'prepend', 'replaceChildren', 'importNode', 'adoptNode']],
  ['Range', ['insertNode']]
]
/** Where a held element keeps what it was held back from: `data-consentry-src`, …, and `data-consentry-category`. */
export const MARK = 'data-consentry-'
const POSITIONS: Record<string, 'before' | 'prepend' | 'append' | 'after'> = { beforebegin: 'before', afterbegin: 'prepend', beforeend: 'append', afterend: 'after' }

/** The category that holds a URL back, or undefined when it may load. */
export type Judge = (url: string, base: string) => string | undefined

/** The URLs one attribute value names: a `srcset` lists candidates, a `ping` several URLs. */
const urls = (value: string, attr: string): string[] =>
  attr == 'srcset' ? value.split(',').map(c => c.trim().split(/\s+/)[0]) : attr == 'ping' ? value.split(/\s+/) : [value]

/** What holds elements: `install` patches a realm, `holdTree` holds a subtree found by other means. */
export interface Holder {
  install: Install
  /** Holds the element and its descendants that would load from a host not granted. */
  holdTree(node: Node): void
  /** The local names of the attributes through which elements load, for the gate's observer (`xlink:href` is an `href`). */
  attributes: string[]
}

type Proto = Record<string, any>
const protoOf = (w: Realm, type: string): Proto | undefined => (w as unknown as Record<string, { prototype: Proto }>)[type]?.prototype

/**
 * Holds every element that would load from an owned host whose category is not granted: its URL
 * attributes move to `data-consentry-<attr>` before the browser sees them, and `held` registers
 * it with the gate, which puts them back once on release. Every way an element gets such an
 * attribute is covered: the properties and `setAttribute` / `setAttributeNS` / `Attr.value`, the
 * HTML parsers of script (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `setHTMLUnsafe`,
 * `createContextualFragment`, `document.write`), and nodes built in another document and
 * inserted. The gate's MutationObserver covers the page's own parsed HTML.
 */
export function createHolder(judge: Judge, held: (el: Element) => void): Holder {
  const natives = {
    set: Element.prototype.setAttribute,
    remove: Element.prototype.removeAttribute,
    inner: Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
  }
  let inert: Document | undefined
  let quiet = false
  // Made here rather than at the module's top, so a bundle that leaves the gate out keeps none of it.
  // A subtree is searched by tag: an attribute selector misses `xlink:href`, an attribute in a namespace.
  const loads = Object.keys(URL_ATTRS).join()
  const attributes = [...new Set(Object.values(URL_ATTRS).flat().filter(a => !a.includes(':')))]

  /**
   * A frame's `srcdoc` with what it would load from owned hosts held in its markup, or null when
   * it holds nothing. The frame's document is parsed by the browser, out of reach, so the markup
   * is held before it gets there; the gate finds the held elements when the frame loads.
   */
  const holdDoc = (html: string, base: string): string | null => {
    quiet = true
    try {
      const { held, box } = parse(null, html, (box, h) => natives.inner.call(box, h), base)
      return held ? box.innerHTML : null
    } finally {
      quiet = false
    }
  }
  /** Parses markup as `context`'s children would be parsed, in an inert document where nothing loads, and holds what it must. */
  const parse = (context: Element | null, html: unknown, parseIn: (box: Element, html: unknown) => void, base: string) => {
    inert ||= document.implementation.createHTMLDocument('')
    const box = inert.createElementNS(context?.namespaceURI || 'http://www.w3.org/1999/xhtml', context?.localName || 'body')
    parseIn(box, html)
    return { nodes: [...box.childNodes], held: holdTree(box, base), box }
  }

  /** Moves one attribute's value aside when its category is not granted; true when it did. */
  const holdAttr = (el: Element, attr: string, value: unknown, base = el.ownerDocument.baseURI): boolean => {
    const name = attr.toLowerCase().replace(/^xlink:/, '')
    if (name == 'srcdoc') {
      const held = el.localName == 'iframe' && value != null && holdDoc(String(value), base)
      if (held) natives.set.call(el, 'srcdoc', held)
      return !!held
    }
    const category = URL_ATTRS[el.localName]?.includes(name) && value != null && urls(String(value), name).map(url => judge(url, base)).find(Boolean)
    if (!category) return false
    natives.set.call(el, MARK + name, String(value))
    natives.remove.call(el, attr)
    const categories = new Set((el.getAttribute(MARK + 'category') || '').split(' ').filter(Boolean)).add(category)
    natives.set.call(el, MARK + 'category', [...categories].join(' '))
    if (!quiet) held(el)
    return true
  }
  const hold = (el: Element, base?: string): boolean => {
    let any = false
    for (const attr of URL_ATTRS[el.localName] || []) any = holdAttr(el, attr, el.getAttribute(attr), base) || any
    return any
  }
  /** Holds a subtree; `base` is the base URL of the document it is going to, when it is built elsewhere. */
  const holdTree = (node: Node, base?: string): boolean => {
    let any = false
    if (node.nodeType == 1) any = hold(node as Element, base)
    if ((node as ParentNode).querySelectorAll) for (const el of (node as ParentNode).querySelectorAll(loads)) any = hold(el, base) || any
    return any
  }

  const install: Install = w => {
    const wrap = (type: string, name: string, make: (native: any) => (this: any, ...args: any[]) => unknown): void => {
      const proto = protoOf(w, type)
      const at = proto && Object.getOwnPropertyDescriptor(proto, name)
      if (!at) return
      if (at.set) Object.defineProperty(proto, name, { ...at, set: make(at.set) })
      else proto[name] = make(at.value)
    }
    const markup = (html: unknown) => String(html).includes('<')
    const setInner = Object.getOwnPropertyDescriptor(w.Element.prototype, 'innerHTML')!.set!
    /** Parses markup aside as this realm's `innerHTML` would, for the document it goes to. */
    const parseHTML = (context: Element | null, html: unknown) => parse(context, html, (box, h) => setInner.call(box, h), w.document.baseURI)

    for (const [type, props] of PROPS) {
      for (const prop of props) wrap(type, prop, set => function (value) { holdAttr(this, prop, value) || set.call(this, value) })
    }
    wrap('Element', 'setAttribute', set => function (name, value) { holdAttr(this, String(name), value) || set.call(this, name, value) })
    wrap('Element', 'setAttributeNS', set => function (ns, name, value) { holdAttr(this, String(name).replace(/^.*:/, ''), value) || set.call(this, ns, name, value) })
    wrap('Attr', 'value', set => function (value) { (this.ownerElement && holdAttr(this.ownerElement, this.name, value)) || set.call(this, value) })
    for (const [type, methods] of INSERTS) {
      for (const name of methods) {
        wrap(type, name, native => function (...args) {
          for (const arg of args) if ((arg as Node)?.nodeType) holdTree(arg, (this.ownerDocument || this).baseURI)
          return native.apply(this, args)
        })
      }
    }
    // Markup: parsed aside, held, then inserted as nodes. Scripts parsed this way never run, as
    // with the APIs themselves; a template's content is inert and left to the insertion hooks.
    const setters: [string, string, (el: any) => Element | null, (el: any, nodes: Node[]) => void][] = [
      ['Element', 'innerHTML', el => el, (el, nodes) => el.replaceChildren(...nodes)],
      ['ShadowRoot', 'innerHTML', root => root.host, (root, nodes) => root.replaceChildren(...nodes)],
      ['Element', 'outerHTML', el => el.parentElement, (el, nodes) => el.replaceWith(...nodes)]
    ]
    for (const [type, name, context, put] of setters) {
      wrap(type, name, set => function (html) {
        if (!markup(html) || this.localName == 'template' || (name == 'outerHTML' && !this.parentElement)) return set.call(this, html)
        put(this, parseHTML(context(this), html).nodes)
      })
    }
    for (const type of ['Element', 'ShadowRoot']) {
      wrap(type, 'setHTMLUnsafe', native => function (html) {
        if (!markup(html)) return native.call(this, html)
        this.replaceChildren(...parse(this.host || this, html, (box, h) => native.call(box, h), w.document.baseURI).nodes)
      })
    }
    wrap('Element', 'insertAdjacentHTML', native => function (position, html) {
      const at = POSITIONS[String(position).toLowerCase()]
      if (!at || !markup(html) || (at == 'before' || at == 'after') && !this.parentElement) return native.call(this, position, html)
      this[at](...parseHTML(at == 'before' || at == 'after' ? this.parentElement : this, html).nodes)
    })
    wrap('Range', 'createContextualFragment', native => function (html) {
      const fragment = native.call(this, html)
      holdTree(fragment)
      return fragment
    })
    // document.write goes into the parser's stream, so held markup is written as text with its
    // attributes moved aside; the gate finds it by its mark.
    for (const name of ['write', 'writeln']) {
      wrap('Document', name, native => function (...html) {
        const text = html.join('')
        if (!markup(text)) return native.apply(this, html)
        const parsed = parseHTML(this.body, text)
        return parsed.held ? native.call(this, parsed.box.innerHTML) : native.apply(this, html)
      })
    }
  }
  return { install, holdTree, attributes }
}
