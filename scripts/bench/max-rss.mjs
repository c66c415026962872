// Preloaded (`node --import`) only in the memory runs of scripts/bench-cli.mjs: writes the process's peak
// resident memory (KiB, from getrusage) to the file named in AVP_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.AVP_BENCH_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
