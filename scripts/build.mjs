// Bundles the CLI and the library into dist/ with esbuild: one file to load at start-up,
// with formats and features a run does not use split into chunks loaded on demand.
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
const result = await build({
  // The worker entry sits in chunks/, beside the chunk that starts the pool (src/workers/pool.ts).
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', remark: 'src/remark.ts', 'chunks/analyse-worker': 'src/workers/analyse-worker.ts' },
  // tinypool finds its own worker script beside its module, so it stays in node_modules. zod
  // stays there too: the published type declarations name its types, so it is a dependency
  // (package.json "dependencies"), and the schemas and their types then come from one copy.
  // Its subpaths (zod/v4, zod/v3, which the MCP SDK imports) are external with it.
  // The Snowball stemmers (@orama/stemmers) stay there as well: one file per language, required
  // only for the languages a run meets (src/model/languages.ts).
  external: ['tinypool', 'zod', '@orama/stemmers'],
  metafile: true,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS packages (iconv-lite, yaml) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})
// The status vocabulary, one table per language, read when a document needs it (src/model/languages.ts).
cpSync(new URL('../src/model/languages/', import.meta.url), new URL('../dist/languages/', import.meta.url), { recursive: true })
// What each output pulls in, for `npm run bench` (which reports what start-up loads).
const metaDir = new URL('../node_modules/.cache/audit-reconcile/', import.meta.url)
mkdirSync(metaDir, { recursive: true })
writeFileSync(new URL('metafile.json', metaDir), JSON.stringify(result.metafile))

// Type declarations for the Node API (package.json "types"), emitted from src/ by tsc; the
// GitHub Action, which only runs the CLI, skips them (--no-types). Whatever tsc prints goes to
// standard error: `npm pack`, which runs this as the prepare script, must print only the
// tarball's name on standard output, which pre-commit takes for the file to install.
if (!process.argv.includes('--no-types')) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: ['ignore', 2, 2], cwd: new URL('..', import.meta.url) })
}
