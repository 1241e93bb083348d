// CORS for the endpoints browsers post to: the shop's own origins from an allow-list, `*` only
// without credentials, never `null`.

/**
 * @param {{ allowedOrigins: string[], credentials: boolean }} options
 * @returns `(req, res) => boolean`: sets the CORS headers of an allowed request and returns true;
 *   false for an Origin that is neither the receiver's own nor on the list
 */
export function createCors({ allowedOrigins, credentials }) {
  const list = new Set(allowedOrigins.map(normalizeOrigin))
  const any = list.delete('*')
  if (any && credentials) throw new Error("allowedOrigins: '*' cannot go with credentials; list the shop's origins")
  return function cors(req, res) {
    res.setHeader('vary', 'Origin')
    const origin = req.headers.origin
    // No Origin: not a browser's cross-origin request (curl, a server, an old browser's same-origin POST).
    if (origin === undefined) return true
    if (origin === 'null' || typeof origin != 'string') return false
    if (list.has(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      if (credentials) res.setHeader('access-control-allow-credentials', 'true')
    } else if (any) {
      res.setHeader('access-control-allow-origin', '*')
    } else {
      return sameOrigin(origin, req)
    }
    // The SDK reads Retry-After of a 429 or 503 to time its next try.
    res.setHeader('access-control-expose-headers', 'Retry-After')
    return true
  }
}

/** The headers of an answer to an allowed preflight. */
export function preflight(req) {
  const asked = String(req.headers['access-control-request-headers'] || '').split(',')
    .map(h => h.trim().toLowerCase()).filter(h => /^[!#$%&'*+.^_`|~\w-]{1,64}$/.test(h)).slice(0, 20)
  return {
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': [...new Set(['content-type', ...asked])].join(', '),
    'access-control-max-age': '86400'
  }
}

/** `https://Shop.example:443/` → `https://shop.example`; throws for what is not an http(s) origin. */
export function normalizeOrigin(value) {
  if (value == '*') return value
  const url = new URL(value)
  if (!/^https?:$/.test(url.protocol) || url.origin == 'null') throw new Error(`allowedOrigins: ${value} is not an http(s) origin`)
  return url.origin
}

const sameOrigin = (origin, req) => {
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}
