// Red team, workers: a dedicated or shared worker starts with a guard of its requests. Each probe
// is refused until the category is granted; the control is a worker started after the grant (or
// a running one, which hears of the grant).
import type { Page } from '@playwright/test'
import { expect, html, settled, test } from './support/fixtures'
import { config, consent, owned, serveTracker, tracker } from './support/redteam'
import type { TestServer } from './support/server'

/** A worker script that runs one probe against the tracker and posts what happened. */
const WORKER = `
const probes = {
  fetch: url => fetch(url + 'w-fetch').then(() => 'reached', () => 'refused'),
  request: url => fetch(new Request(url + 'w-request')).then(() => 'reached', () => 'refused'),
  xhr: url => new Promise(resolve => { const x = new XMLHttpRequest(); x.onload = () => resolve('reached'); x.onerror = () => resolve('refused'); x.open('GET', url + 'w-xhr'); x.send() }),
  importScripts: url => { try { importScripts(url + 'w-import.js'); return 'reached' } catch (e) { return 'refused' } },
  websocket: url => { try { new WebSocket(url.replace('http', 'ws') + 'w-ws'); return 'reached' } catch (e) { return 'refused' } },
  relative: () => fetch('/own').then(r => 'own:' + r.status, e => 'own:' + e.message)
}
const run = async ({ probe, url }) => probes[probe](url)
self.onmessage = async e => postMessage(await run(e.data))
self.onconnect = e => { const port = e.ports[0]; port.onmessage = async m => port.postMessage(await run(m.data)) }
`

const serveWorker = (server: TestServer) => {
  server.route('/worker.js', (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript' }).end(WORKER))
  server.route('/own', (_req, res) => void res.writeHead(200).end('own'))
}

/** Starts a worker of `kind` and runs one probe in it. */
const inWorker = (page: Page, kind: string, probe: string, url: string) => page.evaluate(([kind, probe, url]) => new Promise(resolve => {
  if (kind == 'shared') {
    const w = new SharedWorker('/worker.js?' + Math.random())
    w.port.onmessage = e => resolve(e.data)
    w.port.postMessage({ probe, url })
  } else {
    const w = new Worker('/worker.js', kind == 'module' ? { type: 'module' } : {})
    w.onmessage = e => resolve(e.data)
    w.postMessage({ probe, url })
  }
}), [kind, probe, url] as const)

const CASES: [string, string, string][] = [
  ['dedicated', 'fetch', '/t/w-fetch'], ['dedicated', 'request', '/t/w-request'], ['dedicated', 'xhr', '/t/w-xhr'],
  ['dedicated', 'importScripts', '/t/w-import.js'], ['dedicated', 'websocket', '/t/w-ws'],
  ['module', 'fetch', '/t/w-fetch'], ['shared', 'fetch', '/t/w-fetch']
]

for (const [kind, probe, path] of CASES) {
  test(`a ${kind} worker's ${probe} to an owned host is refused until granted`, async ({ page, server }) => {
    serveTracker(server)
    serveWorker(server)
    await page.goto(server.page('/', html({ config })))
    const url = `${tracker(server)}/t/`
    expect(await inWorker(page, kind, probe, url)).toBe('refused')
    await settled(page, server)
    expect(owned(server)).toEqual([])
    await consent(page, 'update', { analytics: true })
    expect(await inWorker(page, kind, probe, url)).toBe('reached')
    await expect.poll(() => owned(server).filter(p => p.startsWith(path)).length).toBeGreaterThan(0)
  })
}

test('a guarded worker resolves relative URLs against its own script, and a running worker hears of a grant', async ({ page, server }) => {
  serveTracker(server)
  serveWorker(server)
  await page.goto(server.page('/', html({ config })))
  const url = `${tracker(server)}/t/`
  const result = await page.evaluate(async url => {
    const w = new Worker('/worker.js')
    const ask = (probe: string) => new Promise(resolve => { w.onmessage = e => resolve(e.data); w.postMessage({ probe, url }) })
    const before = [await ask('relative'), await ask('fetch')]
    await (window as any).Consentry.init({ categories: {} }).update({ analytics: true })
    // The grant travels to the worker on a BroadcastChannel; a bounded poll waits for it.
    let after = ''
    for (let i = 0; i < 50 && after != 'reached'; i++) after = await ask('fetch') as string
    return [...before, after]
  }, url)
  expect(result).toEqual(['own:200', 'refused', 'reached'])
})
