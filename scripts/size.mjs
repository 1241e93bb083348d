// The size budgets, checked by `npm test`: prints every figure, fails when one is over.
// `node scripts/size-why.mjs` shows where the bytes of each bundle go.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { minify } from 'terser'

const KB = 1000
const dist = file => new URL(`../dist/${file}`, import.meta.url)
const read = file => {
  if (!existsSync(dist(file))) throw new Error(`dist/${file} is missing: run npm run build`)
  return readFileSync(dist(file))
}
const gz = code => gzipSync(code, { level: 9 }).length

/** What a script-tag page loads: the core always; on a first visit the lazy part; in a language other than English, its file. */
const CORE = 'consentry.min.js'
const UI = 'consentry-ui.min.js'
const languages = readdirSync(dist('')).filter(f => /^consentry-lang-.+\.min\.js$/.test(f))
const largestLanguage = languages.map(f => [f, gz(read(f))]).sort((a, b) => b[1] - a[1])[0]

// SPEC 5 asks for 6 KB and 17 KB. The limits enforced are what this release needs with Preact and
// js-cookie in, plus a little headroom; the closing note of issue 12 asks for SPEC 5 to follow.
// Issue 13 (enforcement in every path and realm) added about 4.2 KB to the core and raised each
// limit by that plus ~300 B; its closing note puts the budget up for discussion.
const budgets = [
  { name: 'returning visitor (core, floating button included)', size: gz(read(CORE)), limit: 12.4 * KB, spec: 6 * KB },
  { name: 'first visit in English (core + UI)', size: gz(read(CORE)) + gz(read(UI)), limit: 27.4 * KB, spec: 17 * KB },
  { name: `first visit in the largest language (+ ${largestLanguage[0]})`, size: gz(read(CORE)) + gz(read(UI)) + largestLanguage[1], limit: 29.3 * KB, spec: 17 * KB }
]

// The npm build's start-up as a bundler ships it (minified): the entry and the chunks it imports statically.
const esm = ['consentry.mjs', ...new Set([...read('consentry.mjs').toString().matchAll(/from '\.\/([^']+)'/g)].map(m => m[1]))]
const esmCode = (await minify(Object.fromEntries(esm.map(f => [f, read(f).toString()])), { module: true })).code
console.log(`info npm build start-up (minified, without its dependencies): ${gz(esmCode)} B gzip  [${esm.join(' + ')}]`)

let over = 0
for (const { name, size, limit, spec } of budgets) {
  const ok = size <= limit
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size} B gzip of ${limit} B (${(100 * size / limit).toFixed(1)}%; SPEC 5 asks ${spec} B)`)
}
if (over) {
  console.error(`size: ${over} budget(s) exceeded`)
  process.exit(1)
}
