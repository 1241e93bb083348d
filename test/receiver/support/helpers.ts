// Shared by the receiver's tests: records, a receiver on a free port, raw HTTP.
import { createHash, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createReceiver, type ConsentRecord, type Receiver, type ReceiverOptions } from '../../../receiver/index.mjs'

export const TOKEN = 'test-log-token-0123456789'
export const AUTH = { authorization: `Bearer ${TOKEN}` }
export const NOTICE_TEXT = 'We use cookies. 我们使用 Cookie。 Privacy policy: https://shop.example/privacy'
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** A valid record of SPEC 1.7, with `over` on top. */
export const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: randomUUID(), subjectId: '11111111-2222-4333-8444-555555555555', revision: 3,
  categories: { necessary: true, analytics: true, marketing: false }, method: 'custom', gpc: false,
  timestamp: '2026-11-22T10:00:00.000Z', language: 'en', notice: sha256(over.noticeText ?? NOTICE_TEXT),
  url: 'https://shop.example/cart', sdkVersion: '1.0.0', noticeText: NOTICE_TEXT, source: 'banner',
  jurisdiction: 'DE', model: 'opt-in', ageGroup: null, ...over
})

/** A fresh temp folder, removed by the returned function. */
export function tempDir(): [string, () => void] {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-receiver-'))
  return [dir, () => rmSync(dir, { recursive: true, force: true })]
}

export interface Running {
  base: string
  receiver: Receiver
  server: Server
  post(body: unknown, headers?: Record<string, string>, path?: string): Promise<Response>
  get(path: string, headers?: Record<string, string>): Promise<Response>
  stop(): Promise<void>
}

/** A receiver behind a plain node:http server on 127.0.0.1 and a free port; 404 for what it does not own. */
export async function startReceiver(options: ReceiverOptions): Promise<Running> {
  const receiver = await createReceiver({ logToken: TOKEN, rateLimit: false, logger: quiet(), ...options })
  const server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) res.writeHead(404).end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base, receiver, server,
    post: (body, headers = {}, path = '/api/consent') => fetch(base + path, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body == 'string' ? body : JSON.stringify(body)
    }),
    get: (path, headers = AUTH) => fetch(base + path, { headers }),
    async stop() {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
      await receiver.close()
    }
  }
}

/** A logger that keeps what it was told. */
export function quiet() {
  const said: string[] = []
  const keep = (...args: unknown[]) => void said.push(args.map(String).join(' '))
  return { said, error: keep, warn: keep, info: keep }
}

/** Sends raw bytes over TCP and resolves with everything the server answered before closing. */
export function raw(base: string, bytes: string | Buffer, { end = true } = {}): Promise<string> {
  const { port } = new URL(base)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(bytes)
      if (end) socket.end()
    })
    let answer = ''
    socket.on('data', d => { answer += d })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

/** The status line's code of a raw HTTP answer. */
export const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
