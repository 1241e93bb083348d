// A throwaway PostgreSQL server for the receiver's tests and benchmark: initdb in a temp folder,
// a free port on 127.0.0.1, gone when stop() is called or this process ends (even by kill -9).
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/** The newest installed PostgreSQL's bin folder, or null. */
export function postgresBin() {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter(v => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => b - a) : []
  if (versions.length) return join(root, versions[0], 'bin')
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})

/**
 * Starts a cluster owned by the `postgres` user when run as root (PostgreSQL refuses root).
 * @param {{ fsync?: boolean }} options fsync off makes tests faster; the benchmark keeps it on
 * @returns `{ url, stop() }`
 */
export async function startPostgres({ fsync = true } = {}) {
  const bin = postgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (or set DATABASE_URL to a server to use)')
  const root = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'))
  const data = join(dir, 'data')
  const as = root ? ['runuser', '-u', 'postgres', '--'] : []
  if (root) {
    const [uid, gid] = ['-u', '-g'].map(f => Number(execFileSync('id', [f, 'postgres'], { encoding: 'utf8' })))
    chownSync(dir, uid, gid)
    chmodSync(dir, 0o700)
  }
  const run = (cmd, args) => execFileSync(as[0] || cmd, [...as.slice(1), ...(as.length ? [cmd] : []), ...args], { stdio: 'pipe' })
  run(join(bin, 'initdb'), ['-D', data, '-U', 'consentry', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'])
  const port = await freePort()
  // bash waits on its stdin: when this process ends, the pipe closes and bash stops the server
  // (SIGINT: fast shutdown). The read's timeout bounds its life to an hour in any case.
  const script = `"$0" -D "$1" -p "$2" -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=$3 -c max_connections=50 &
pid=$!; read -r -t 3600 _; kill -INT $pid; wait $pid`
  const server = spawn(as[0] || 'bash', [...as.slice(1), ...(as.length ? ['bash'] : []), '-c', script, join(bin, 'postgres'), data, String(port), fsync ? 'on' : 'off'],
    { stdio: ['pipe', 'ignore', 'pipe'] })
  let log = ''
  server.stderr.on('data', d => { log = (log + d).slice(-4000) })
  const exited = new Promise(resolve => server.once('exit', resolve))
  const url = `postgres://consentry@127.0.0.1:${port}/postgres`
  // Bounded poll until it takes connections (a few hundred ms usually).
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      break
    } catch (e) {
      await client.end().catch(() => {})
      if (i > 200 || server.exitCode !== null) {
        server.stdin.end()
        throw new Error(`PostgreSQL did not start: ${e.message}\n${log}`)
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    async stop() {
      server.stdin.end()
      await exited
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
