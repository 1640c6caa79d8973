/*
 * Preloaded (`node -r bench/peak-rss.cjs …`) into every process `npm run bench:cli` times: on exit
 * it writes the process's peak resident set size, as the OS counts it (getrusage ru_maxrss, in
 * KB), to the file named by BENCH_RSS_FILE. No external `time` command is needed.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
