// The examples' server: serves a built example (`vite build` and `vite build --ssr`) and renders
// each page on the server with the visitor's consent cookie, as Next.js, Nuxt or SvelteKit would.
// It also receives the consent records at /api/consent.
//   node examples/serve.mjs react     (after npm run build in examples/react; PORT, default 5173)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' }

/**
 * Serves one built example on 127.0.0.1.
 * @param {string} dir the example's folder
 * @param {number} [port] 0 for any free port
 * @returns {Promise<{ url: string, records: object[], close(): Promise<void> }>}
 */
export async function serve(dir, port = 0) {
  const client = join(dir, 'dist/client')
  const template = readFileSync(join(client, 'index.html'), 'utf8')
  /** @type {{ render(url: string, cookieHeader: string | undefined): Promise<string> | string }} */
  const { render } = await import(pathToFileURL(join(dir, 'dist/server/entry-server.js')).href)
  const records = []
  const server = createServer(async (req, res) => {
    const path = (req.url || '/').split('?')[0]
    if (path == '/api/consent' && req.method == 'POST') {
      let body = ''
      for await (const chunk of req) body += chunk
      records.push(JSON.parse(body))
      return void res.writeHead(201).end()
    }
    const file = join(client, normalize(path))
    if (path != '/' && file.startsWith(client) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' })
      return void createReadStream(file).pipe(res)
    }
    if (path != '/' && path != '/headless') return void res.writeHead(404).end()
    const html = template.replace('<!--app-->', await render(path, req.headers.cookie))
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html)
  })
  await new Promise(resolve => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    records,
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}

if (process.argv[1] == fileURLToPath(import.meta.url)) {
  const name = process.argv[2] || 'react'
  const { url } = await serve(fileURLToPath(new URL(name, import.meta.url)), Number(process.env.PORT || 5173))
  console.log(`examples/${name}: ${url} (built-in banner), ${url}/headless (the site's own banner)`)
}
