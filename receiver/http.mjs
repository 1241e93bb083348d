// The receiver's plumbing over node:http: a bounded, strictly decoded body, and answers with the
// headers every route shares.

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Why a body could not be read: the status to answer and the reason. */
export class BodyError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/**
 * Reads a request body as strict UTF-8 text.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit: number, timeoutMs: number }} options
 * @returns the text; rejects with a BodyError: 413 over `limit` (declared or actual), 408 when the
 *   client stalls past `timeoutMs`, 400 when it disconnects mid-body or the bytes are not UTF-8
 */
export function readBody(req, { limit, timeoutMs }) {
  // An 'error' after the body was given up on must not go unhandled: that would end the process.
  req.on('error', () => {})
  if (Number(req.headers['content-length']) > limit) {
    req.resume()
    return Promise.reject(new BodyError(413, `body: larger than ${limit} bytes`))
  }
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    const onData = chunk => {
      size += chunk.length
      if (size > limit) giveUp(413, `body: larger than ${limit} bytes`)
      else chunks.push(chunk)
    }
    const onEnd = () => {
      done()
      try {
        resolve(utf8.decode(Buffer.concat(chunks)))
      } catch {
        reject(new BodyError(400, 'body: is not valid UTF-8'))
      }
    }
    // A body cut short: Node emits 'error' (ECONNRESET, "aborted") before 'end' could come.
    const onAbort = () => giveUp(400, 'body: the client disconnected before sending all of it')
    const timer = setTimeout(() => giveUp(408, `body: not received within ${timeoutMs} ms`), timeoutMs)
    req.on('data', onData).on('end', onEnd).on('error', onAbort)

    function done() {
      clearTimeout(timer)
      req.off('data', onData).off('end', onEnd).off('error', onAbort)
    }
    function giveUp(status, message) {
      done()
      // Whatever else the client sends is discarded, not buffered; the answer closes the connection.
      req.resume()
      reject(new BodyError(status, message))
    }
  })
}

/** The media type of a request, lower case and without parameters; '' when its charset is not UTF-8. */
export function mediaType(req) {
  const [type, ...params] = String(req.headers['content-type'] || '').toLowerCase().split(';').map(s => s.trim())
  const charset = params.find(p => p.startsWith('charset='))
  return charset && !/^charset="?utf-8"?$/.test(charset) ? '' : type
}

/** Parses a request target; null for one a URL cannot be made of (`//`, `http://[`, …). */
export function parseTarget(req) {
  const target = req.url || ''
  if (!target.startsWith('/') || target.startsWith('//')) return null
  try {
    return new URL(target, 'http://receiver.invalid')
  } catch {
    return null
  }
}

/** Headers of every answer: no caching of the log, no sniffing. */
const BASE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }

/** The headers of an HTML page of the log: a policy that lets nothing but its own stylesheet run. */
export const PAGE = {
  ...BASE, 'content-type': 'text/html; charset=utf-8', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}

/** Answers JSON. */
export function json(res, status, value, headers = {}) {
  if (res.headersSent) return void res.destroy()
  res.writeHead(status, { ...BASE, 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(value))
}

/** Answers `{ error }` with a status. */
export const fail = (res, status, error, headers = {}) => json(res, status, { error }, headers)

/** Answers an HTML page. */
export function html(res, status, body, headers = {}) {
  if (res.headersSent) return void res.destroy()
  res.writeHead(status, { ...PAGE, ...headers }).end(body)
}

/** The headers an answer needs so that a browser, a proxy and the SDK all wait before trying again. */
export const retryAfter = seconds => ({ 'retry-after': String(Math.max(1, Math.ceil(seconds))) })
