// The receiver on its own: `node receiver/server.mjs` serves its routes on 127.0.0.1:PORT (default
// 8787; HOST to change) and shuts down cleanly on SIGTERM or SIGINT.
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import { createReceiver } from './index.mjs'

/**
 * Starts an HTTP server for `receiver` (or one made from `options`).
 * @returns `{ url, server, receiver, close() }`; close stops taking requests, finishes those under way and closes storage
 */
export async function serve({ port = 8787, host = '127.0.0.1', ...options } = {}) {
  const receiver = await createReceiver(options)
  const server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  // A request Node cannot parse (`GET //` is fine, a bad header is not) gets 400, not a silent close.
  server.on('clientError', (err, socket) => {
    if (socket.writable && !socket.writableEnded) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    else socket.destroy()
  })
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve))
  let closing = null
  const close = () => (closing ||= (async () => {
    const stopped = new Promise(resolve => server.close(resolve))
    // Keep-alive connections are closed as soon as their request is answered; requests under way
    // get 5 seconds to finish, then their connections are cut.
    const idle = setInterval(() => server.closeIdleConnections(), 50)
    const timer = setTimeout(() => server.closeAllConnections(), 5000)
    await stopped
    clearInterval(idle)
    clearTimeout(timer)
    await receiver.close()
  })())
  return { url: `http://${host}:${server.address().port}/`, server, receiver, close }
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const running = await serve({ port: Number(process.env.PORT || 8787), host: process.env.HOST || '127.0.0.1' })
  console.log(`Consentry receiver: ${running.url}api/consent`)
  const stop = async signal => {
    await running.close()
    console.log(`Consentry receiver: stopped (${signal})`)
    process.exit(0)
  }
  process.once('SIGTERM', stop).once('SIGINT', stop)
}
