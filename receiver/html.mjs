// The frame of the receiver's pages: every value escaped, one stylesheet, no script.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attributes. */
export const esc = value => String(value ?? '').replace(/[&<>"']/g, c => ENTITIES[c])

/** A whole page: `nav` marks the current one of the log's pages ('log', 'stats' or none). */
export function shell({ title, body, nav = '' }) {
  const link = (href, name, label) => name == nav ? `<a href="${href}" aria-current="page">${label}</a>` : `<a href="${href}">${label}</a>`
  const menu = nav ? `<nav aria-label="Consent log">${link('/consent-log', 'log', 'Records')} ${link('/consent-stats', 'stats', 'Stats')}
  <form method="post" action="/consent-log/sign-out"><button>Sign out</button></form></nav>` : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><link rel="icon" href="/consent-log/icon.svg"><link rel="stylesheet" href="/consent-log/log.css"></head>
<body><header><h1>${esc(title)}</h1>${menu}</header>
<main>${body}</main></body></html>`
}
