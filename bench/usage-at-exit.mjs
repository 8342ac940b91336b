// Preloaded (node --import) when /usr/bin/time is missing: writes the process's CPU time and
// peak memory at exit, in /usr/bin/time's "%U %S %M" layout, to BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', (code) => {
  const u = process.resourceUsage()
  writeFileSync(process.env.BENCH_USAGE_FILE, `Command exited with non-zero status ${code}\n${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`)
})
