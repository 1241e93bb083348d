import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TestServer } from './server'

/** What the receiver answers a POST: a status with optional headers, or 'drop' to cut the connection. */
export type Fault = number | { status: number; headers?: Record<string, string> } | 'drop'

/** A POST the receiver saw, in order. */
export interface Post {
  /** The request's content-type header. */
  type: string
  /** Every request header. */
  headers: IncomingMessage['headers']
  /** The parsed body (a record), or undefined when it was not JSON. */
  record: Record<string, unknown> | undefined
  /** What the receiver answered (0: connection dropped). */
  status: number
}

/** A consent receiver on another origin, with CORS, preflight and injected faults. */
export interface Receiver {
  /** The endpoint URL, on `server.otherOrigin`. */
  url: string
  /** Every POST, in order, faults included. */
  posts: Post[]
  /** Every preflight (OPTIONS) request's headers. */
  preflights: IncomingMessage['headers'][]
  /** Records stored, deduped on `id` as SPEC 1.7 asks of a receiver. */
  stored: Map<string, Record<string, unknown>>
}

/**
 * Serves `/api/consent` on `server.otherOrigin`, so the page's origin differs from the endpoint's.
 * The first POSTs get `faults`, in order; later ones 201 (or 200 for an `id` already stored). It
 * accepts JSON sent as `application/json` or as `text/plain` (what `sendBeacon` sends), allows the
 * preflight for `allowHeaders`, and exposes `Retry-After`.
 */
export function startReceiver(server: TestServer, { faults = [] as Fault[], allowHeaders = ['content-type'] } = {}): Receiver {
  const receiver: Receiver = { url: `${server.otherOrigin}/api/consent`, posts: [], preflights: [], stored: new Map() }
  const cors = (req: IncomingMessage) => ({
    'access-control-allow-origin': req.headers.origin || '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin'
  })
  server.route('/api/consent', (req: IncomingMessage, res: ServerResponse, body: string) => {
    if (req.method == 'OPTIONS') {
      receiver.preflights.push(req.headers)
      res.writeHead(204, {
        ...cors(req),
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': allowHeaders.join(', '),
        'access-control-max-age': '0'
      }).end()
      return
    }
    let record: Record<string, unknown> | undefined
    try {
      record = JSON.parse(body)
    } catch {
      record = undefined
    }
    const post: Post = { type: String(req.headers['content-type']), headers: req.headers, record, status: 0 }
    receiver.posts.push(post)
    const fault = faults.shift()
    if (fault == 'drop') return void req.socket.destroy()
    if (fault !== undefined) {
      const { status, headers = {} } = typeof fault == 'number' ? { status: fault } : fault
      post.status = status
      return void res.writeHead(status, { ...cors(req), ...headers }).end()
    }
    const id = record && typeof record.id == 'string' ? record.id : ''
    post.status = !id ? 400 : receiver.stored.has(id) ? 200 : 201
    if (id && !receiver.stored.has(id)) receiver.stored.set(id, record!)
    res.writeHead(post.status, cors(req)).end()
  })
  return receiver
}
