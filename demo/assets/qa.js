// The demo's QA panel. It lives outside the SDK and drives it only through its public API (SPEC 1.4).
import { blockedSection, watchBlocked } from './qa-blocked.js'
import { readConfig } from './qa-owners.js'
import { render, snapshot } from './qa-sections.js'
import { button, h } from './qa-view.js'

const config = readConfig()
// The JSON block already started Consentry, so this init returns that manager (and warns once, as SPEC 1.2 says).
const manager = window.Consentry && config ? window.Consentry.init(config) : null
let settings = { revision: '?', receiver: 'ok' }
let hits = []
let last = ''
const blocked = watchBlocked(() => update())

const post = change => fetch('/demo/settings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(change) })
  .then(r => r.json()).then(s => (settings = s))
const setCookie = (name, value) => (document.cookie = value == null
  ? `${name}=; path=/; max-age=0` : `${name}=${value}; path=/; max-age=31536000; SameSite=Lax`)

const body = h('div', 'qa-body')
body.id = 'qa-body'
const live = h('div', 'qa-live')
const mode = h('select', 'qa-select', ['ok', '503', 'slow', 'offline'].map(m => {
  const o = h('option', '', { ok: 'receiver: OK', 503: 'receiver: 503', slow: 'receiver: slow (3 s)', offline: 'receiver: offline' }[m])
  o.value = m
  return o
}))
mode.setAttribute('aria-label', 'Receiver behaviour')
mode.addEventListener('change', () => post({ receiver: mode.value }).then(update))
const revision = button('Bump revision', () => post({ revision: Number(settings.revision) + 1 }).then(() => location.reload()))

// Where the visitor is: a shop's CDN writes it from its geo header; the demo server takes this
// cookie in its place and writes the consentry-jurisdiction meta tag the SDK reads.
const JURISDICTIONS = { '': 'not known (opt-in)', DE: 'EU: Germany (opt-in)', 'US-CA': 'US: California (opt-out)', CN: 'China (opt-in, PIPL)' }
const place = h('select', 'qa-select', Object.entries(JURISDICTIONS).map(([code, label]) => {
  const o = h('option', '', `jurisdiction: ${label}`)
  o.value = code
  return o
}))
place.setAttribute('aria-label', 'Jurisdiction')
place.value = document.querySelector('meta[name="consentry-jurisdiction"]')?.content || ''
place.addEventListener('change', () => {
  setCookie('demo_jurisdiction', place.value || null)
  location.reload()
})

const gpcOn = /(?:^|;\s*)demo_gpc=1(?:;|$)/.test(document.cookie)
const controls = h('div', 'qa-controls',
  manager ? [
    button('Accept all', () => manager.acceptAll()),
    button('Reject all', () => manager.rejectAll()),
    button('Preferences', () => manager.showPreferences()),
    button('Reset', () => manager.reset(), 'Forget the decision and show the banner again')
  ] : h('p', 'qa-warn', 'Consentry is not running on this page (is dist/ built?).'),
  button(document.documentElement.lang == 'zh-CN' ? 'Language: English' : 'Language: 中文', () => {
    const next = document.documentElement.lang == 'zh-CN' ? 'en' : 'zh-CN'
    document.documentElement.lang = next
    setCookie('demo_lang', next)
    location.reload()
  }),
  button(`GPC signal: ${gpcOn ? 'on' : 'off'}`, () => (setCookie('demo_gpc', gpcOn ? null : '1'), location.reload()),
    'Simulate a browser that sends Global Privacy Control'),
  revision, mode, place,
  h('a', 'qa-link', 'Consent log →'))
controls.lastChild.href = '/consent-log'

const toggle = h('button', 'qa-toggle', 'QA')
toggle.type = 'button'
toggle.setAttribute('aria-controls', 'qa-body')
const open = value => {
  body.hidden = !value
  toggle.setAttribute('aria-expanded', String(value))
  panel.classList.toggle('qa-open', value)
  sessionStorage.setItem('demo_qa_open', value ? '1' : '')
  if (value) update()
}
toggle.addEventListener('click', () => open(body.hidden))
body.append(controls, live)
const panel = h('aside', 'qa', toggle, body)
panel.setAttribute('aria-label', 'QA panel')
document.body.append(panel)
open(sessionStorage.getItem('demo_qa_open') == '1')

function update() {
  revision.textContent = `Bump revision (now ${settings.revision})`
  mode.value = settings.receiver
  if (body.hidden) return
  const s = snapshot(manager, config, hits)
  const key = JSON.stringify([s, blocked.list()])
  if (key == last) return
  last = key
  live.replaceChildren(...render(s), blockedSection(blocked.list()))
}

manager?.on('change', update)
addEventListener('consentry:change', update)
fetch('/demo/settings').then(r => r.json()).then(s => (settings = s, update()))
// Cookies, storages, the outbox and the server's hits change without events; a QA view can afford to poll.
setInterval(() => {
  if (body.hidden) return
  fetch('/demo/hits').then(r => r.json()).then(h => (hits = h, update()), update)
  blocked.poll()
}, 1000)
