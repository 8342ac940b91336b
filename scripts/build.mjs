// Bundles the CLI and the library into dist/ with esbuild: one file to load at start-up,
// with formats and features a run does not use split into chunks loaded on demand.
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', remark: 'src/remark.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS packages (cli-table3, iconv-lite) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})

// Type declarations for the Node API (package.json "types"), emitted from src/ by tsc.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) })
