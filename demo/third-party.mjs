// The shop's "third parties": an analytics sink, an ad pixel and a video player, all answered by the demo server.
import { videoPage } from './pages.mjs'

// A transparent 1×1 GIF, the classic web beacon.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const KEEP = 200

/**
 * Answers the third-party routes and records every hit, so QA (and tests) can see what left the page and when.
 * @returns `{ hits, handle(req, res, url): boolean }`
 */
export function createThirdParty() {
  const hits = []
  const record = (kind, req, url) => {
    hits.push({ kind, host: String(req.headers.host || ''), path: url.pathname + url.search, at: new Date().toISOString() })
    if (hits.length > KEEP) hits.shift()
  }
  function handle(req, res, url) {
    if (url.pathname == '/collect') {
      record('analytics', req, url)
      req.resume()
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
    } else if (url.pathname == '/px.gif') {
      record('pixel', req, url)
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' }).end(GIF)
    } else if (url.pathname == '/embed/video') {
      record('embed', req, url)
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "script-src 'self'; style-src 'self'"
      }).end(videoPage())
    } else {
      return false
    }
    return true
  }
  return { hits, handle }
}
