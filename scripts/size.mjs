// Size budgets of SPEC 5, checked by `npm test`: prints every figure, fails when one is over.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const KB = 1000
const gz = file => gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length
const present = file => existsSync(new URL(`../dist/${file}`, import.meta.url))

/** What a page loads: the core always, the UI on a first visit (when it is a separate file). */
const core = ['consentry.min.js']
const ui = ['consentry-ui.min.js'].filter(present)

const budgets = [
  { name: 'first visit (core + UI, both languages)', files: [...core, ...ui], limit: 14 * KB },
  { name: 'returning visitor (core only)', files: core, limit: 5 * KB }
]

let over = 0
for (const { name, files, limit } of budgets) {
  const size = files.reduce((sum, f) => sum + gz(f), 0)
  const ok = size <= limit
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${(size / KB).toFixed(2)} KB gzip of ${(limit / KB).toFixed(0)} KB  [${files.join(' + ')}]`)
}
if (over) {
  console.error(`size: ${over} budget(s) exceeded`)
  process.exit(1)
}
