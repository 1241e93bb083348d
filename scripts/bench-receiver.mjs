// npm run bench:receiver [-- --records 20000 --clients 32 --only sqlite|postgres]
// Load test of the reference receiver, on SQLite and on PostgreSQL (DATABASE_URL, else a throwaway
// server): concurrent clients POST one record per request as the SDK does, for records/s and
// latency; then the receiver is killed with SIGKILL under load and started again; then every
// acknowledged record must be in the export (zero loss) and the export's hash chain must verify.
import { spawn } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { Agent, request } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startPostgres } from './postgres-for-receiver.mjs'
import { verifyLog } from './verify-log.mjs'

const { values: args } = parseArgs({ options: {
  records: { type: 'string', default: '20000' }, clients: { type: 'string', default: '32' }, only: { type: 'string' }
} })
const RECORDS = Number(args.records)
const CLIENTS = Number(args.clients)
const TOKEN = randomUUID() + randomUUID()
const TEXTS = ['en', 'de', 'zh-CN'].map(lang => [lang, `${lang}: ` + (lang == 'zh-CN' ? '我们使用 Cookie 来改善您的购物体验。' : 'We use cookies to improve your visit. ').repeat(40)])
const sha256 = text => createHash('sha256').update(text).digest('hex')

function record(i) {
  const [language, noticeText] = TEXTS[i % TEXTS.length]
  return {
    id: randomUUID(), subjectId: randomUUID(), revision: 1, categories: { necessary: true, analytics: i % 3 != 0, marketing: i % 4 == 0 },
    method: i % 4 == 0 ? 'accept-all' : 'custom', gpc: false, timestamp: new Date(Date.UTC(2026, 10, 1 + (i % 28), 12)).toISOString(), language,
    notice: i % 10 ? sha256(noticeText) : null, url: 'https://shop.example/cart', sdkVersion: '1.0.0', noticeText,
    source: 'banner', jurisdiction: ['DE', 'FR', 'US-CA', 'CN'][i % 4], model: 'opt-in', ageGroup: null
  }
}

/** The receiver in a process of its own, without rate limits (every client here is 127.0.0.1). */
async function startServer(env) {
  const code = `import { serve } from './receiver/server.mjs'
const s = await serve({ port: 0, rateLimit: false, logger: { error: m => console.error(String(m)) } })
console.log(s.url)
process.once('SIGTERM', () => s.close().then(() => process.exit(0)))`
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, ...env, CONSENTRY_LOG_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] })
  const [line] = await once(child.stdout, 'data')
  return { child, url: String(line).trim() }
}

/** POSTs a body over a keep-alive connection; resolves with the status, rejects on a network error. */
const post = (agent, url, body) => new Promise((resolve, reject) => {
  const req = request(`${url}api/consent`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, res => {
    res.resume().once('end', () => resolve(res.statusCode)).once('error', reject)
  })
  req.once('error', reject).end(body)
})

/** Sends `count` records from CLIENTS concurrent clients; stops early when `stop()` says so. */
async function load(url, count, from, stop = () => false) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS })
  const acknowledged = []
  const latencies = []
  let next = 0
  let failed = 0
  const client = async () => {
    while (next < count && !stop()) {
      const i = from + next++
      const body = JSON.stringify(record(i))
      const t = performance.now()
      try {
        const status = await post(agent, url, body)
        latencies.push(performance.now() - t)
        if (status == 201 || status == 200) acknowledged.push(JSON.parse(body).id)
        else failed++
      } catch {
        failed++
      }
    }
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: CLIENTS }, client))
  const seconds = (performance.now() - t0) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = p => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] || 0
  return { acknowledged, failed, seconds, p50: pct(0.5), p99: pct(0.99) }
}

async function run(name, env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
  try {
    let server = await startServer({ ...env, CONSENTRY_DATA_DIR: dataDir })
    // Warm up: connections, prepared statements, the notice rows.
    await load(server.url, 200, 0)
    const steady = await load(server.url, RECORDS, 1000)
    // kill -9 under load: what was acknowledged before must survive it.
    let killed = false
    const crash = load(server.url, RECORDS, 1_000_000, () => killed)
    await new Promise(resolve => setTimeout(resolve, 1000))
    server.child.kill('SIGKILL')
    killed = true
    await once(server.child, 'exit')
    const crashed = await crash
    server = await startServer({ ...env, CONSENTRY_DATA_DIR: dataDir })
    const file = join(dataDir, 'export.json')
    const res = await fetch(`${server.url}consent-log.json`, { headers: { authorization: `Bearer ${TOKEN}` } })
    writeFileSync(file, Buffer.from(await res.arrayBuffer()))
    const verified = await verifyLog(file)
    const stored = new Set(readFileSync(file, 'utf8').split('\n').filter(l => l.startsWith('{')).map(l => JSON.parse(l.replace(/,$/, '')).id))
    const acknowledged = [...steady.acknowledged, ...crashed.acknowledged]
    const lost = acknowledged.filter(id => !stored.has(id)).length
    server.child.kill('SIGTERM')
    await once(server.child, 'exit')
    return {
      name, records: steady.acknowledged.length, perSecond: Math.round(steady.acknowledged.length / steady.seconds),
      p50: steady.p50.toFixed(1), p99: steady.p99.toFixed(1), failed: steady.failed,
      crashAcked: crashed.acknowledged.length, lost, chain: verified.ok ? 'verified' : verified.problems[0]
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const results = []
if (args.only != 'postgres') results.push(await run('SQLite', {}))
if (args.only != 'sqlite') {
  const pg = process.env.DATABASE_URL ? null : await startPostgres({ fsync: true })
  try {
    results.push(await run('PostgreSQL', { DATABASE_URL: process.env.DATABASE_URL || pg.url }))
  } finally {
    await pg?.stop()
  }
}

console.log(`\nReceiver load: ${CLIENTS} concurrent clients, one record per POST (≈2 KB of notice text each), on ${process.platform}, Node ${process.versions.node}\n`)
console.log('| storage | records | records/s | p50 ms | p99 ms | errors | acknowledged before kill -9 | lost | hash chain |')
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --- |')
for (const r of results) console.log(`| ${r.name} | ${r.records} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.crashAcked} | ${r.lost} | ${r.chain} |`)
const bad = results.filter(r => r.lost || r.failed || r.chain != 'verified')
if (bad.length) {
  console.error(`\n✘ ${bad.map(r => r.name).join(', ')}: records lost, refused or a broken chain`)
  process.exit(1)
}
console.log('\n✔ zero loss: every acknowledged record was stored, before and across kill -9')
