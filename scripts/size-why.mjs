// `node scripts/size-why.mjs`: where the bytes of each script-tag bundle go, module by module.
// Each module is minified and gzipped on its own, so the figures rank modules; they do not add up
// to the bundle's gzip size, which compresses across modules.
import { gzipSync } from 'node:zlib'
import { rollup } from 'rollup'
import { minify } from 'terser'

const wanted = process.argv.slice(2)
// Plugin instances can't be reused across builds, so each bundle gets a fresh copy of the config.
const fresh = async i => (await import(`../rollup.config.mjs?${i}`)).default
for (const [i, { output: { file, format } }] of (await fresh(0)).entries()) {
  if (format != 'iife' || file.includes('-lang-') || wanted.length && !wanted.some(w => file.includes(w))) continue
  const config = (await fresh(i + 1))[i]
  const bundle = await rollup({ ...config, onwarn() {} })
  const { output } = await bundle.generate({ format: 'iife' })
  const rows = []
  for (const [id, mod] of Object.entries(output[0].modules)) {
    if (!mod.code) continue
    const { code } = await minify(mod.code, { module: false, toplevel: false })
    rows.push([gzipSync(code || '').length, (code || '').length, id.replace(process.cwd() + '/', '')])
  }
  rows.sort((a, b) => b[0] - a[0])
  console.log(`\n${file}\n  gzip   min  module`)
  for (const [gz, min, id] of rows) console.log(`${String(gz).padStart(6)} ${String(min).padStart(5)}  ${id}`)
}
