import { readFileSync } from 'node:fs'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'
import { dts } from 'rollup-plugin-dts'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const external = Object.keys(pkg.dependencies)

/** Replaces build-time constants: the package version, and NODE_ENV in the script-tag bundle. */
const constants = (values) => ({
  name: 'constants',
  transform(code) {
    let out = code
    for (const [name, value] of Object.entries(values)) out = out.replaceAll(name, JSON.stringify(value))
    return out == code ? null : { code: out, map: null }
  }
})
const VERSION = { __VERSION__: pkg.version }

/**
 * Starts a script-tag bundle with `;`, so a page's unterminated last statement cannot swallow the
 * IIFE. With `hint`, V8's explicit compile hint comes first, so Chromium compiles every function
 * at once, off the main thread where it can, instead of each at its first call: right for the
 * core, nearly all of which runs on load (first-visit script time at 4x fell by about a third in
 * A/B runs), wrong for the lazy part, much of which waits for a click (it rose there). Other
 * engines read a comment.
 */
const scriptHead = (hint = false) => ({ name: 'script-head', renderChunk: code => (hint ? '//# allFunctionsCalledOnLoad\n;' : ';') + code })

const ts = () => typescript({
  tsconfig: './tsconfig.json',
  include: ['src/**/*'],
  compilerOptions: { noEmit: false, declaration: false, types: [] }
})

const minify = () => terser({
  ecma: 2022,
  module: false,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: { properties: false },
  format: { comments: false }
})

export default [
  {
    input: 'src/iife.ts',
    output: { file: 'dist/consentry.min.js', format: 'iife', plugins: [minify(), scriptHead(true)] },
    plugins: [constants({ ...VERSION, 'process.env.NODE_ENV': 'production' }), resolve({ browser: true }), ts()]
  },
  {
    input: 'src/lazy/global.ts',
    output: { file: 'dist/consentry-ui.min.js', format: 'iife', plugins: [minify(), scriptHead()] },
    plugins: [constants({ ...VERSION, 'process.env.NODE_ENV': 'production' }), resolve({ browser: true }), ts()]
  },
  {
    input: 'src/index.ts',
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: 'consentry.mjs', chunkFileNames: 'consentry-[name].mjs' },
    plugins: [constants(VERSION), ts()]
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.d.ts', format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json', compilerOptions: { types: [] } })]
  }
]
