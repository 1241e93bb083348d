import type { Page } from '@playwright/test'
import type { TestServer } from './server'

/** The red-team config: analytics owns tracker.localhost (and `_ga*` cookies and keys), marketing px.localhost. */
export const config = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ga*'], storage: ['_ga*'], hosts: ['tracker.localhost'] },
    marketing: { cookies: ['_fbp'], storage: ['_fbp'], hosts: ['*.px.localhost'] }
  }
}

/** `http://tracker.localhost:PORT`: an owned host, served by the test server. */
export const tracker = (server: TestServer) => server.origin.replace('127.0.0.1', 'tracker.localhost')

/** The requests the owned hosts sent to the test server, as paths. */
export const owned = (server: TestServer) =>
  server.seen.filter(s => /(^|\.)(tracker|px)\.localhost/.test(s.headers.host || '')).map(s => s.path)

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/**
 * Serves the tracker: `*.js` pushes its name into `window.ran` (or the worker's log), `*.gif` a
 * pixel, `*.css` a stylesheet, `*.html` a page, anything else 200 with CORS.
 */
export function serveTracker(server: TestServer): void {
  server.route('/t/*', (req, res) => {
    const path = req.url!.split('?')[0]
    const name = path.split('/').pop()!
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' }
    if (name.endsWith('.js')) return void res.writeHead(200, { ...cors, 'content-type': 'text/javascript' }).end(`(self.ran = self.ran || []).push(${JSON.stringify(name)})`)
    if (name.endsWith('.gif')) return void res.writeHead(200, { ...cors, 'content-type': 'image/gif' }).end(GIF)
    if (name.endsWith('.css')) return void res.writeHead(200, { ...cors, 'content-type': 'text/css' }).end('body{}')
    if (name.endsWith('.html')) return void res.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<p>embed</p>')
    if (name.endsWith('.sse')) return void res.writeHead(200, { ...cors, 'content-type': 'text/event-stream' }).end('data: hi\n\n')
    res.writeHead(200, { ...cors, 'content-type': 'text/plain' }).end('ok')
  })
}

/** Calls a manager method on the page, e.g. `consent(page, 'update', { analytics: true })`. */
export const consent = (page: Page, method: string, arg?: unknown) =>
  page.evaluate(([m, a]) => (window as any).Consentry.init({ categories: {} })[m as string](a), [method, arg])
