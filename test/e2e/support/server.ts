import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '')
const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html',
  '.json': 'application/json', '.gif': 'image/gif', '.png': 'image/png', '.svg': 'image/svg+xml'
}

/** A request the test server saw. */
export interface Seen {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
}

/** Answers one route; return false to fall through to the next handler. */
export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | false | Promise<void | false>

/** A throwaway HTTP server on 127.0.0.1 and a free port, for one test. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** The same server as another origin (`http://localhost:PORT`), for cross-origin tests. */
  otherOrigin: string
  /** Every request seen, in order. */
  seen: Seen[]
  /** Serves `html` at `path` (with optional extra response headers). */
  page(path: string, html: string, headers?: Record<string, string>): string
  /** Answers `path` (exact, or prefix when it ends with `*`) with a handler. */
  route(path: string, handler: Handler): void
  /** Stops the server. */
  close(): Promise<void>
}

/**
 * Starts a server that serves `dist/` at `/dist/`, files of installed npm packages at
 * `/npm/<package>/<file>`, and whatever pages and routes a test registers. Unknown paths get
 * 204 so trackers pointed at it ("sinks") are recorded in `seen`.
 */
export async function startServer(): Promise<TestServer> {
  const routes: [string, Handler][] = []
  const seen: Seen[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const path = (req.url || '/').split('?')[0]
    seen.push({ method: req.method || 'GET', path: req.url || '/', headers: req.headers, body })
    for (const [route, handler] of routes) {
      const hit = route.endsWith('*') ? path.startsWith(route.slice(0, -1)) : path == route
      if (hit && (await handler(req, res, body)) !== false) return
    }
    const file = path.startsWith('/dist/') ? join(ROOT, normalize(path))
      : path.startsWith('/npm/') ? join(ROOT, 'node_modules', normalize(path.slice(5)))
      : ''
    if (file && file.startsWith(ROOT) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' })
      createReadStream(file).pipe(res)
      return
    }
    res.writeHead(path.endsWith('.js') ? 404 : 204).end()
  })
  // A WebSocket handshake is recorded like any request, then refused: reaching the server is what a test asks.
  server.on('upgrade', (req, socket) => {
    seen.push({ method: 'UPGRADE', path: req.url || '/', headers: req.headers, body: '' })
    socket.destroy()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  server.unref()
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    seen,
    page(path, html, headers = {}) {
      routes.unshift([path, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html)])
      return `http://127.0.0.1:${port}${path}`
    },
    route(path, handler) {
      routes.unshift([path, handler])
    },
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}
