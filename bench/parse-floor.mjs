// The parser floor: loads unified + remark-parse + remark-gfm (bundled by bench/run.mjs into
// bench/.corpus/parse-floor.bundle.mjs) and parses every file named, in one process, doing
// nothing else. Directories are read non-recursively.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()
let nodes = 0
for (const arg of process.argv.slice(2)) {
  const files = statSync(arg).isDirectory() ? readdirSync(arg).sort().map((f) => join(arg, f)) : [arg]
  for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length
}
if (process.env.BENCH_VERBOSE) console.log(nodes)
