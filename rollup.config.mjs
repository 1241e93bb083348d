import { readdirSync, readFileSync } from 'node:fs'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'
import { dts } from 'rollup-plugin-dts'
import ts from 'typescript'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
// The npm build leaves its runtime dependencies to the app's bundler, so an SPA that uses Preact
// or nanostores itself ships one copy of each.
const external = id => Object.keys(pkg.dependencies).some(dep => id == dep || id.startsWith(dep + '/'))

/** Replaces build-time constants: the package version, and NODE_ENV in the script-tag bundles. */
const constants = (values) => ({
  name: 'constants',
  transform(code) {
    let out = code
    for (const [name, value] of Object.entries(values)) out = out.replaceAll(name, JSON.stringify(value))
    return out == code ? null : { code: out, map: null }
  }
})
const VERSION = { __VERSION__: pkg.version }
const PRODUCTION = { ...VERSION, 'process.env.NODE_ENV': 'production' }

/**
 * Minifies the stylesheets written as css`…` (see src/floating/styles.ts): whitespace runs become
 * one space, and the spaces around `{ } : ; ,` and before a closing brace's `;` go. Nothing else
 * changes, so `calc(a - b)` keeps the spaces it needs.
 */
const minifyCss = () => ({
  name: 'minify-css',
  transform(code, id) {
    if (!/\.tsx?$/.test(id) || !code.includes('css`')) return null
    const out = code.replace(/css`([^`]*)`/g, (_, text) => 'css`' + text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim() + '`')
    return { code: out, map: null }
  }
})

/**
 * Starts a script-tag bundle with `;`, so a page's unterminated last statement cannot swallow the
 * IIFE. With `hint`, V8's explicit compile hint comes first, so Chromium compiles every function
 * at once, off the main thread where it can, instead of each at its first call: right for the
 * core, nearly all of which runs on load (first-visit script time at 4x fell by about a third in
 * A/B runs), wrong for the lazy part, much of which waits for a click. Other engines read a comment.
 */
const scriptHead = (hint = false) => ({ name: 'script-head', renderChunk: code => (hint ? '//# allFunctionsCalledOnLoad\n;' : ';') + code })

const typed = () => typescript({
  tsconfig: './tsconfig.json',
  include: ['src/**/*'],
  compilerOptions: { noEmit: false, declaration: false, types: [] }
})

/** Type-strips one language file: pure data, already type-checked by `tsc`, so no type checker is needed per file. */
const stripTypes = () => ({
  name: 'strip-types',
  transform(code, id) {
    if (!/\.ts$/.test(id)) return null
    return { code: ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText, map: null }
  }
})

const minify = () => terser({
  ecma: 2022,
  module: false,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: { properties: false },
  format: { comments: false }
})

/**
 * js-cookie builds its API when its module loads, so a bundler keeps the whole module wherever it
 * is imported, even unused; it touches nothing global while doing so, so the script-tag bundles
 * may drop it where nothing calls it (the lazy part reaches the persist face without writing a
 * cookie itself: the core hands it the writer).
 */
const treeshake = { moduleSideEffects: id => !id.includes('/node_modules/js-cookie/') }

/** A script-tag bundle: an IIFE that defines nothing but `window.Consentry`. */
const script = (input, file, plugins, hint = false) => ({
  input,
  treeshake,
  output: { file: `dist/${file}`, format: 'iife', plugins: [minify(), scriptHead(hint)] },
  plugins: [constants(PRODUCTION), minifyCss(), resolve({ browser: true, extensions: ['.js', '.ts'] }), ...plugins]
})

/** The language files, one script each; English travels in the UI bundle. */
const languages = readdirSync(new URL('./src/i18n/lang', import.meta.url))
  .map(f => f.replace(/\.ts$/, '')).filter(tag => tag != 'en')
const languageEntry = tag => `\0language:${tag}`
const languageEntries = () => ({
  name: 'language-entries',
  resolveId: id => id.startsWith('\0language:') ? id : null,
  load(id) {
    if (!id.startsWith('\0language:')) return null
    const tag = id.slice('\0language:'.length)
    return `import strings from ${JSON.stringify(`./src/i18n/lang/${tag}.ts`)}
import { registerFile } from './src/lazy/sibling.ts'
registerFile(${JSON.stringify(`consentry-lang-${tag}.min.js`)}, strings)`
  }
})

export default [
  script('src/script-tag.ts', 'consentry.min.js', [typed()], true),
  script('src/lazy/bundle.ts', 'consentry-ui.min.js', [typed()]),
  ...languages.map(tag => script(languageEntry(tag), `consentry-lang-${tag}.min.js`, [languageEntries(), stripTypes()])),
  {
    input: 'src/index.ts',
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: 'consentry.mjs', chunkFileNames: 'consentry-[name].mjs' },
    plugins: [constants(VERSION), minifyCss(), typed()]
  },
  // `consentry/server`: Node helpers, no browser globals (test/ssr checks), the deps left external.
  {
    input: 'src/server/index.ts',
    external,
    treeshake: { moduleSideEffects: false },
    output: { file: 'dist/server.mjs', format: 'es' },
    plugins: [constants(VERSION), typed()]
  },
  types('src/index.ts', 'index.d.ts'),
  types('src/server/index.ts', 'server.d.ts'),
  // The script-tag files: the global the core defines, and the siblings it loads by itself.
  types('src/script-tag.types.ts', 'consentry.min.d.ts', ['./index.js']),
  types('src/sibling.types.ts', 'sibling.d.ts')
]

/** One declaration file, bundled by rollup-plugin-dts: its doc comments are the API reference. */
function types(input, file, external = []) {
  return {
    input,
    external,
    output: { file: `dist/${file}`, format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json', compilerOptions: { types: [] } })]
  }
}
