// The QA panel's live sections, each built only from the public API, the page's cookies and storages, and the server.
import { cookieNames, groupBy, owners, storageKeys } from './qa-owners.js'
import { badge, h, ownedList, section, table, unavailable } from './qa-view.js'

const short = id => (typeof id == 'string' ? id.slice(0, 8) + '…' : String(id ?? ''))

/** Everything the panel shows, as plain data, so it re-renders only when something changed. */
export function snapshot(manager, config, hits) {
  let debug = {}
  try {
    debug = manager?.debug?.() || {}
  } catch (e) {
    debug = { error: String(e) }
  }
  const ownerOfCookie = owners(config, 'cookies')
  const ownerOfKey = owners(config, 'storage')
  const local = storageKeys(localStorage)
  const session = storageKeys(sessionStorage)
  const consent = (window.dataLayer || []).filter(e => e && e[0] == 'consent').map(e => [e[1], JSON.stringify(e[2])])
  return {
    decision: manager?.get?.() ?? null,
    categories: Object.keys(config?.categories || {}),
    granted: Object.fromEntries(Object.keys(config?.categories || {}).map(c => [c, !!manager?.granted?.(c)])),
    gpc: navigator.globalPrivacyControl === true,
    lang: document.documentElement.lang,
    cookies: groupBy(cookieNames(), ownerOfCookie),
    storage: groupBy([...new Set([...local, ...session])], ownerOfKey),
    where: Object.fromEntries([...local.map(k => [k, 'local']), ...session.map(k => [k, local.includes(k) ? 'local+session' : 'session'])]),
    gated: debug.gated, refused: debug.refused, outbox: debug.outbox, signals: debug.signals,
    consentMode: consent.slice(-3),
    hits: hits.slice(-8).reverse(),
    // While records wait, the "next try" countdown must tick.
    tick: Array.isArray(debug.outbox) && debug.outbox.length ? Math.floor(Date.now() / 1000) : 0
  }
}

/** Renders a snapshot into the panel's sections. */
export function render(s) {
  const d = s.decision
  return [
    section('Decision',
      h('p', '', d ? `${d.method} · revision ${d.revision} · ${d.timestamp}` : 'No decision yet: the banner should be showing.'),
      d && h('p', 'qa-muted', `record ${short(d.id)} · subject ${short(d.subjectId)}`),
      h('ul', 'qa-cats', s.categories.map(c => h('li', '', c, ' ', badge(s.granted[c])))),
      h('p', 'qa-muted', `language <html lang="${s.lang}"> · GPC signal ${s.gpc ? 'on' : 'off'}`),
      s.signals && h('p', 'qa-muted', `jurisdiction ${s.signals.jurisdiction} · model ${s.signals.model}${d?.ageGroup ? ` · age group ${d.ageGroup}` : ''}`)),
    section('Gated elements', !Array.isArray(s.gated) ? unavailable('gated')
      : table(['element', 'category', 'state', 'src'], s.gated.map(g =>
        Object.assign([g.tag, g.category, g.state, g.src || '(inline)'], { className: `qa-${g.state}` })))),
    section('Cookies by category', ownedList(s.cookies)),
    section('Storage keys by category', ownedList(s.storage, k => s.where[k])),
    section('Refused writes and requests', !Array.isArray(s.refused) ? unavailable('refused')
      : table(['kind', 'name', 'category', 'count'], s.refused.map(r => [r.kind, r.name, r.category, r.count]))),
    section('Sync outbox', !Array.isArray(s.outbox) ? unavailable('outbox')
      : table(['record', 'method', 'attempts', 'next try'], s.outbox.map(o => {
        const record = o.record || o
        const wait = Math.round(((o.next || 0) - Date.now()) / 1000)
        return [short(record.id), record.method || '', o.attempts ?? '', wait > 0 ? `in ${wait} s` : 'now']
      }))),
    section('Google Consent Mode (dataLayer)', table(['command', 'state'], s.consentMode)),
    section('Third-party traffic the server saw', table(['kind', 'host', 'path'], s.hits.map(x => [x.kind, x.host, x.path])))
  ]
}
