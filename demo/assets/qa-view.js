// Small DOM builders for the QA panel: text only, never HTML, so nothing a page stores can inject markup.

/** Creates an element with a class and children (strings become text nodes). */
export function h(tag, className, ...children) {
  const el = document.createElement(tag)
  if (className) el.className = className
  el.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false).map(c => typeof c == 'object' ? c : String(c)))
  return el
}

/** A titled section of the panel. */
export const section = (title, ...content) => h('section', 'qa-section', h('h3', '', title), ...content)

/** A note for data a part of the SDK does not expose (yet). */
export const unavailable = entry => h('p', 'qa-muted', `not available (debug().${entry} is missing)`)

/** A compact table; `cells` are strings or elements; a row may carry a class as its `className` property. */
export function table(head, rows) {
  if (!rows.length) return h('p', 'qa-muted', 'none')
  return h('div', 'qa-scroll', h('table', 'qa-table',
    h('thead', '', h('tr', '', head.map(c => h('th', '', c)))),
    h('tbody', '', rows.map(r => h('tr', r.className || '', r.map(c => h('td', '', c)))))))
}

/** A granted / denied badge. */
export const badge = on => h('span', on ? 'qa-badge qa-on' : 'qa-badge qa-off', on ? 'granted' : 'denied')

/** Names grouped by owning category, unowned ones flagged. */
export function ownedList(groups, where) {
  const owners = Object.keys(groups).sort((a, b) => (a == 'unowned') - (b == 'unowned') || a.localeCompare(b))
  if (!owners.length) return h('p', 'qa-muted', 'none')
  return h('ul', 'qa-owned', owners.map(owner => h('li', owner == 'unowned' ? 'qa-unowned' : '',
    h('strong', '', owner == 'unowned' ? '⚠ unowned' : owner), ': ',
    groups[owner].map(n => where ? `${n} (${where(n)})` : n).join(', '))))
}

/** A button that runs `fn`. */
export function button(label, fn, title) {
  const b = h('button', 'qa-button', label)
  b.type = 'button'
  if (title) b.title = title
  b.addEventListener('click', fn)
  return b
}
