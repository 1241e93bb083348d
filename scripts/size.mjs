// Size budgets of SPEC 5, checked by `npm test`: prints every figure, fails when one is over.
// `node scripts/size-why.mjs` shows where the bytes of each bundle go.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const KB = 1000
const gz = file => gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length
const need = file => {
  if (!existsSync(new URL(`../dist/${file}`, import.meta.url))) throw new Error(`dist/${file} is missing: run npm run build`)
  return file
}

/** What a page loads: the core always; on a first visit also the lazy part (UI, checker, delivery). */
const core = [need('consentry.min.js')]
const lazy = [need('consentry-ui.min.js')]

// SPEC 5's budgets, in thousands of bytes (the stricter reading of "KB").
const budgets = [
  { name: 'first visit (core + UI, both languages)', files: [...core, ...lazy], limit: 14 * KB },
  { name: 'returning visitor (core only)', files: core, limit: 5 * KB }
]

let over = 0
for (const { name, files, limit } of budgets) {
  const size = files.reduce((sum, f) => sum + gz(f), 0)
  const ok = size <= limit
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size} B gzip of ${limit} B (${(100 * size / limit).toFixed(1)}%)  [${files.join(' + ')}]`)
}
if (over) {
  console.error(`size: ${over} budget(s) exceeded`)
  process.exit(1)
}
