// node receiver/server.mjs: the receiver as its own process, stopped by SIGTERM as a deploy stops it.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { raw, record, statusOf, tempDir, TOKEN } from './support/helpers'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach(f => f()))

async function start(dataDir: string) {
  const child = spawn(process.execPath, ['receiver/server.mjs'], {
    env: { ...process.env, PORT: '0', CONSENTRY_DATA_DIR: dataDir, CONSENTRY_LOG_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe']
  })
  cleanups.push(() => child.kill('SIGKILL'))
  let out = ''
  child.stdout.on('data', d => { out += d })
  await expect.poll(() => out, { timeout: 10_000 }).toMatch(/api\/consent\n/)
  return { child, base: /(http:\/\/\S+)\/api\/consent/.exec(out)![1], output: () => out }
}

describe('the receiver process', () => {
  it('on SIGTERM finishes the writes under way, checkpoints the WAL and exits 0; every acknowledged record is in the file', async () => {
    const [dataDir, remove] = tempDir()
    cleanups.push(remove)
    const { child, base, output } = await start(dataDir)
    const post = (r = record()) => fetch(`${base}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) })
      .then(res => ({ id: r.id, status: res.status }), () => ({ id: r.id, status: 0 }))
    const first = await Promise.all(Array.from({ length: 20 }, () => post()))
    expect(first.every(p => p.status == 201)).toBe(true)
    // One request surely under way: the server has read its headers (it said 100 Continue), not its body.
    const late = record()
    const body = JSON.stringify(late)
    const socket = connect(Number(new URL(base).port), '127.0.0.1')
    let answer = ''
    socket.on('data', d => { answer += d })
    socket.write(`POST /api/consent HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`)
    await expect.poll(() => answer).toContain('100 Continue')
    // More arriving while the signal comes.
    const during = Array.from({ length: 30 }, () => post())
    // Listen before the signal: the process may be gone before the posts under way have settled.
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    // The body only once the server has stopped taking connections, so the shutdown has begun.
    await expect.poll(() => fetch(base).then(() => 'open', () => 'closed')).toBe('closed')
    socket.end(body)
    await once(socket, 'close')
    expect(statusOf(answer.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, ''))).toBe(201)
    const answers = [...first, ...(await Promise.all(during)), { id: late.id, status: 201 }]
    const [code] = await exited
    expect(code).toBe(0)
    expect(output()).toContain('stopped (SIGTERM)')
    expect(existsSync(join(dataDir, 'consent.sqlite-wal'))).toBe(false)
    const db = new Database(join(dataDir, 'consent.sqlite'), { readonly: true })
    const ids = new Set(db.prepare('SELECT id FROM consent_records').pluck().all())
    db.close()
    const acknowledged = answers.filter(a => a.status == 201).map(a => a.id)
    expect(acknowledged.filter(id => !ids.has(id))).toEqual([])
    expect(ids.has(late.id)).toBe(true)
  })

  it('answers what Node cannot parse with 400 and keeps serving', async () => {
    const [dataDir, remove] = tempDir()
    cleanups.push(remove)
    const { base } = await start(dataDir)
    expect(statusOf(await raw(base, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'))).toBe(400)
    expect(statusOf(await raw(base, 'GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))).toBe(400)
    expect(statusOf(await raw(base, 'NOT-A-METHOD / HTTP/1.1\r\n\r\n'))).toBe(400)
    expect((await fetch(`${base}/consent-log.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
  })
})
