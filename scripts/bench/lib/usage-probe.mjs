// Preloaded into a measured Node process (`node --import usage-probe.mjs …`): at exit, writes
// its CPU time and peak RSS (process.resourceUsage(); this process only, not its children such
// as git) as JSON to the file named by PROMPTOPS_BENCH_USAGE.
import { writeFileSync } from 'node:fs'

const out = process.env.PROMPTOPS_BENCH_USAGE
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage()
    writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }))
  })
}
