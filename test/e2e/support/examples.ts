import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root and the examples folder. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const EXAMPLES = join(ROOT, 'examples')
/** The example apps, one per framework. */
export const NAMES = ['react', 'vue', 'svelte', 'preact'] as const
export type Name = (typeof NAMES)[number]

const VITE = join(ROOT, 'node_modules/vite/bin/vite.js')
const SKIP = new Set(['dist', 'node_modules'])

/** Every file a build reads of ours: the example, the shared examples files, the package's dist/. */
function inputs(name: Name): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).filter(f => !SKIP.has(f)).flatMap(f => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
  const shared = readdirSync(EXAMPLES).map(f => join(EXAMPLES, f)).filter(f => statSync(f).isFile())
  const dist = readdirSync(join(ROOT, 'dist')).filter(f => f.endsWith('.mjs') || f.endsWith('.d.ts')).map(f => join(ROOT, 'dist', f))
  return [...walk(join(EXAMPLES, name)), ...shared, ...dist].sort()
}

/**
 * Builds an example (the client with `vite build`, the server render with `vite build --ssr`)
 * unless a build of the same inputs is there: the hash of every input is kept beside the build.
 * @returns whether it built
 */
export function buildExample(name: Name): boolean {
  const dir = join(EXAMPLES, name)
  const hash = createHash('sha256')
  for (const file of inputs(name)) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file))
  const digest = hash.digest('hex')
  const stamp = join(dir, 'dist/.inputs')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') == digest) return false
  const entry = readdirSync(join(dir, 'src')).find(f => f.startsWith('entry-server.'))!
  execFileSync(process.execPath, [VITE, 'build'], { cwd: dir, stdio: 'pipe' })
  execFileSync(process.execPath, [VITE, 'build', '--ssr', `src/${entry}`, '--outDir', 'dist/server'], { cwd: dir, stdio: 'pipe' })
  writeFileSync(stamp, digest)
  return true
}
